import type { Token } from './tokens'
import { type Candidate, WEIGHT } from './types'

/**
 * Schools by the way Flemish and Brussels schools are named: a type word with a proper name
 * ("Basisschool De Wegwijzer", "KTA Zavelenberg", "Koninklijk Atheneum Berchem", "Lycée Emile Max"),
 * a GO! name ("GO! atheneum Voskenslaan"), a compound with a saint or a name ("Sint-Jozefscollege",
 * "Guldensporencollege", "Sint-Ursula-Instituut", "Berkenboom Humaniora"), and Don Bosco schools.
 */
export function findSchools(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  const add = (start: number, end: number) => found.push({ start, end, kind: 'SCHOOL', weight: WEIGHT.school })
  for (const pattern of [TYPED, GO, DON_BOSCO]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0].replace(/[ \u00a0]+$/, '')
      if (!EXCLUDED.test(value)) add(match.index, match.index + value.length)
    }
  }
  tokens.forEach((token, index) => {
    const before = tokens[index - 1]
    if (!token.capital || token.key.length < 6 || !SUFFIX_ENDS.has(token.key.charCodeAt(token.key.length - 1))) return
    if (COMPOUND.test(token.key) && !GENERIC.test(token.key)) {
      // "Sint-Jan Berchmanscollege", "Heilig Hartcollege"
      const start = before && token.joined && SAINT.test(before.text) ? before.start : token.start
      add(start, token.end)
    } else if (NAMED_TYPE.test(token.text) && before?.capital && token.joined && !before.sentenceStart) {
      add(before.start, token.end)
    }
  })
  return found
}

const NAME = String.raw`(?:(?:de|het|'t|van|der|den|ter|ten|du|des|la|le|De|Het|'T)[ \u00a0]+)?(?:\p{Lu}[\p{L}\p{M}'’-]*|O\.L\.V\.(?:-\p{L}+)?)`
const NAMES = String.raw`${NAME}(?:[ \u00a0]+${NAME}){0,3}`
const QUALIFIER = `(?:(?:Vrije|[Gg]emeentelijke|[Ss]tedelijke|[Kk]atholieke|[Pp]rovinciale|Koninklijk|Koninklijke|[Tt]echnisch|[Tt]echnische|[Gg]esubsidieerde)[ \\u00a0]+)*`
const TYPE = `(?:[Bb]asisschool|[Ll]agere[ \\u00a0]school|[Kk]leuterschool|[Mm]iddenschool|[Ss]ecundaire[ \\u00a0]school|[Ff]reinetschool|[Ss]teinerschool|[Aa]theneum|[Ll]yceum|[Ll]ycée|[Aa]thénée(?:[ \\u00a0][Rr]oyal)?|[Ii]nstituut|[Ii]nstitut|[Cc]ollege|[Cc]ollège|[Hh]umaniora|[Kk]unsthumaniora|[Tt]alentenschool|[Ll]eefschool|[Cc]ampus|VTI|KTA|KA|TI|VBS|GBS|SBS|BuSO|BuBaO|MPI)`
const GENERIC_TYPE = '(?:[Bb]asisschool|[Ss]chool|[Aa]theneum|[Ii]nstituut|[Cc]ollege|[Ll]yceum|[Tt]alentenschool|[Mm]iddenschool|[Cc]ampus|[Hh]umaniora)'

const TYPED = new RegExp(
  String.raw`(?<![\p{L}])${QUALIFIER}${TYPE}[ \u00a0]+${NAMES}|(?<![\p{L}])[Ss]chool[ \u00a0]+(?:De|Het|'t|Sint-)[\p{L}'-]*(?:[ \u00a0]+\p{Lu}[\p{L}'-]*){0,2}`,
  'gu',
)
const GO_WORD = `(?:${GENERIC_TYPE}|[Tt]echnisch|Next|${NAME})`
const GO = new RegExp(String.raw`GO![ \u00a0]+${GO_WORD}(?:[ \u00a0]+${GO_WORD}){0,4}`, 'gu')
const DON_BOSCO = /Don[ \u00a0]Bosco(?:[ \u00a0]\p{Lu}[\p{L}-]+)?/gu

/** On folded keys (hyphens are spaces): "sint lodewijkscollege", "sint ursula instituut", "sint martinusscholen". */
const COMPOUND = /(?:college|instituut|lyceum|atheneum|scholen|humaniora|schoolgemeenschap)$|^(?:sint|heilig|onze) .*school$/
/** Last letters of the compound endings below and of the capitalised type words: a cheap first filter. */
const SUFFIX_ENDS = new Set([...'etmnapl'].map((char) => char.charCodeAt(0)))
/** Compounds that name a kind of school, not a school. */
const GENERIC =
  /^(?:college|instituut|lyceum|atheneum|scholen|humaniora|schoolgemeenschap|basisschool|hogeschool|smartschool|middenschool|kleuterschool|zomerschool|avondschool)$/
const NAMED_TYPE = /^(?:Humaniora|College|Instituut|Lyceum|Atheneum)$/
const SAINT = /^(?:Sint|Heilig|Onze|Don|Koningin|Prins)(?:-\p{L}+)*$/u

/** Phrases the patterns catch that are not schools. */
const EXCLUDED =
  /^(?:[Cc]ollege[ \u00a0]van|[Ii]nstituut[ \u00a0]voor|Smartschool|Het[ \u00a0]|De[ \u00a0](?:College|Instituut)|Vlaamse[ \u00a0]|Een[ \u00a0])/u
