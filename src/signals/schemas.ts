import * as z from 'zod'
import { ADDRESSEES, codes, REGION_CODES, SIGNAL_LEVELS, SIGNAL_STATUSES, THEMES } from '../lists'

// The signal forms. Messages are Dutch and written once, here; what needs the database (do the
// references exist in the region, may this coordinator bundle these) is checked by the domain.

const TITLE_MAX = 200
const TEXT_MAX = 4000
const MAX_CASES = 50

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .transform((v) => [...new Set(v.filter(Boolean))])

const title = z
  .string({ error: 'Geef het signaal een korte titel.' })
  .trim()
  .min(1, 'Geef het signaal een korte titel.')
  .max(TITLE_MAX, `De titel mag hoogstens ${TITLE_MAX} tekens lang zijn.`)

const description = z
  .string({ error: 'Beschrijf het structurele probleem dat u signaleert.' })
  .trim()
  .min(1, 'Beschrijf het structurele probleem dat u signaleert.')
  .max(TEXT_MAX, `De beschrijving mag hoogstens ${TEXT_MAX} tekens lang zijn.`)

const level = z.enum(codes(SIGNAL_LEVELS), { error: 'Kies of het signaal lokaal, regionaal of Vlaams is.' })

const REFERENCE = /^ROTS-[A-Z]{2,3}-\d{4}-\d{4,}$/

/** Case references typed one per line or separated by commas or spaces, in any case; duplicates dropped. */
export const referencesField = z
  .string()
  .optional()
  .transform((v, c) => {
    const refs = [
      ...new Set(
        (v ?? '')
          .split(/[\s,;]+/)
          .map((r) => r.trim().toUpperCase())
          .filter(Boolean),
      ),
    ]
    const wrong = refs.find((r) => !REFERENCE.test(r))
    if (wrong) c.addIssue({ code: 'custom', message: `“${wrong.slice(0, 40)}” is geen referentie zoals ROTS-VB-2026-0001.` })
    else if (refs.length > MAX_CASES) c.addIssue({ code: 'custom', message: `Koppel hoogstens ${MAX_CASES} casussen aan één signaal.` })
    return refs
  })

export const signalSchema = z.object({
  regio: z.enum(REGION_CODES, { error: 'Kies de regio van het signaal.' }),
  titel: title,
  beschrijving: description,
  niveau: level,
  themas: list.pipe(z.array(z.enum(codes(THEMES), { error: 'Kies thema’s uit de lijst.' })).min(1, 'Kies minstens één thema.')),
  bestemmelingen: list.pipe(z.array(z.enum(codes(ADDRESSEES), { error: 'Kies bestemmelingen uit de lijst.' })).min(1, 'Kies minstens één bestemmeling.')),
  casussen: referencesField,
  bespreking: z
    .string()
    .optional()
    .transform((v) => v?.trim() || null),
})
export type SignalInput = z.output<typeof signalSchema>

export const bundleSchema = z.object({
  regio: z.enum(REGION_CODES, { error: 'Kies de regio van de signalen.' }),
  signalen: list.pipe(z.array(z.string().max(40)).min(2, 'Kies minstens twee signalen om te bundelen.').max(50, 'Bundel hoogstens 50 signalen.')),
  titel: title,
  beschrijving: description,
  niveau: level,
})
export type BundleInput = z.output<typeof bundleSchema>

export const responseSchema = z.object({
  antwoord: z
    .string({ error: 'Vul het antwoord van uw bestuur in.' })
    .trim()
    .min(1, 'Vul het antwoord van uw bestuur in.')
    .max(TEXT_MAX, `Het antwoord mag hoogstens ${TEXT_MAX} tekens lang zijn.`),
})
export type ResponseInput = z.output<typeof responseSchema>

/** The register's filters from the query string; anything unknown is ignored rather than refused. */
export const registerFilterSchema = z.object({
  status: z.enum(codes(SIGNAL_STATUSES)).optional().catch(undefined),
  niveau: z.enum(codes(SIGNAL_LEVELS)).optional().catch(undefined),
  thema: z.enum(codes(THEMES)).optional().catch(undefined),
  regio: z.enum(REGION_CODES).optional().catch(undefined),
})
export type RegisterFilter = z.output<typeof registerFilterSchema>

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> }

export function parseForm<S extends z.ZodType>(schema: S, body: Record<string, string | string[]>): Parsed<z.output<S>> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message
  return { ok: false, errors }
}
