export type PiiKind = 'PERSON' | 'ADDRESS' | 'CITY' | 'PHONE' | 'EMAIL' | 'NATIONAL_ID' | 'DATE' | 'SCHOOL' | 'IBAN' | 'HANDLE' | 'PLATE' | 'URL'

/** UTF-16 indices into the text, end exclusive. */
export interface Span {
  start: number
  end: number
  kind: PiiKind
}

/** The identity the referrer typed for this case; its values and their variants are always redacted. */
export interface IdentityHints {
  firstName?: string
  lastName?: string
  /** ISO yyyy-mm-dd */
  dateOfBirth?: string
  insz?: string
  school?: string
  address?: string
  parentContact?: string
}

/**
 * A span some rule proposes. When candidates overlap, the higher weight wins: validated
 * structures (checksums, e-mail syntax) outrank patterns, which outrank lexicon guesses.
 */
export interface Candidate extends Span {
  weight: number
}

export const WEIGHT = {
  identity: 70,
  structured: 80,
  pattern: 60,
  school: 55,
  address: 50,
  person: 40,
  city: 30,
} as const
