import { lexicon } from './lexicon'
import { foldPhrase } from './normalize'
import type { Token } from './tokens'
import { type Candidate, WEIGHT } from './types'

/**
 * Streets by their Flemish and Brussels suffixes (Kerkstraat, Diestsesteenweg, Meir-style names
 * need a number) and French prefixes (rue, avenue, chaussée …), with house number and bus; and a
 * postcode followed by a municipality. Parts that follow each other make one address.
 */
export function findAddresses(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index < tokens.length; index++) {
    const street = streetAt(text, tokens, index)
    if (street) found.push(street)
  }
  for (const match of text.matchAll(FRENCH_STREET)) {
    found.push(withNumber(text, match.index, match.index + match[0].length, false) ?? address(0, 0))
  }
  for (const match of text.matchAll(POSTCODE)) {
    const [whole, , first = '', second] = match
    if (second && lexicon().places.has(foldPhrase(`${first} ${second}`))) found.push(address(match.index, match.index + whole.length))
    else if (lexicon().places.has(foldPhrase(first))) found.push(address(match.index, match.index + whole.length - (second ? second.length + 1 : 0)))
  }
  return joinAdjacent(
    text,
    found.filter((candidate) => candidate.end > candidate.start),
  )
}

const SUFFIXES =
  /(straat|straatje|laan|steenweg|baan|plein|pleintje|dreef|lei|kaai|vest|weg|wegel|hof|pad|markt|singel|dijk|kouter|dries|ring|plaats|gracht|kade|boulevard|square|park|berg|veld|hoek|heide|meers|bos)$/
/** Suffixes that are also ordinary endings (Gerechtshof, Kinderpark, Heuvelveld): only with a house number. */
const NEEDS_NUMBER = new Set(['hof', 'park', 'berg', 'veld', 'hoek', 'heide', 'meers', 'bos', 'ring', 'plaats', 'dries', 'pad', 'weg'])
const MODIFIER =
  /^(?:Grote|Kleine|Lange|Korte|Oude|Nieuwe|Hoge|Lage|Sint(?:-\p{L}+)*|Koning|Koningin|Prins|Prinses|Graaf|Gravin|Kardinaal|Burgemeester|Pastoor|Dokter|Generaal|Kapitein|Kolonel|Onze-Lieve-Vrouw\p{L}*|Vrijdag|Zaterdag|Groen|Klein|Groot|Van|De|Den|Der|Ter|Ten|'t)$/u

function streetAt(text: string, tokens: Token[], index: number): Candidate | undefined {
  const token = tokens[index] as Token
  if (!token.capital) return undefined
  const match = SUFFIXES.exec(token.key)
  if (!match) return undefined
  const bare = token.key === match[1]
  let start = token.start
  let first = index
  while (first > 0) {
    const before = tokens[first - 1] as Token
    if (!(tokens[first] as Token).joined || !(MODIFIER.test(before.text) || (before.capital && !before.sentenceStart && !bare))) break
    if (first < index - 2) break
    first--
    start = before.start
  }
  if (bare && first === index) return withNumber(text, start, token.end, true)
  const needsNumber = NEEDS_NUMBER.has(match[1] as string) || (token.sentenceStart && first === index)
  return withNumber(text, start, token.end, needsNumber) ?? (needsNumber ? undefined : address(start, token.end))
}

const NUMBER =
  /^,?[ \u00a0]+(\d{1,4}(?:[ \u00a0]?[A-Za-z](?![\p{L}]))?(?:[ \u00a0]*[/-][ \u00a0]*\d{1,4}[A-Za-z]?)?)(?:,?[ \u00a0]*(?:bus|bte|b\.|boîte)[ \u00a0]*[\dA-Za-z]{1,6})?(?![\d])/u

function withNumber(text: string, start: number, end: number, required: boolean): Candidate | undefined {
  const number = NUMBER.exec(text.slice(end, end + 40))
  if (number) return address(start, end + number[0].length)
  return required ? undefined : address(start, end)
}

const FRENCH_STREET =
  /(?<![\p{L}])(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Cc]haussée|[Bb]oulevard|[Bb]d\.?|[Pp]lace|[Ss]quare|[Qq]uai|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Dd]rève|[Cc]los)(?:[ \u00a0]+(?:de la|de l'|du|des|de|d'|la|le|les))?[ \u00a0]*(?:[ \u00a0]?\p{Lu}[\p{L}'-]*){1,4}/gu

const POSTCODE = /(?<![\d./-])([1-9]\d{3})[ \u00a0]+(\p{Lu}[\p{L}'-]*)(?:[ \u00a0](\p{Lu}[\p{L}'-]*))?/gu

/** "Kerkstraat 12, 9000 Gent" and "9300 Aalst, Kerkstraat 22" are one address. */
function joinAdjacent(text: string, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)
  const joined: Candidate[] = []
  for (const candidate of sorted) {
    const last = joined.at(-1)
    if (last && candidate.start <= last.end) last.end = Math.max(last.end, candidate.end)
    else if (last && /^,?[ \u00a0]*$/.test(text.slice(last.end, candidate.start))) last.end = candidate.end
    else joined.push({ ...candidate })
  }
  return joined
}

function address(start: number, end: number): Candidate {
  return { start, end, kind: 'ADDRESS', weight: WEIGHT.address }
}
