/**
 * Report periods in Flemish school terms. A school year runs 1 September – 31 August; the
 * trimesters are approximated by months (the holidays move each year): 1st September–December,
 * 2nd January–March, 3rd April–June; July and August count only for the whole school year.
 * Boundaries are Belgian midnights, so a case filed at 00:30 on 1 September belongs to September.
 */

export const TRIMESTERS = [
  { code: '1', label: '1e trimester (sep–dec)', months: [9, 10, 11, 12] },
  { code: '2', label: '2e trimester (jan–maa)', months: [1, 2, 3] },
  { code: '3', label: '3e trimester (apr–jun)', months: [4, 5, 6] },
] as const

export const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** School-year months in order, September first. */
export const SCHOOL_YEAR_MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]

export interface Period {
  /** '2025-2026', or null for every school year. */
  schoolYear: string | null
  trimester: '1' | '2' | '3' | null
  /** 1–12 within the school year. */
  month: number | null
}

/** A half-open range of instants [from, to) in epoch milliseconds, with a label. */
export interface Bucket {
  label: string
  from: number
  to: number
}

/** The school year an instant falls in, e.g. '2025-2026'. */
export function schoolYearOf(instant: Date): string {
  const [year, month] = brusselsYearMonth(instant)
  const start = month >= 9 ? year : year - 1
  return `${start}-${start + 1}`
}

export function schoolYearStart(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4))
}

/** The school years from the first one with data up to the current one, newest first. */
export function schoolYearsBetween(first: Date, now: Date): string[] {
  const years: string[] = []
  for (let y = schoolYearStart(schoolYearOf(now)); y >= schoolYearStart(schoolYearOf(first)); y--) years.push(`${y}-${y + 1}`)
  return years
}

/** The calendar year of a school-year month. */
function calendarYear(schoolYear: string, month: number): number {
  return schoolYearStart(schoolYear) + (month >= 9 ? 0 : 1)
}

function monthBucket(schoolYear: string, month: number): Bucket {
  const year = calendarYear(schoolYear, month)
  const next = month === 12 ? [year + 1, 1] : [year, month + 1]
  return { label: `${MONTH_NAMES[month - 1]} ${year}`, from: brusselsMidnight(year, month, 1), to: brusselsMidnight(next[0] as number, next[1] as number, 1) }
}

/** The months a period covers within one school year. */
export function periodMonths(period: Period): number[] {
  if (period.month !== null) return [period.month]
  if (period.trimester !== null) return [...(TRIMESTERS.find((t) => t.code === period.trimester)?.months ?? [])]
  return SCHOOL_YEAR_MONTHS
}

/**
 * The rows of "aanmeldingen over time": months within a school year, or trimesters (and summer)
 * per school year when every year is shown.
 */
export function timeBuckets(period: Period, allYears: readonly string[]): Bucket[] {
  if (period.schoolYear !== null) return periodMonths(period).map((m) => monthBucket(period.schoolYear as string, m))
  const buckets: Bucket[] = []
  for (const schoolYear of [...allYears].reverse()) {
    const start = schoolYearStart(schoolYear)
    const months = periodMonths(period)
    const groups =
      period.month !== null || period.trimester !== null
        ? [{ label: '', months }]
        : [...TRIMESTERS, { code: 'zomer', label: 'zomer (jul–aug)', months: [7, 8] }]
    for (const group of groups) {
      const chosen = group.months.filter((m) => months.includes(m))
      if (chosen.length === 0) continue
      const first = monthBucket(schoolYear, chosen[0] as number)
      const last = monthBucket(schoolYear, chosen.at(-1) as number)
      const name = group.label ? group.label.replace(/ \(.*\)$/, '') : period.month !== null ? (MONTH_NAMES[period.month - 1] as string) : ''
      buckets.push({ label: `${start}-${start + 1} ${name}`.trim(), from: first.from, to: last.to })
    }
  }
  return buckets
}

/** The instants a period covers, as ranges (several when every school year is shown for one month). */
export function periodRanges(period: Period, allYears: readonly string[]): Bucket[] {
  const years = period.schoolYear !== null ? [period.schoolYear] : [...allYears].reverse()
  const months = periodMonths(period)
  const ranges: Bucket[] = []
  for (const schoolYear of years) {
    const first = monthBucket(schoolYear, months[0] as number)
    const last = monthBucket(schoolYear, months.at(-1) as number)
    const previous = ranges.at(-1)
    // whole school years follow each other: one range lets the index do one scan
    if (previous && previous.to === first.from) previous.to = last.to
    else ranges.push({ label: schoolYear, from: first.from, to: last.to })
  }
  return ranges
}

export function periodLabel(period: Period): string {
  const year = period.schoolYear ? `schooljaar ${period.schoolYear}` : 'alle schooljaren'
  if (period.month !== null) return `${MONTH_NAMES[period.month - 1]}, ${year}`
  if (period.trimester !== null) return `${TRIMESTERS.find((t) => t.code === period.trimester)?.label}, ${year}`
  return year
}

// ── Belgian calendar arithmetic ──────────────────────────────────────────────────────────────

const brusselsParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', year: 'numeric', month: 'numeric', hour: 'numeric', hourCycle: 'h23' })

function brusselsYearMonth(instant: Date): [number, number] {
  const parts = brusselsParts.formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return [get('year'), get('month')]
}

/**
 * Epoch ms of 00:00 in Brussels on a date. Summer time changes at 02:00/03:00, never at
 * midnight, so the offset at noon that day is the offset at midnight.
 */
export function brusselsMidnight(year: number, month: number, day: number): number {
  const noonUtc = Date.UTC(year, month - 1, day, 12)
  const parts = brusselsParts.formatToParts(new Date(noonUtc))
  const offsetHours = Number(parts.find((p) => p.type === 'hour')?.value) - 12
  return Date.UTC(year, month - 1, day) - offsetHours * 3_600_000
}
