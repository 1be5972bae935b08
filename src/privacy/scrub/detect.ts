import { findAddresses } from './addresses'
import { findDates } from './dates'
import { findIdentity } from './identity'
import { placeholderRanges } from './labels'
import { findPersons } from './names'
import { findPatterns } from './patterns'
import { findPlaces } from './places'
import { findSchools } from './schools'
import { resolve } from './spans'
import { tokenize } from './tokens'
import type { IdentityHints, Span } from './types'

/** Detected spans, sorted, non-overlapping, within bounds. Pure and deterministic. */
export function detect(original: string, identity?: IdentityHints): Span[] {
  // placeholders become one caseless word: their words ("GEMEENTE", "PERSOON") must not act as context for what is next to them
  const placeholders = placeholderRanges(original)
  const text = placeholders.length === 0 ? original : mask(original, placeholders)
  const tokens = tokenize(text)
  const candidates = [
    ...findPatterns(text),
    ...findDates(text),
    ...findAddresses(text, tokens),
    ...findSchools(text, tokens),
    ...findPlaces(tokens),
    ...findPersons(text, tokens),
    ...findIdentity(text, tokens, identity),
  ]
  return resolve(text, candidates, placeholders)
}

function mask(text: string, ranges: Span[]): string {
  let masked = ''
  let at = 0
  for (const range of ranges) {
    masked += text.slice(at, range.start) + '\ua000'.repeat(range.end - range.start)
    at = range.end
  }
  return masked + text.slice(at)
}
