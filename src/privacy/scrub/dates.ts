import { type Candidate, WEIGHT } from './types'

/**
 * Exact calendar dates: 14/03/2010, 14-3-2010, 14.03.10, 2010-03-14, 14 maart 2010, 14 mrt. 2010,
 * and a day with its month ("op 3 februari"). A month alone, a weekday, a school year (2024-2025)
 * or a time (14.30) is not a date that identifies anyone.
 */
export function findDates(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(NUMERIC)) {
    const [, day, , month, year] = match
    if (isCalendarDate(Number(day), Number(month), year)) found.push(date(match.index, match[0].length))
  }
  for (const match of text.matchAll(ISO)) {
    const [, year, month, day] = match
    if (isCalendarDate(Number(day), Number(month), year)) found.push(date(match.index, match[0].length))
  }
  for (const match of text.matchAll(WRITTEN)) {
    const day = Number(match[1])
    // the full stop belongs to "mrt." but ends the sentence after "30 juni."
    const value = /^\S+ [a-zéû]{5,}\.$/i.test(match[0]) ? match[0].slice(0, -1) : match[0]
    if (day >= 1 && day <= 31) found.push(date(match.index, value.length))
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const [, day, month] = match
    const before = text.slice(Math.max(0, match.index - 12), match.index)
    if (DATE_CUE.test(before) && isCalendarDate(Number(day), Number(month), undefined)) found.push(date(match.index, match[0].length))
  }
  return found
}

export const MONTH_NUMBERS: Record<string, number> = {
  januari: 1,
  jan: 1,
  janvier: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  février: 2,
  fevrier: 2,
  maart: 3,
  mrt: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  mei: 5,
  mai: 5,
  juni: 6,
  jun: 6,
  juin: 6,
  juli: 7,
  jul: 7,
  juillet: 7,
  augustus: 8,
  aug: 8,
  août: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  décembre: 12,
  decembre: 12,
}

const NUMERIC = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g
/** A day and month without year ("18/11") is a date only after a word that announces one: 3/4 is a fraction. */
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d]|[/.-]\d)/g
const DATE_CUE =
  /(?:^|\n|(?<![\p{L}])(?:op|sinds|vanaf|tot|tem|t\.e\.m\.|gesprek|overleg|datum|ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \u00a0]+)$/iu
const ISO = /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d]|[./-]\d)/g
const MONTH_NAMES = Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const WRITTEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:ste|de|e|er)?[ \u00a0]+(?:${MONTH_NAMES})(?:\.|(?![\p{L}]))(?:[ \u00a0]+(?:\d{4}|'\d{2})(?!\d))?`,
  'giu',
)

function isCalendarDate(day: number, month: number, year: string | undefined): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const fullYear = year === undefined ? 2000 : year.length === 2 ? 2000 + Number(year) : Number(year)
  if (year?.length === 4 && (fullYear < 1900 || fullYear > 2100)) return false
  return day <= new Date(Date.UTC(fullYear, month, 0)).getUTCDate()
}

function date(start: number, length: number): Candidate {
  return { start, end: start + length, kind: 'DATE', weight: WEIGHT.pattern }
}
