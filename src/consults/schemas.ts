import * as z from 'zod'
import { toList } from '../cases/form-values'
import { ATTENDANCE, codes, type Format, SECTOR_CODES, type SectorCode } from '../lists'
import { dutchDate } from '../tables/today'

// The bespreking form. What is valid depends on the zitting (dates come after it), the format
// (only an overlegtafel asks whether the young person came) and who was invited, so the schema is
// built per case from plain data; it stays pure. Messages are Dutch and written once, here.

export interface ConsultFormContext {
  /** ISO date of the zitting the case was discussed at. */
  zittingDate: string
  format: Format
  /** Organisations whose attendance is recorded. */
  organisationIds: readonly string[]
  /** Offers the advice may link to: the region's active catalogue. */
  offerIds: readonly string[]
}

export const attendanceField = (organisationId: string) => `aanwezigheid_${organisationId}`

export const ACTION_FIELDS = ['actie_omschrijving', 'actie_sector', 'actie_organisatie', 'actie_wie', 'actie_termijn'] as const

const MAX_ACTIONS = 20

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))

const requiredText = (max: number, empty: string, what: string) =>
  z.string({ message: empty }).trim().min(1, empty).max(max, `${what} mag hoogstens ${max} tekens lang zijn.`)

const yesNo = (message: string) => z.enum(['ja', 'nee'], { message }).transform((v) => v === 'ja')

/** yyyy-mm-dd (the date input) or dd/mm/jjjj (typed by hand), as an ISO date; undefined when empty or impossible. */
export function parseDate(value: string | undefined): string | undefined {
  const v = value?.trim() ?? ''
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : be ? [be[3], be[2], be[1]] : []
  if (!y || !m || !d) return undefined
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) return undefined
  return date.toISOString().slice(0, 10)
}

export interface ActionInput {
  description: string
  sector: SectorCode
  organisationId: string | null
  owner: string
  dueDate: string
}

/** Action rows from the index-aligned form arrays; fully empty rows are dropped, errors keyed by posted row. */
export function actionRows(
  form: Record<(typeof ACTION_FIELDS)[number], string[]>,
  ctx: ConsultFormContext,
): { rows: ActionInput[]; errors: Record<string, string> } {
  const count = Math.min(MAX_ACTIONS, Math.max(...ACTION_FIELDS.map((f) => form[f].length)))
  const rows: ActionInput[] = []
  const errors: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    const [description, sector, organisationId, owner, due] = ACTION_FIELDS.map((f) => (form[f][i] ?? '').trim())
    // the sector alone is preselected by nobody, but an organisation may be: a row is empty when nothing is typed
    if (!description && !sector && !owner && !due) continue
    const dueDate = parseDate(due)
    if (!description) errors[`actie_omschrijving_${i}`] = 'Beschrijf wat er moet gebeuren.'
    else if (description.length > 1000) errors[`actie_omschrijving_${i}`] = 'De actie mag hoogstens 1000 tekens lang zijn.'
    if (!(SECTOR_CODES as readonly string[]).includes(sector ?? '')) errors[`actie_sector_${i}`] = 'Kies de sector die de actie opneemt.'
    if (organisationId && !ctx.organisationIds.includes(organisationId)) errors[`actie_organisatie_${i}`] = 'Kies een organisatie uit de lijst.'
    if ((owner ?? '').length > 200) errors[`actie_wie_${i}`] = 'Wie mag hoogstens 200 tekens lang zijn.'
    if (!due) errors[`actie_termijn_${i}`] = 'Vul in tegen wanneer de actie klaar moet zijn (dd/mm/jjjj).'
    else if (!dueDate) errors[`actie_termijn_${i}`] = 'Vul een geldige datum in (dd/mm/jjjj).'
    else if (dueDate < ctx.zittingDate) errors[`actie_termijn_${i}`] = `De termijn kan niet vóór de zitting (${dutchDate(ctx.zittingDate)}) liggen.`
    if (Object.keys(errors).some((k) => k.endsWith(`_${i}`))) continue
    rows.push({
      description: description ?? '',
      sector: sector as SectorCode,
      organisationId: organisationId || null,
      owner: owner ?? '',
      dueDate: dueDate ?? '',
    })
  }
  return { rows, errors }
}

/** The whole form, for one case at one zitting. */
export function consultSchema(ctx: ConsultFormContext) {
  const attendance = Object.fromEntries(
    ctx.organisationIds.map((id) => [attendanceField(id), z.enum(codes(ATTENDANCE), { message: 'Duid aan of deze organisatie er was.' })]),
  )
  const family =
    ctx.format === 'overlegtafel'
      ? {
          jongere_aanwezig: yesNo('Duid aan of de jongere er was.'),
          ouders_aanwezig: yesNo('Duid aan of de ouders er waren.'),
        }
      : {}
  return z
    .object({
      ...attendance,
      ...family,
      analyse: requiredText(8000, 'Vat de analyse van de tafel samen.', 'De analyse'),
      advies: requiredText(8000, 'Beschrijf het advies of het aanbod op maat.', 'Het advies'),
      aanbod: list.pipe(z.array(z.string().refine((id) => ctx.offerIds.includes(id), 'Kies aanbod uit de lijst.'))).transform((v) => [...new Set(v)]),
      actie_omschrijving: list,
      actie_sector: list,
      actie_organisatie: list,
      actie_wie: list,
      actie_termijn: list,
      opvolgdatum: z
        .string()
        .optional()
        .transform((v, c) => {
          const iso = parseDate(v)
          if (!v?.trim()) c.addIssue({ code: 'custom', message: 'Vul de datum in waarop de aanmelder terugkoppelt (dd/mm/jjjj).' })
          else if (!iso) c.addIssue({ code: 'custom', message: 'Vul een geldige datum in (dd/mm/jjjj).' })
          else if (iso <= ctx.zittingDate) c.addIssue({ code: 'custom', message: `De opvolgdatum moet na de zitting (${dutchDate(ctx.zittingDate)}) liggen.` })
          return iso ?? ''
        }),
      signaal: z
        .string()
        .optional()
        .transform((v) => v === 'ja'),
      signaal_tekst: z.string().trim().max(4000, 'Het signaal mag hoogstens 4000 tekens lang zijn.').optional().default(''),
    })
    .superRefine((form, c) => {
      if (form.signaal && !form.signaal_tekst)
        c.addIssue({ code: 'custom', path: ['signaal_tekst'], message: 'Beschrijf het structurele probleem dat u wilt signaleren.' })
    })
}

export type ConsultForm = z.infer<ReturnType<typeof consultSchema>>

/** The parsed form plus its action rows: what `recordConsult` needs, or the errors per field. */
export function parseConsultForm(
  body: Record<string, string | string[]>,
  ctx: ConsultFormContext,
): { ok: true; form: ConsultForm; actions: ActionInput[] } | { ok: false; errors: Record<string, string> } {
  const parsed = consultSchema(ctx).safeParse(body)
  const errors: Record<string, string> = {}
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message
  const rows = actionRows(Object.fromEntries(ACTION_FIELDS.map((f) => [f, toList(body[f])])) as Record<(typeof ACTION_FIELDS)[number], string[]>, ctx)
  Object.assign(errors, rows.errors)
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, form: parsed.data, actions: rows.rows }
}

/** How many action rows the form shows: the posted ones, at least one, plus one when asked. */
export function actionRowCount(values: Record<string, string | string[]>, extra = 0): number {
  return Math.min(MAX_ACTIONS, Math.max(1, ...ACTION_FIELDS.map((f) => toList(values[f]).length)) + extra)
}

/** Drops action row `index` from the posted arrays (a row's "verwijderen" button). */
export function withoutActionRow(values: Record<string, string | string[]>, index: number): Record<string, string | string[]> {
  const out = { ...values }
  for (const f of ACTION_FIELDS) out[f] = toList(values[f]).filter((_, i) => i !== index)
  return out
}

const coming = (message: string) => z.enum(['ja', 'nee', 'onbekend'], { message }).transform((v) => (v === 'onbekend' ? null : v === 'ja'))

/** The referrer's answer before an overlegtafel: will the young person and the parents come? */
export const familyAttendanceSchema = z.object({
  jongere: coming('Duid aan of de jongere komt, of dat het nog niet bekend is.'),
  ouders: coming('Duid aan of de ouders komen, of dat het nog niet bekend is.'),
})
