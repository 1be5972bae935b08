import * as z from 'zod'
import { type AuthUser, canReadFlandersReport, reportRegions, reportSignalAddressee } from '../auth/access'
import { REGION_CODES } from '../lists'
import { type Period, TRIMESTERS } from './period'

/** "Vlaanderen": every region added up. */
export const FLANDERS = 'VL'

/** The filter form as typed in the URL, so a report can be shared as a link. */
export interface FilterValues {
  regio: string
  schooljaar: string
  trimester: string
  maand: string
}

/** What a report is about, once the reader's rights are checked. */
export interface ReportView {
  region: string
  regions: string[]
  period: Period
  /** The administration whose forwarded signals an analist reads; null: the region's full register. */
  addressee: string | null
}

const filterSchema = z
  .object({
    regio: z.string().regex(/^[A-Z]{2,3}$/, 'Kies een regio uit de lijst.'),
    schooljaar: z.union([z.literal('alle'), z.string().regex(/^\d{4}-\d{4}$/, 'Kies een schooljaar uit de lijst.')]),
    trimester: z.union([z.literal(''), z.enum(['1', '2', '3'], 'Kies een trimester uit de lijst.')]),
    maand: z.union([
      z.literal(''),
      z.coerce
        .number('Kies een maand uit de lijst.')
        .int('Kies een maand uit de lijst.')
        .min(1, 'Kies een maand uit de lijst.')
        .max(12, 'Kies een maand uit de lijst.'),
    ]),
  })
  .refine((f) => f.trimester === '' || f.maand === '' || TRIMESTERS.find((t) => t.code === f.trimester)?.months.some((m) => m === f.maand), {
    message: 'De gekozen maand valt niet in het gekozen trimester.',
    path: ['maand'],
  })

export type FilterResult =
  | { ok: true; view: ReportView; values: FilterValues }
  | { ok: false; reason: 'invalid'; errors: Record<string, string>; values: FilterValues }
  | { ok: false; reason: 'forbidden' }

/** The regions a reader chooses from: Vlaanderen first for whoever may read every region. */
export function regionChoices(user: AuthUser): string[] {
  const mine = REGION_CODES.filter((r) => reportRegions(user).includes(r))
  return canReadFlandersReport(user, REGION_CODES) ? [FLANDERS, ...mine] : mine
}

/** Reads the filters of a report URL against what the reader may see; defaults to the current school year. */
export function resolveFilters(
  user: AuthUser,
  query: Record<string, string | undefined>,
  currentSchoolYear: string,
  schoolYears: readonly string[],
): FilterResult {
  const values: FilterValues = {
    regio: query.regio ?? regionChoices(user)[0] ?? '',
    schooljaar: query.schooljaar ?? currentSchoolYear,
    trimester: query.trimester ?? '',
    maand: query.maand ?? '',
  }
  const parsed = filterSchema.safeParse(values)
  const errors: Record<string, string> = {}
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message
  if (values.schooljaar !== 'alle' && !schoolYears.includes(values.schooljaar)) errors.schooljaar ??= 'Kies een schooljaar uit de lijst.'
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors, values }
  const f = parsed.data
  if (!regionChoices(user).includes(f.regio)) {
    // a known region the reader has no rights on is refused; anything else is a typing error
    return f.regio === FLANDERS || REGION_CODES.some((r) => r === f.regio)
      ? { ok: false, reason: 'forbidden' }
      : { ok: false, reason: 'invalid', errors: { regio: 'Kies een regio uit de lijst.' }, values }
  }
  const regions = f.regio === FLANDERS ? [...REGION_CODES] : [f.regio]
  return {
    ok: true,
    values,
    view: {
      region: f.regio,
      regions,
      period: {
        schoolYear: f.schooljaar === 'alle' ? null : f.schooljaar,
        trimester: f.trimester === '' ? null : f.trimester,
        month: f.maand === '' ? null : f.maand,
      },
      addressee: reportSignalAddressee(user, regions),
    },
  }
}
