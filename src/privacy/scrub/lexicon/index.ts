import { FrontCodedSet } from './coding'
import names from './names.generated.json'
import places from './places.generated.json'

/**
 * The lexicons, opened on first use rather than at import, so importing the scrubber costs a
 * Worker nothing until text is actually scrubbed. Keys are foldPhrase() forms.
 */
export interface Lexicon {
  /** given names: Belgian (zxcvbn nl-be), international (faker locales, gender-detection-from-name) */
  first: FrontCodedSet
  /** surnames: Belgian (zxcvbn nl-be), international (faker locales) */
  last: FrontCodedSet
  /** more names from humannames, neither a Dutch word nor a Dutch proper noun */
  other: FrontCodedSet
  /** given names and surnames that are also Dutch words (Bakker, Vos, Roos, Jan) */
  nameWords: FrontCodedSet
  /** the name words that are also frequent Dutch words (zxcvbn nl-be frequency lists): Door, Vos, Bakker */
  frequentNameWords: FrontCodedSet
  /** the 3,000 most frequent Dutch words that are no names (zxcvbn nl-be frequency list ∩ OpenTaal) */
  common: FrontCodedSet
  /** names among the 500 most frequent Dutch words, nearly all function words: Tegen, Door, Ben */
  topWords: FrontCodedSet
  /** Belgian municipalities and their parts (GeoNames) */
  places: FrontCodedSet
  /** places that are also Dutch words or names (Boom, Mol, Lier, Jette) */
  placeWords: FrontCodedSet
}

let opened: Lexicon | undefined

export function lexicon(): Lexicon {
  opened ??= {
    first: new FrontCodedSet(names.first),
    last: new FrontCodedSet(names.last),
    other: new FrontCodedSet(names.other),
    nameWords: new FrontCodedSet(names.words),
    frequentNameWords: new FrontCodedSet(names.frequentWords),
    common: new FrontCodedSet(names.common),
    topWords: new FrontCodedSet(names.topWords),
    places: new FrontCodedSet(places.places),
    placeWords: new FrontCodedSet(places.words),
  }
  return opened
}
