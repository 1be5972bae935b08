import type { ReviewField, ReviewSegment } from '../../views/cases/review'
import { type ReviewDecisions, spanKey } from '../cases/free-text'
import { detect, type IdentityHints, PLACEHOLDER_LABELS, redactCase, type Span } from '../privacy/scrub'

// A signal may rest on several cases, each with its own young person: the text is checked against
// every one of their identities (as hints only, never shown), so a name heard at any of those
// tables is hidden. The review step is the consult's: unmark what is not personal, add what was missed.

const LABELS: Record<string, string> = { titel: 'Titel', beschrijving: 'Beschrijving', antwoord: 'Antwoord' }

/** The free text of a signal form, by the name the form and the review step use. */
export function signalFreeText(form: { titel: string; beschrijving: string }) {
  return [
    { name: 'titel', text: form.titel },
    { name: 'beschrijving', text: form.beschrijving },
  ].filter((f) => f.text.length > 0)
}

/** Spans found under any of the identities, with the reviewer's corrections applied. */
export function signalSpans(field: string, text: string, identities: IdentityHints[], review?: ReviewDecisions): Span[] {
  const found = (identities.length > 0 ? identities : [undefined]).flatMap((identity) => detect(text, identity))
  const detected = merge(found).filter((s) => !review?.keep.has(spanKey(field, s)))
  const added: Span[] = []
  for (const { phrase, kind } of review?.hide.get(field) ?? []) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) added.push({ start: i, end: i + phrase.length, kind })
  }
  return merge([...detected, ...added])
}

/** The text as it will be stored: placeholders numbered consistently across the fields. */
export function scrubSignalText(fields: { name: string; text: string }[], identities: IdentityHints[], review?: ReviewDecisions): Map<string, string> {
  const result = redactCase(
    fields.map((f) => ({ ...f, spans: signalSpans(f.name, f.text, identities, review) })),
    identities[0],
  )
  return new Map(result.map((r) => [r.name, r.redacted]))
}

/** Each field as plain text and marked spans, beside what will be stored, for the review page. */
export function signalReviewFields(fields: { name: string; text: string }[], identities: IdentityHints[], review: ReviewDecisions): ReviewField[] {
  const redacted = scrubSignalText(fields, identities, review)
  return fields.map((f) => {
    const segments: ReviewSegment[] = []
    let at = 0
    for (const s of signalSpans(f.name, f.text, identities, review)) {
      if (s.start > at) segments.push({ text: f.text.slice(at, s.start) })
      segments.push({ text: f.text.slice(s.start, s.end), span: { key: spanKey(f.name, s), kindLabel: PLACEHOLDER_LABELS[s.kind].toLowerCase() } })
      at = s.end
    }
    if (at < f.text.length) segments.push({ text: f.text.slice(at) })
    return { name: f.name, label: LABELS[f.name] ?? f.name, segments, redacted: redacted.get(f.name) ?? '' }
  })
}

/** Sorted and non-overlapping; overlapping spans become their union, with the earlier one's kind. */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Span[] = []
  for (const s of sorted) {
    const last = out.at(-1)
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}
