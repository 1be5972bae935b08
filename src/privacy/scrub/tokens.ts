import { ABBREVIATIONS } from './context'
import { foldPhrase } from './normalize'

export interface Token {
  start: number
  end: number
  text: string
  /** foldPhrase(text) with a possessive "'s" dropped: the form the lexicons use */
  key: string
  /** starts with a capital and is not all capitals */
  capital: boolean
  /** all capitals, at least two letters ("CLB", "PEETERS") */
  upper: boolean
  /** first word of a sentence, a line, a list item or a quotation: capitals say little there */
  sentenceStart: boolean
  /** only spaces between the previous token and this one */
  joined: boolean
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '\n', '•', '*', '·', '–', '—', '"', '“', '„', '«', '>', '|'])

/** Words with their offsets and the few facts about capitals and position the rules need. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const value = match[0]
    const lower = value.toLowerCase()
    const firstIsCapital = lower.charCodeAt(0) !== value.charCodeAt(0)
    const allCapitals = firstIsCapital && value.length >= 2 && value === value.toUpperCase()
    const previous = tokens.at(-1)
    const key = foldPhrase(lower)
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      key: key.includes("'") ? key.replace(/'s$/, '') : key,
      capital: firstIsCapital && !allCapitals,
      upper: allCapitals,
      sentenceStart: startsSentence(text, start, previous),
      joined: previous !== undefined && onlySpaces(text, previous.end, start),
    })
  }
  return tokens
}

function startsSentence(text: string, start: number, previous: Token | undefined): boolean {
  let index = start - 1
  while (index >= 0 && (text[index] === ' ' || text[index] === '\u00a0' || text[index] === '\t' || text[index] === "'")) index--
  if (index < 0) return true
  const char = text[index] as string
  if (char === '-' && (index === 0 || text[index - 1] === '\n' || text[index - 1] === ' ')) return true
  if (char >= '0' && char <= '9' && /(?:^|\n)\s*\d+$/.test(text.slice(Math.max(0, index - 4), index + 1))) return true
  if (!SENTENCE_END.has(char)) return false
  if (char === '.' && previous && previous.end === index) {
    // "mevr. Claes", "J. Peeters": the full stop closes an abbreviation or an initial
    const initial = previous.text.length === 1 && !/[\p{L}\p{N}]/u.test(text.charAt(previous.start - 1))
    if (ABBREVIATIONS.has(previous.key) || initial) return false
  }
  return true
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index)
    if (char !== 32 && char !== 0xa0) return false
  }
  return true
}
