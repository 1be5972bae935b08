// Belgian working days (werkdagen) on calendar dates written as ISO `yyyy-mm-dd`. A zitting is
// planned on a calendar day in Belgium, so there are no time zones here: every date is turned into
// a whole day number through UTC, which no local clock setting can shift.

const DAY_MS = 86_400_000

/** Whether `date` is neither a Saturday or Sunday nor a Belgian public holiday. */
export function isWorkingDay(date: string): boolean {
  const day = toDayNumber(date)
  // Day 0 (1970-01-01) was a Thursday, so day numbers 2 and 3 (mod 7) are Saturday and Sunday.
  const weekday = (((day + 3) % 7) + 7) % 7
  if (weekday >= 5) return false
  return !publicHolidays(Number(date.slice(0, 4))).has(date.slice(0, 10))
}

/**
 * The date `n` working days after `date`, counting from the day after `date`: Friday + 1 is the
 * next Monday, Saturday + 1 is also that Monday. `n = 0` returns `date` itself, even on a weekend,
 * and a negative `n` counts back the same way, so `addWorkingDays(addWorkingDays(d, n), -n)` lands
 * on `d` whenever `d` is a working day.
 */
export function addWorkingDays(date: string, n: number): string {
  const step = n < 0 ? -1 : 1
  let day = toDayNumber(date)
  for (let left = Math.abs(Math.trunc(n)); left > 0; ) {
    day += step
    if (isWorkingDay(fromDayNumber(day))) left--
  }
  return fromDayNumber(day)
}

/**
 * The working days passed on the way from `a` to `b`: `a` itself is not counted and `b` is, and the
 * count is negative when `b` lies before `a`. This mirrors addWorkingDays, so that
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n` for every `a` and `n`.
 */
export function workingDaysBetween(a: string, b: string): number {
  const from = toDayNumber(a)
  const to = toDayNumber(b)
  const step = from <= to ? 1 : -1
  let count = 0
  for (let day = from; day !== to; ) {
    day += step
    if (isWorkingDay(fromDayNumber(day))) count += step
  }
  return count
}

/** Easter Sunday of `year` (Gregorian calendar), by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return fromDayNumber(Math.floor(Date.UTC(year, month - 1, day) / DAY_MS))
}

/**
 * The ten legal public holidays (wettelijke feestdagen). Regional and school holidays are left
 * out on purpose: ROTS partners work through school holidays, and a crisis case must not wait
 * longer because schools are closed.
 */
export function publicHolidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year)
  if (cached) return cached
  const easter = toDayNumber(easterSunday(year))
  const y = String(year).padStart(4, '0')
  const holidays = new Set([
    `${y}-01-01`, // Nieuwjaar
    fromDayNumber(easter + 1), // Paasmaandag
    `${y}-05-01`, // Dag van de Arbeid
    fromDayNumber(easter + 39), // O.L.H. Hemelvaart
    fromDayNumber(easter + 50), // Pinkstermaandag
    `${y}-07-21`, // Nationale feestdag
    `${y}-08-15`, // O.L.V. Hemelvaart
    `${y}-11-01`, // Allerheiligen
    `${y}-11-11`, // Wapenstilstand
    `${y}-12-25`, // Kerstmis
  ])
  holidayCache.set(year, holidays)
  return holidays
}

// The holidays of a year never change, and scheduling asks for them once per day it looks at.
const holidayCache = new Map<number, ReadonlySet<string>>()

function toDayNumber(date: string): number {
  return Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS)
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}
