import { NOT_NAMES, PLACE_CUES } from './context'
import { lexicon } from './lexicon'
import { decodeSorted } from './lexicon/coding'
import placeData from './lexicon/places.generated.json'
import type { Token } from './tokens'
import { type Candidate, WEIGHT } from './types'

/**
 * Belgian municipalities and their parts, written with a capital. A place that is also a Dutch
 * word or a name (Boom, Mol, Lier, Jette) counts only after a word like "in", "uit", "te", "OCMW".
 */
export function findPlaces(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  const { places, placeWords } = lexicon()
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (!token.capital || NOT_NAMES.has(token.key)) continue
    // longest phrase first: "De Panne", "La Louvière" ("Sint-Jans-Molenbeek" is one token)
    for (let length = phraseStarts().has(token.key) ? 3 : 1; length >= 1; length--) {
      const phrase = tokens.slice(index, index + length)
      if (phrase.length < length || phrase.some((part, at) => at > 0 && !part.joined)) continue
      const key = phrase.map((part) => part.key).join(' ')
      if (!places.has(key)) continue
      if (placeWords.has(key) && !hasPlaceCue(tokens, index)) continue
      const last = phrase.at(-1) as Token
      found.push({ start: token.start, end: last.end, kind: 'CITY', weight: WEIGHT.city })
      index += length - 1
      break
    }
  }
  return found
}

let starts: Set<string> | undefined

/** First words of the place names that span several words ("de" of "De Panne"). */
function phraseStarts(): Set<string> {
  starts ??= new Set(decodeSorted(placeData.places).flatMap((place) => (place.includes(' ') ? [place.split(' ')[0] as string] : [])))
  return starts
}

function hasPlaceCue(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const before = tokens[index - 1]
  if (token.sentenceStart || before === undefined) return false
  return PLACE_CUES.has(before.key) || AFTER_SCHOOL.test(before.key) || SCHOOL_ACRONYM.test(before.text)
}

/** "Sint-Jozefsinstituut Kapellen", "KTA Mol": a school's municipality. */
const AFTER_SCHOOL = /(?:college|instituut|atheneum|scholen|school|lyceum|humaniora)$/
const SCHOOL_ACRONYM = /^(?:KTA|VTI|KA|TI|GO|GBS|VBS)$/
