import type { PiiKind, Span } from './types'

export const PLACEHOLDER_LABELS: Record<PiiKind, string> = {
  PERSON: 'PERSOON',
  ADDRESS: 'ADRES',
  CITY: 'GEMEENTE',
  PHONE: 'TELEFOON',
  EMAIL: 'E-MAIL',
  NATIONAL_ID: 'INSZ',
  DATE: 'DATUM',
  SCHOOL: 'SCHOOL',
  IBAN: 'IBAN',
  HANDLE: 'ACCOUNT',
  PLATE: 'NUMMERPLAAT',
  URL: 'URL',
}

const PLACEHOLDER = new RegExp(`\\[(?:${Object.values(PLACEHOLDER_LABELS).join('|')}) \\d+\\]`, 'g')

/** Where the text already holds placeholders; nothing inside or overlapping them is detected. */
export function placeholderRanges(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ start: match.index, end: match.index + match[0].length, kind: 'PERSON' }))
}
