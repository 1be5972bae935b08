import * as z from 'zod'
import { REGION_CODES } from '../lists'

const int = (min: number, max: number, fallback: number | null, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v && fallback !== null) return fallback
      const n = Number(v)
      if (!v || !Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return n
    })

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))

const date = (message: string) =>
  z
    .string({ message })
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v), message)

const time = (message: string) =>
  z
    .string({ message })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, message)

const location = z
  .string()
  .trim()
  .max(200, 'De locatie mag hoogstens 200 tekens lang zijn.')
  .optional()
  .transform((v) => v || null)

const endsAfterStart = { path: ['einde'], message: 'Het einde ligt niet na het begin.' }

export const tableSchema = z.object({
  regio: z.enum(REGION_CODES, { message: 'Kies een regio.' }),
  naam: z
    .string({ message: 'Vul de naam van de tafel in.' })
    .trim()
    .min(2, 'Vul de naam van de tafel in.')
    .max(120, 'De naam mag hoogstens 120 tekens lang zijn.'),
  slotduur: int(10, 240, 45, 'Vul een duur per casus van 10 tot 240 minuten in.'),
  capaciteit: int(1, 20, 4, 'Vul een aantal casussen per zitting van 1 tot 20 in.'),
  locatie: z.string({ message: 'Vul de locatie in.' }).trim().min(2, 'Vul de locatie in.').max(200, 'De locatie mag hoogstens 200 tekens lang zijn.'),
  videolink: z
    .string()
    .trim()
    .max(500, 'De videolink mag hoogstens 500 tekens lang zijn.')
    .optional()
    .refine((v) => !v || /^https:\/\/[^\s]+$/.test(v), 'Vul een videolink in die met https:// begint.')
    .transform((v) => v || null),
  leden: list,
})

export type TableInput = z.infer<typeof tableSchema>

export const zittingSchema = z
  .object({
    datum: date('Vul een geldige datum in.'),
    begin: time('Vul een beginuur in als UU:MM.'),
    einde: time('Vul een einduur in als UU:MM.'),
    locatie: location,
  })
  .refine((z) => z.einde > z.begin, endsAfterStart)

export type ZittingInput = z.infer<typeof zittingSchema>

export const seriesSchema = z
  .object({
    ritme: z.enum(['maandelijks', 'wekelijks', 'tweewekelijks'], { message: 'Kies hoe vaak de tafel samenkomt.' }),
    vanaf: date('Vul een geldige startdatum in.'),
    rang: int(1, 4, 1, 'Kies de hoeveelste weekdag van de maand (1 tot 4).'),
    weekdag: int(1, 5, 4, 'Kies een weekdag van maandag tot vrijdag.'),
    aantal: int(1, 24, null, 'Vul een aantal van 1 tot 24 in.'),
    // named apart from the single-zitting form's fields: both forms share one page and its ids
    reeks_begin: time('Vul een beginuur in als UU:MM.'),
    reeks_einde: time('Vul een einduur in als UU:MM.'),
    reeks_locatie: location,
  })
  .refine((s) => s.reeks_einde > s.reeks_begin, { path: ['reeks_einde'], message: endsAfterStart.message })

export type SeriesInput = z.infer<typeof seriesSchema>

export const cancelSchema = z.object({
  reden: z
    .string({ message: 'Geef een reden voor de annulering.' })
    .trim()
    .min(5, 'Geef een reden voor de annulering (minstens 5 tekens).')
    .max(1000, 'De reden mag hoogstens 1000 tekens lang zijn.'),
})

/** Rejects 2026-02-30 and 2026-13-01 alike: the date must survive a round trip. */
function isCalendarDate(v: string): boolean {
  const ms = Date.parse(`${v}T00:00:00Z`)
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(v)
}
