import { isValidIban, isValidInsz } from './checksums'
import { type Candidate, type PiiKind, WEIGHT } from './types'

/** Structured identifiers: e-mail, URL, social handle, phone, INSZ, IBAN, licence plate. */
export function findPatterns(text: string): Candidate[] {
  const found: Candidate[] = []
  const add = (start: number, end: number, kind: PiiKind, weight: number) => found.push({ start, end, kind, weight })
  for (const [start, end] of emails(text)) add(start, end, 'EMAIL', WEIGHT.structured + 5)
  for (const pattern of [URL_PATTERN, DOMAIN_PATTERN]) {
    if (pattern === DOMAIN_PATTERN && !TOP_LEVEL.test(text)) continue
    for (const match of text.matchAll(pattern)) {
      const value = match[0].replace(/[.,;:!?]+$/, '')
      add(match.index, match.index + value.length, 'URL', WEIGHT.structured + 4)
    }
  }
  for (const match of text.matchAll(HANDLE)) add(match.index, match.index + match[0].length, 'HANDLE', WEIGHT.structured)
  for (const match of text.matchAll(INSZ)) {
    if (isValidInsz(match[0].replace(/\D/g, ''))) add(match.index, match.index + match[0].length, 'NATIONAL_ID', WEIGHT.structured + 2)
  }
  IBAN_CANDIDATE.lastIndex = 0
  for (let match = IBAN_CANDIDATE.exec(text); match; match = IBAN_CANDIDATE.exec(text)) {
    const end = longestValidIban(match[0])
    if (end > 0) add(match.index, match.index + end, 'IBAN', WEIGHT.structured + 2)
    // a candidate may have run on into the next IBAN: look again right after what was used
    IBAN_CANDIDATE.lastIndex = match.index + Math.max(end, 1)
  }
  for (const pattern of [PHONE_BE, PHONE_INTERNATIONAL]) {
    for (const match of text.matchAll(pattern)) add(match.index, match.index + match[0].length, 'PHONE', WEIGHT.structured)
  }
  for (const match of text.matchAll(PLATE)) add(match.index, match.index + match[0].length, 'PLATE', WEIGHT.pattern)
  return found
}

/** Scans from each @ rather than trying an e-mail pattern at every position of the text. */
function emails(text: string): [number, number][] {
  const found: [number, number][] = []
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && LOCAL_CHAR.test(text.charAt(start - 1))) start--
    while (start < at && text.charAt(start) === '.') start++
    if (start === at || found.some(([, end]) => end > start)) continue
    DOMAIN.lastIndex = at + 1
    const domain = DOMAIN.exec(text)
    if (domain) found.push([start, DOMAIN.lastIndex])
  }
  return found
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/gi
/** A bare domain ("instagram.com/yusuf", "clb-kempen.be"), only looked for when a known ending occurs at all. */
const TOP_LEVEL = /\.(?:be|com|nl|org|net|eu|fr|io|me|tv|ly|app)\b/i
const DOMAIN_PATTERN = /\b(?<![@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:be|com|nl|org|net|eu|fr|io|me|tv|ly|app)(?:\/[^\s<>"'()[\]]*|\b)(?![@\w-])/gi

/** @name, but not the @ inside an e-mail address or a URL path. */
const HANDLE = /(?<![\p{L}\p{N}._%+/\]-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_@])/gu

/** 11 digits as yymmdd xxx cc, with or without the usual dots, dashes and spaces. */
const INSZ = /(?<![\d./-])\d{2}[. ]?\d{2}[. ]?\d{2}[ .-]?\d{3}[. -]?\d{2}(?![\d]|[./-]\d)/g

const IBAN_CANDIDATE = /\b[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]){10,32}/g

/** The printed form may run into the next word ("BE14 0631 2345 6783 op naam van"): keep the longest prefix that validates. */
function longestValidIban(candidate: string): number {
  for (let end = candidate.length; end >= 15; end--) {
    if (/[ \u00a0]/.test(candidate.charAt(end - 1))) continue
    if (isValidIban(candidate.slice(0, end))) return end
  }
  return 0
}

// Belgian numbers: 0 or +32/0032 (optionally "(0)"), then 9 digits for mobiles (4xx) or 8 for fixed lines,
// grouped by spaces, dots, slashes or dashes: 0478/12 34 56, 02 123 45 67, 016/22.33.44, +32 478 12 34 56.
const SEP = String.raw`(?:\s?[./-]\s?|[ \u00a0])?`
const PREFIX = String.raw`(?:(?:\+|00)\s?32\s?(?:\(0\)\s?)?|\(?0)`
const PHONE_BE = new RegExp(String.raw`(?<![\dA-Za-z+]|\d[./-])${PREFIX}(?:4\)?(?:${SEP}\d){8}|[1-9]\)?(?:${SEP}\d){7})(?!\d|[./-]\d|[ \u00a0]\d{1,2}\b)`, 'g')
/** Other countries, always written with + and a country code: +31 6 12345678, +212 661 23 45 67. */
const PHONE_INTERNATIONAL = /(?<![\d+])\+(?!32)[1-9]\d{0,2}(?:[\s./-]?\(?\d\)?){7,12}(?![\d])/g

/** Belgian plates: 1-ABC-123 (2010 on, also without dashes), ABC-123 and 123-ABC (older). */
const PLATE = /(?<![A-Za-z0-9\u00c0-\u024f-])(?:[1-9][- ]?[A-Z]{3}[- ]?\d{3}|[A-Z]{3}-\d{3}|\d{3}-[A-Z]{3})(?![A-Za-z0-9\u00c0-\u024f]|-[A-Za-z0-9])/g
