import { detect, type IdentityHints, type PiiKind, redactCase, type Span } from '../privacy/scrub'
import type { DraftForm, InterventionRow } from './schemas'

/**
 * The free-text fields of a case, by the name the form and the review step use for them.
 * Everything listed here is scrubbed before it is stored; nothing else in a case is free text.
 */
export function freeTextFields(form: DraftForm, rows: InterventionRow[]): { name: string; text: string }[] {
  const fields = [
    { name: 'vastgelopen', text: form.vastgelopen ?? '' },
    { name: 'vraag', text: form.vraag ?? '' },
    { name: 'partners', text: form.partners ?? '' },
    { name: 'urgentie_motivatie', text: form.urgentie_motivatie ?? '' },
    { name: 'antwoord', text: form.antwoord ?? '' },
    ...rows.flatMap((r, i) => [
      { name: `traject_aanbieder_${i}`, text: r.provider },
      { name: `traject_periode_${i}`, text: r.period },
      { name: `traject_effect_${i}`, text: r.effect },
    ]),
  ]
  return fields.filter((f) => f.text.length > 0)
}

/**
 * The referrer's corrections from the review step: detected spans they unmarked ("dit is geen
 * persoonsgegeven") and phrases they want hidden that the detector missed.
 */
export interface ReviewDecisions {
  keep: Set<string>
  hide: Map<string, { phrase: string; kind: PiiKind }[]>
}

export const spanKey = (field: string, span: Pick<Span, 'start' | 'end'>) => `${field}|${span.start}|${span.end}`

/** Detection with the referrer's corrections applied; every occurrence of an added phrase is hidden. */
export function reviewedSpans(field: string, text: string, identity: IdentityHints, review?: ReviewDecisions): Span[] {
  const detected = detect(text, identity).filter((s) => !review?.keep.has(spanKey(field, s)))
  const added: Span[] = []
  for (const { phrase, kind } of review?.hide.get(field) ?? []) {
    const needle = phrase.trim()
    if (!needle) continue
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) added.push({ start: i, end: i + needle.length, kind })
  }
  return mergeSpans([...detected, ...added])
}

/** Sorted, non-overlapping: where two spans overlap, the union keeps the earlier span's kind. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Span[] = []
  for (const s of sorted) {
    const last = out.at(-1)
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}

/** Redacts all free text of one case together, so placeholders are numbered consistently across fields. */
export function scrubCase(fields: { name: string; text: string }[], identity: IdentityHints, review?: ReviewDecisions): Map<string, string> {
  const result = redactCase(
    fields.map((f) => ({ ...f, spans: reviewedSpans(f.name, f.text, identity, review) })),
    identity,
  )
  return new Map(result.map((r) => [r.name, r.redacted]))
}
