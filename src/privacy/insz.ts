/**
 * The Belgian national register number (INSZ/rijksregisternummer): yymmdd + 3-digit serial + a
 * mod-97 check over the first nine digits, with a 2 put before them for people born from 2000
 * on. Bis numbers add 20 or 40 to the month; an unknown birth date may have month or day 00.
 * One check for the whole app: the intake form and the scrubber both use it.
 */
export function isValidInsz(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '')
  if (!/^\d{11}$/.test(digits)) return false
  const rawMonth = Number(digits.slice(2, 4))
  const day = Number(digits.slice(4, 6))
  if (rawMonth > 52 || rawMonth % 20 > 12 || day > 31) return false
  const base = Number(digits.slice(0, 9))
  const check = Number(digits.slice(9))
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check
}

/** Digits only, as stored and compared. */
export function normaliseInsz(value: string): string {
  return value.replace(/\D/g, '')
}
