import { detect } from './detect'
import { PLACEHOLDER_LABELS } from './labels'
import { foldPhrase } from './normalize'
import type { IdentityHints, PiiKind, Span } from './types'

type Field = { name: string; text: string; spans?: Span[] }
type RedactedSpan = Span & { placeholder: string }

/**
 * Redacts several free-text fields of one case together: numbered, typed placeholders that stay
 * consistent across all fields of the case (same person → same [PERSOON 1], matching by normalised
 * value: case/accents/possessive-insensitive; a first name alone that belongs to an already numbered
 * full name gets the same number). `spans` per field may be passed in (after the user unmarked or
 * added spans in a review step); if omitted, detect() is used.
 */
export function redactCase(fields: Field[], identity?: IdentityHints): { name: string; text: string; redacted: string; spans: RedactedSpan[] }[] {
  const perField = fields.map((field) => ({ field, spans: disjoint(field.spans ?? detect(field.text, identity), field.text.length) }))
  const mentions = perField.flatMap(({ field, spans }) => spans.map((span) => ({ span, value: field.text.slice(span.start, span.end) })))
  const numbers = numberMentions(mentions, identity)
  return perField.map(({ field, spans }) => {
    const labelled = spans.map((span) => {
      const number = numbers.get(`${span.kind}:${normalise(span.kind, field.text.slice(span.start, span.end))}`) ?? 0
      return { ...span, placeholder: `[${PLACEHOLDER_LABELS[span.kind]} ${number}]` }
    })
    let redacted = ''
    let at = 0
    for (const span of labelled) {
      redacted += field.text.slice(at, span.start) + span.placeholder
      at = span.end
    }
    return { name: field.name, text: field.text, redacted: redacted + field.text.slice(at), spans: labelled }
  })
}

/** Spans a reviewer passed in may be unsorted or overlap: keep the first of overlapping ones, within bounds. */
function disjoint(spans: Span[], length: number): Span[] {
  const sorted = spans
    .map((span) => ({ start: Math.max(0, Math.floor(span.start)), end: Math.min(length, Math.floor(span.end)), kind: span.kind }))
    .filter((span) => span.end > span.start && span.kind in PLACEHOLDER_LABELS)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Span[] = []
  for (const span of sorted) if (!kept.length || span.start >= (kept.at(-1) as Span).end) kept.push(span)
  return kept
}

/**
 * Numbers per kind in order of first mention. Person names are grouped first: every word of a
 * full name (and the identity's own name) points to that name's group, so "Yusuf", "El Amrani" and
 * "Yusuf El Amrani" share one number, whichever comes first.
 */
function numberMentions(mentions: { span: Span; value: string }[], identity: IdentityHints | undefined): Map<string, number> {
  const groupOf = personGroups(mentions, identity)
  const numbers = new Map<string, number>()
  const counters = new Map<PiiKind, number>()
  const groupNumbers = new Map<string, number>()
  for (const { span, value } of mentions) {
    const key = normalise(span.kind, value)
    if (numbers.has(`${span.kind}:${key}`)) continue
    const group = span.kind === 'PERSON' ? (groupOf.get(key) ?? key) : key
    let number = groupNumbers.get(`${span.kind}:${group}`)
    if (number === undefined) {
      number = (counters.get(span.kind) ?? 0) + 1
      counters.set(span.kind, number)
      groupNumbers.set(`${span.kind}:${group}`, number)
    }
    numbers.set(`${span.kind}:${key}`, number)
  }
  return numbers
}

function personGroups(mentions: { span: Span; value: string }[], identity: IdentityHints | undefined): Map<string, string> {
  const groupOf = new Map<string, string>()
  const keys = mentions.filter(({ span }) => span.kind === 'PERSON').map(({ value }) => normalise('PERSON', value))
  const own = identity ? normalise('PERSON', `${identity.firstName ?? ''} ${identity.lastName ?? ''}`) : ''
  for (const name of [own, ...keys].filter((key) => key.includes(' '))) {
    const group = groupOf.get(name) ?? name
    const words = name.split(' ')
    // every leading and trailing part: "yusuf", "el amrani", "amrani" all belong to "yusuf el amrani"
    for (let cut = 1; cut <= words.length; cut++) {
      for (const part of [words.slice(0, cut), words.slice(words.length - cut)]) {
        const key = part.join(' ')
        if (key.length >= 2 && !PARTICLES.has(key) && !groupOf.has(key)) groupOf.set(key, group)
      }
    }
  }
  for (const key of keys) {
    const base = key.replace(/s$/, '')
    if (!groupOf.has(key) && groupOf.has(base)) groupOf.set(key, groupOf.get(base) as string)
  }
  return groupOf
}

const PARTICLES = new Set(['van', 'de', 'der', 'den', 'el', 'al', 'ben', 'ter', 'ten', 'le', 'la', 'du', 'da', 'di'])

/** The value that decides "same thing": case, accents, punctuation and possessives do not count. */
function normalise(kind: PiiKind, value: string): string {
  switch (kind) {
    case 'PHONE':
      return value.replace(/\D/g, '').replace(/^(?:0032|32)/, '0')
    case 'NATIONAL_ID':
    case 'IBAN':
    case 'PLATE':
      return value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase()
    case 'EMAIL':
    case 'URL':
    case 'HANDLE':
      return value.toLowerCase()
    case 'PERSON':
      return foldPhrase(value.replace(/\b\p{Lu}\.\s*/gu, (initial) => `${initial.charAt(0)} `))
        .replace(/'s?\b/g, '')
        .replace(/[^a-z' ]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    default:
      return foldPhrase(value).replace(/[^\p{L}\p{N} ]/gu, '')
  }
}
