import { isWorkingDay } from './working-days'

// Dates of a series of zittingen. Pure: calendar dates only (yyyy-mm-dd), no clock, no zones.

export type SeriesRule =
  /** The `nth` (1–4) `weekday` (1 = Monday … 5 = Friday) of each month, for `months` months from `from`. */
  | { kind: 'monthly'; from: string; nth: number; weekday: number; months: number }
  /** Every `everyWeeks` weeks on the weekday of `from`, `count` dates in all. */
  | { kind: 'weekly'; from: string; everyWeeks: 1 | 2; count: number }

export interface SeriesDates {
  dates: string[]
  /** Dates the rule gave that fall on a weekend or a Belgian public holiday: not planned, not moved. */
  skipped: string[]
}

/**
 * A holiday is skipped rather than moved: a table meets on a fixed day its members keep free,
 * and a moved date would clash with their other standing meetings.
 */
export function seriesDates(rule: SeriesRule): SeriesDates {
  const candidates = rule.kind === 'monthly' ? monthly(rule) : weekly(rule)
  return { dates: candidates.filter(isWorkingDay), skipped: candidates.filter((d) => !isWorkingDay(d)) }
}

function monthly(rule: Extract<SeriesRule, { kind: 'monthly' }>): string[] {
  const year = Number(rule.from.slice(0, 4))
  const month = Number(rule.from.slice(5, 7)) - 1
  const out: string[] = []
  for (let i = 0; i < rule.months; i++) {
    const date = nthWeekday(year, month + i, rule.nth, rule.weekday)
    if (date >= rule.from) out.push(date)
  }
  return out
}

function weekly(rule: Extract<SeriesRule, { kind: 'weekly' }>): string[] {
  const start = Date.parse(`${rule.from}T00:00:00Z`)
  return Array.from({ length: rule.count }, (_, i) => iso(start + i * rule.everyWeeks * 7 * 86_400_000))
}

/** The nth given weekday (1 = Monday … 7 = Sunday) of a month; months past December roll into the next year. */
export function nthWeekday(year: number, month: number, nth: number, weekday: number): string {
  const first = new Date(Date.UTC(year, month, 1))
  const firstWeekday = first.getUTCDay() === 0 ? 7 : first.getUTCDay()
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7
  return iso(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day))
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
