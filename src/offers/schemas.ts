import * as z from 'zod'
import { codes, EDUCATION_LEVELS, INTERVENTION_TYPES, REGION_CODES } from '../lists'

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} mag hoogstens ${max} tekens lang zijn.`)
    .optional()
    .transform((v) => v || null)

const optionalInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null
      const n = Number(v)
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return n
    })

export const offerSchema = z
  .object({
    regio: z.enum(REGION_CODES, { message: 'Kies een regio.' }),
    naam: z
      .string({ message: 'Vul de naam van het aanbod in.' })
      .trim()
      .min(2, 'Vul de naam van het aanbod in.')
      .max(160, 'De naam mag hoogstens 160 tekens lang zijn.'),
    aanbieder: z.string({ message: 'Vul de aanbieder in.' }).trim().min(2, 'Vul de aanbieder in.').max(160, 'De aanbieder mag hoogstens 160 tekens lang zijn.'),
    soort: z.enum(codes(INTERVENTION_TYPES), { message: 'Kies het soort aanbod.' }),
    doelgroep: text(500, 'De doelgroep'),
    leeftijd_van: optionalInt(0, 30, 'Vul een leeftijd van 0 tot 30 in.'),
    leeftijd_tot: optionalInt(0, 30, 'Vul een leeftijd van 0 tot 30 in.'),
    niveaus: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
      .pipe(z.array(z.enum(codes(EDUCATION_LEVELS), { message: 'Onbekend onderwijsniveau.' }))),
    contact: text(300, 'Het contact'),
    wachttijd: optionalInt(0, 104, 'Vul de wachttijd in weken in (0 tot 104).'),
    opmerkingen: text(2000, 'De opmerkingen'),
  })
  .refine((o) => o.leeftijd_van === null || o.leeftijd_tot === null || o.leeftijd_van <= o.leeftijd_tot, {
    path: ['leeftijd_tot'],
    message: 'De maximumleeftijd ligt onder de minimumleeftijd.',
  })

export type OfferInput = z.infer<typeof offerSchema>
