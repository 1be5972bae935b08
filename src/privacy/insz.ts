/**
 * The Belgian national register number (INSZ/rijksregisternummer): yymmdd + 3-digit serial + a
 * mod-97 check over the first nine digits, prefixed with "2" for people born from 2000 on.
 * Bis numbers (month + 20 or + 40) follow the same check.
 */
export function isValidInsz(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '')
  if (!/^\d{11}$/.test(digits)) return false
  const body = digits.slice(0, 9)
  const check = Number(digits.slice(9))
  return 97 - (Number(body) % 97) === check || 97 - (Number(`2${body}`) % 97) === check
}

/** Digits only, as stored and compared. */
export function normaliseInsz(value: string): string {
  return value.replace(/\D/g, '')
}
