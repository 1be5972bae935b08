import { electronicFormatIBAN, isValidIBAN } from 'ibantools'

export { isValidInsz } from '../insz'

/** Any country's IBAN, spaced or not: length and BBAN format per country and the mod-97 check. */
export function isValidIban(value: string): boolean {
  const compact = electronicFormatIBAN(value.toUpperCase()) ?? ''
  return isValidIBAN(compact)
}
