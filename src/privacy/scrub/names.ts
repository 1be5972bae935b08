import { ABBREVIATIONS, CLOSING, MONTHS, NOT_NAMES, PARTICLES, PERSON_CUES, WEEKDAYS } from './context'
import { lexicon } from './lexicon'
import { foldPhrase } from './normalize'
import type { Token } from './tokens'
import { type Candidate, WEIGHT } from './types'

/**
 * Person names from the lexicons and the context around them.
 *
 * A run of capitalised words (with particles: "Van den Broeck", "El Amrani") is a name when it holds
 * a given name or surname that is not also a Dutch word; when a cue word precedes it ("mevr.",
 * "juf", "mama"); when a given name starts it ("Jan Bakker"); when a particle opens a known surname
 * ("De Smet"); after an initial ("M. Peeters"); or before an age ("Thomas (17)"). Words that are
 * names and Dutch words alike (Bakker, Vos, Roos) need one of those contexts; at the start of a
 * sentence, where every word has a capital, so do given names that are Dutch words ("Door").
 * A name found once marks its other mentions in the same text too.
 */
export function findPersons(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  const seen = new Set<string>()
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (!token.capital && !token.upper && lowerCaseName(text, tokens, index)) {
      found.push(person(token.start, token.end))
      seen.add(token.key)
      continue
    }
    const chain = chainAt(tokens, index)
    if (chain.length === 0) continue
    const name = acceptedName(text, tokens, index, chain.length)
    if (name) {
      found.push(person(name.first.start, name.last.end))
      for (const token of tokens.slice(tokens.indexOf(name.first), tokens.indexOf(name.last) + 1)) {
        if (token.key.length >= 3 && !PARTICLES.has(token.key)) seen.add(baseKey(token.key))
      }
    }
    index += chain.length - 1
  }
  return [...found, ...otherMentions(tokens, found, seen)]
}

/** Month abbreviations that are also common given names: "Jan" is more often Jan than januari. */
const NAME_LIKE_MONTHS = new Set(['jan', 'dec', 'jun', 'jul', 'aug', 'nov', 'apr', 'feb', 'sep', 'mai'])

/** strong: no Dutch word; word: a rarer Dutch word (Casus, Smet); weak: an everyday word (Door, Vos, Bakker) */
type Strength = 'strong' | 'word' | 'weak' | 'none' | 'stop'

interface Kind {
  strength: Strength
  first: boolean
  surname: boolean
  place: boolean
}

const kinds = new Map<string, Kind>()

/** What the lexicons say about a word; memoised, as the same words recur in every text. */
export function classify(token: Token): Kind {
  const known = kinds.get(token.key)
  if (known) return known
  if (kinds.size > 50_000) kinds.clear()
  const kind = lookUp(token.key)
  kinds.set(token.key, kind)
  return kind
}

function lookUp(key: string): Kind {
  if (NOT_NAMES.has(key) || (MONTHS.has(key) && !NAME_LIKE_MONTHS.has(key)) || WEEKDAYS.has(key) || PERSON_CUES.has(key)) {
    return { strength: 'stop', first: false, surname: false, place: false }
  }
  const lex = lexicon()
  const keys = key.length > 3 && key.endsWith('s') ? [key, key.slice(0, -1)] : [key]
  let kind: Kind = { strength: 'none', first: false, surname: false, place: lex.places.has(key) }
  for (const candidate of keys) {
    const first = lex.first.has(candidate)
    const surname = lex.last.has(candidate) || lex.other.has(candidate)
    if (!first && !surname) continue
    const strength: Strength = lex.frequentNameWords.has(candidate) || key.length < 3 ? 'weak' : lex.nameWords.has(candidate) ? 'word' : 'strong'
    // an everyday word still counts as a given name ("Jan", "Roos"), a function word does not ("Tegen")
    kind = { strength, first: first && !lex.topWords.has(candidate), surname, place: kind.place }
    if (strength === 'strong' || candidate === key) break
  }
  return kind
}

/** Capitalised words and particles joined by spaces, starting at `index`. */
function chainAt(tokens: Token[], index: number): Token[] {
  const chain: Token[] = []
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at] as Token
    if (chain.length > 0 && !token.joined) break
    if (chain.length >= 5) break
    const next = tokens[at + 1]
    const particle = PARTICLES.has(token.key) && next?.joined === true && (next.capital || next.upper)
    if (!(token.capital || (token.upper && token.key.length >= 3) || particle)) break
    if (!particle && !NAME_SHAPE.test(token.text)) break
    const kind = classify(token)
    if (kind.strength === 'stop' || (chain.length > 0 && kind.place && kind.strength === 'none')) break
    chain.push(token)
  }
  while (chain.length > 0 && PARTICLES.has((chain.at(-1) as Token).key)) chain.pop()
  return chain
}

function acceptedName(text: string, tokens: Token[], index: number, length: number): { first: Token; last: Token } | undefined {
  let from = index
  const to = index + length - 1
  const kinds = tokens.slice(index, to + 1).map(classify)
  const kindAt = (at: number) => kinds[at - index] as Kind
  const head = tokens[from] as Token
  const cue = cueBefore(text, tokens, from)
  // a sentence may start with an ordinary word before the name: "Volgens Yusuf", "Met Jan Peeters"
  const signed = signedAfter(text, head)
  if (!cue && !signed && head.sentenceStart && from < to && kindAt(from).strength !== 'strong' && !kindAt(from).first) from++
  while (from < to && PARTICLES.has((tokens[from] as Token).key) && !(tokens[from] as Token).capital && !cue) from++
  // a Title Case heading holds everyday words before the name: "Verslag Overleg Yusuf"
  while (from < to && kindAt(from).strength === 'none' && lexicon().common.has((tokens[from] as Token).key)) from++
  const chain = tokens.slice(from, to + 1)
  const chainKinds = kinds.slice(from - index)
  const first = tokens[from] as Token
  const last = tokens[to] as Token
  if (first.upper && chain.every((token) => token.upper) && chain.length < 2) return undefined
  const names = chain.filter((token) => !PARTICLES.has(token.key))
  const strong = chainKinds.filter((kind, at) => {
    const token = chain[at] as Token
    return !token.upper && (kind.strength === 'strong' || (kind.strength === 'word' && !token.sentenceStart))
  }).length
  const weakFirstInSentence = chainKinds.some((kind, at) => kind.strength === 'weak' && kind.first && !(chain[at] as Token).sentenceStart)
  const headKind = chainKinds[chain.indexOf(names[0] as Token)] as Kind | undefined
  const givenThenMore = names.length >= 2 && headKind !== undefined && headKind.first && !headKind.place
  const particleSurname = PARTICLES.has(first.key) && first.capital && chainKinds.slice(1).some((kind) => kind.surname)
  const initial = initialBefore(text, tokens, from) && chainKinds.some((kind) => kind.strength !== 'none')
  const age = /^ ?(?:\(\s?°?\d|,\s?\d{1,2}\s?(?:jaar|j\.|jr))/.test(text.slice(last.end, last.end + 12))
  const onlyPlace = names.length === 1 && (chainKinds.find((_, at) => chain[at] === names[0]) as Kind).place
  if (initial) return { first: tokens[from - 1] as Token, last }
  // after a cue, an everyday word is still an everyday word: "Voornaam: Nog in te vullen"
  const everyday = lexicon().common.has(first.key)
  if ((cue && !everyday) || particleSurname || givenThenMore || roleAfter(text, last)) return { first, last }
  const known = chainKinds.some((kind) => kind.strength !== 'none')
  if (signed && (known || names.length >= 2)) return { first, last }
  if (onlyPlace) return undefined
  if (strong > 0 || weakFirstInSentence || (age && chainKinds.some((kind) => kind.strength !== 'none'))) {
    // on lexicon evidence alone, unknown words before the first known one are not part of the name
    const firstKnown = chainKinds.findIndex((kind) => kind.strength !== 'none')
    return { first: chain[Math.max(0, firstKnown)] as Token, last }
  }
  return undefined
}

/** Capitalised the way names are: "Marie-Claire", "D'Hondt", "McDonald", "PEETERS"; not "IBAN-nummer". */
const NAME_SHAPE = /^(?:\p{Lu}[\p{Ll}\p{M}]*['’]?)+(?:-(?:\p{Lu}[\p{Ll}\p{M}]*['’]?)+)*(?:['’]s)?$|^[\p{Lu}\p{M}'’-]+$/u

/** "Wouter, CLB-medewerker, schrijft", "Jef (NAFT)": a role or service right after the name. */
function roleAfter(text: string, last: Token): boolean {
  const after = /^[ \u00a0]*[,(][ \u00a0]*([\p{L}-]+)/u.exec(text.slice(last.end, last.end + 40))
  if (!after?.[1]) return false
  return PERSON_CUES.has(foldPhrase(after[1])) || (/^\p{Lu}{2,5}$/u.test(after[1]) && text.charAt(last.end + after[0].length) === ')')
}

/**
 * Names typed in lower case ("kobe blijft bij oma", "mama fatima"): a given name that is no Dutch
 * word, where a capital was due (start of a sentence) or after a cue word.
 */
function lowerCaseName(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  if (token.key.length < 3 || !(token.sentenceStart || cueBefore(text, tokens, index))) return false
  const kind = classify(token)
  return kind.strength === 'strong' && kind.first
}

/** "Met vriendelijke groeten,\nNyokabi Wanjiru", "Mvg, Seppe". */
function signedAfter(text: string, first: Token): boolean {
  return CLOSING.test(text.slice(Math.max(0, first.start - 40), first.start))
}

/** "mevr. Claes", "juf Anja", "Moeder: Fatma", "mama (Ayşe)", and "mama van Yusuf" is Yusuf's mother. */
function cueBefore(text: string, tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  if (!before || !PERSON_CUES.has(before.key)) return false
  const gap = text.slice(before.end, (tokens[index] as Token).start)
  // a full stop after "mevr" or "dr" abbreviates; after "vader" it ends the sentence
  if (gap.includes('.') && !ABBREVIATIONS.has(before.key)) return false
  return /^[ \u00a0]*[.:]?[ \u00a0]*\(?[ \u00a0]*$/.test(gap)
}

function initialBefore(text: string, tokens: Token[], index: number): boolean {
  const before = tokens[index - 1]
  if (!before || !/^\p{Lu}$/u.test(before.text) || /[\p{L}\p{N}]/u.test(text.charAt(before.start - 1))) return false
  return /^\.[ \u00a0]?$/.test(text.slice(before.end, (tokens[index] as Token).start))
}

/** Every other mention of a name already found, also in lower case when it is not a Dutch word. */
function otherMentions(tokens: Token[], found: Candidate[], seen: Set<string>): Candidate[] {
  if (seen.size === 0) return []
  const covered = (token: Token) => found.some((span) => span.start <= token.start && token.end <= span.end)
  const mentions: Candidate[] = []
  for (const token of tokens) {
    if (!seen.has(token.key) && !(token.key.endsWith('s') && seen.has(token.key.slice(0, -1)))) continue
    if (covered(token) || classify(token).strength === 'stop') continue
    const lowerCaseOk = token.key.length >= 4 && !lexicon().nameWords.has(token.key)
    if (token.capital || token.upper || lowerCaseOk) mentions.push(person(token.start, token.end))
  }
  return mentions
}

/** "yusufs" → "yusuf", for possessives written without an apostrophe. */
function baseKey(key: string): string {
  return key.length > 3 && key.endsWith('s') && lexicon().first.has(key.slice(0, -1)) ? key.slice(0, -1) : key
}

function person(start: number, end: number): Candidate {
  return { start, end, kind: 'PERSON', weight: WEIGHT.person }
}
