import * as z from 'zod'
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  codes,
  EDUCATION_LEVELS,
  ELIGIBILITY,
  FORMATS,
  GENDERS,
  INTERVENTION_TYPES,
  LIVING_SITUATIONS,
  REGION_CODES,
  STUDY_TYPES,
  THEMES,
  URGENCIES,
} from '../lists'
import { isValidInsz, normaliseInsz } from '../privacy/insz'
import type { Identity } from './identity'

// A draft may be incomplete, but what is filled in must be well-formed; `submitProblems`
// then asks for what a submission needs. Messages are Dutch and written once, here.

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} mag hoogstens ${max} tekens lang zijn.`)
    .optional()
    .transform((v) => (v ? v : undefined))

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(''), z.enum(values, { message })])
    .optional()
    .transform((v) => (v ? (v as T[number]) : undefined))

const list = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(values, { message })))
    .transform((v) => [...new Set(v)])

/** yyyy-mm-dd (the date input) or dd/mm/jjjj (typed by hand), as an ISO date string. */
const dateField = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
      const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v)
      const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : be ? [be[3], be[2], be[1]] : []
      const date = y && m && d ? new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) : undefined
      if (!date || date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return date.toISOString().slice(0, 10)
    })

const rows = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))

export const draftSchema = z.object({
  regio: optionalEnum(REGION_CODES, 'Kies een regio.'),
  voornaam: optionalText(80, 'De voornaam'),
  achternaam: optionalText(120, 'De achternaam'),
  geboortedatum: dateField('Vul een geldige geboortedatum in (dd/mm/jjjj).'),
  insz: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined
      if (!isValidInsz(v)) {
        ctx.addIssue({ code: 'custom', message: 'Dit rijksregisternummer klopt niet (11 cijfers met geldige controlecijfers).' })
        return z.NEVER
      }
      return normaliseInsz(v)
    }),
  school: optionalText(160, 'De school'),
  adres: optionalText(300, 'Het adres'),
  contact_ouders: optionalText(300, 'Het contact van de ouders'),
  geslacht: optionalEnum(codes(GENDERS), 'Kies een geslacht of laat leeg.'),
  onderwijsniveau: optionalEnum(codes(EDUCATION_LEVELS), 'Kies een onderwijsniveau.'),
  studierichting: optionalEnum(codes(STUDY_TYPES), 'Kies een onderwijsvorm.'),
  leefsituatie: optionalEnum(codes(LIVING_SITUATIONS), 'Kies een leefsituatie.'),
  themas: list(codes(THEMES), 'Kies thema’s uit de lijst.'),
  traject_type: rows,
  traject_aanbieder: rows,
  traject_periode: rows,
  traject_effect: rows,
  vastgelopen: optionalText(8000, 'Deze tekst'),
  vraag: optionalText(4000, 'De vraag'),
  formaat: optionalEnum(codes(FORMATS), 'Kies consult of overlegtafel.'),
  partners: optionalText(2000, 'De lijst van partners'),
  geschiktheid: list(codes(ELIGIBILITY), 'Onbekend criterium.'),
  clb_akkoord: z
    .string()
    .optional()
    .transform((v) => v === 'ja'),
  toestemming: list(codes(CONSENT_PURPOSES), 'Onbekend doel.'),
  toestemming_door: optionalEnum(codes(CONSENT_GIVERS), 'Kies wie toestemming gaf.'),
  toestemming_datum: dateField('Vul een geldige datum van toestemming in (dd/mm/jjjj).'),
  toestemming_wijze: optionalEnum(codes(CONSENT_METHODS), 'Kies hoe toestemming werd gegeven.'),
  urgentie: optionalEnum(codes(URGENCIES), 'Kies een urgentie.'),
  urgentie_motivatie: optionalText(2000, 'De motivatie'),
  antwoord: optionalText(4000, 'Het antwoord'),
})

export type DraftForm = z.infer<typeof draftSchema>

export interface InterventionRow {
  type: (typeof INTERVENTION_TYPES)[number]['code']
  provider: string
  period: string
  effect: string
}

/** Trajectory rows from the index-aligned form arrays; fully empty rows are dropped. */
export function interventionRows(form: DraftForm): { rows: InterventionRow[]; errors: Record<string, string> } {
  const count = Math.max(form.traject_type.length, form.traject_aanbieder.length, form.traject_periode.length, form.traject_effect.length)
  const out: InterventionRow[] = []
  const errors: Record<string, string> = {}
  const types = codes(INTERVENTION_TYPES) as readonly string[]
  for (let i = 0; i < Math.min(count, 20); i++) {
    const row = {
      type: (form.traject_type[i] ?? '').trim(),
      provider: (form.traject_aanbieder[i] ?? '').trim().slice(0, 200),
      period: (form.traject_periode[i] ?? '').trim().slice(0, 100),
      effect: (form.traject_effect[i] ?? '').trim().slice(0, 2000),
    }
    if (!row.type && !row.provider && !row.period && !row.effect) continue
    if (!types.includes(row.type)) errors[`traject_type_${i}`] = 'Kies het soort interventie.'
    else out.push({ ...row, type: row.type as InterventionRow['type'] })
  }
  return { rows: out, errors }
}

/** The identity part of the form, as the vault stores it and the scrubber uses it. */
export function identityFromForm(form: DraftForm): Identity {
  return {
    firstName: form.voornaam,
    lastName: form.achternaam,
    dateOfBirth: form.geboortedatum,
    insz: form.insz,
    school: form.school,
    address: form.adres,
    parentContact: form.contact_ouders,
  }
}
