import type { ReviewField, ReviewSegment } from '../../views/cases/review'
import { type IdentityHints, type PiiKind, PLACEHOLDER_LABELS } from '../privacy/scrub'
import { toList } from './form-values'
import { type ReviewDecisions, reviewedSpans, spanKey } from './free-text'

// The review step before submitting: reading the referrer's corrections from the form, and
// showing each free-text field with what will be hidden.

export const PII_KIND_OPTIONS = (Object.entries(PLACEHOLDER_LABELS) as [PiiKind, string][]).map(([value, label]) => ({ value, label: label.toLowerCase() }))

/** The corrections posted by the review form: unmarked spans (`behoud`) and phrases to hide (`verberg_<veld>`). */
export function reviewDecisions(body: Record<string, string | string[]>): ReviewDecisions {
  const hide = new Map<string, { phrase: string; kind: PiiKind }[]>()
  for (const [key, value] of Object.entries(body)) {
    const field = /^verberg_(?!soort_)(.+)$/.exec(key)?.[1]
    if (!field) continue
    const kinds = toList(body[`verberg_soort_${field}`])
    toList(value).forEach((phrase, i) => {
      const kind = kinds[i] as PiiKind
      if (phrase.trim() && kind in PLACEHOLDER_LABELS) hide.set(field, [...(hide.get(field) ?? []), { phrase: phrase.trim(), kind }])
    })
  }
  return { keep: new Set(toList(body.behoud)), hide }
}

const FIELD_LABELS: Record<string, string> = {
  vastgelopen: 'Waarom zit het vast?',
  vraag: 'Vraag aan de tafel',
  partners: 'Betrokken partners',
  urgentie_motivatie: 'Motivatie urgentie',
  antwoord: 'Antwoord aan de coördinator',
}

function fieldLabel(name: string): string {
  const row = /^traject_(aanbieder|periode|effect)_(\d+)$/.exec(name)
  if (row) return `Traject ${Number(row[2]) + 1}: ${{ aanbieder: 'aanbieder', periode: 'periode', effect: 'effect' }[row[1] as 'aanbieder']}`
  return FIELD_LABELS[name] ?? name
}

/** Each field as segments of plain text and detected spans, beside the text that will be stored. */
export function reviewFields(
  fields: { name: string; text: string }[],
  hints: IdentityHints,
  decisions: ReviewDecisions,
  redacted: Map<string, string>,
): ReviewField[] {
  return fields.map((f) => {
    const segments: ReviewSegment[] = []
    let at = 0
    for (const s of reviewedSpans(f.name, f.text, hints, decisions)) {
      if (s.start > at) segments.push({ text: f.text.slice(at, s.start) })
      segments.push({ text: f.text.slice(s.start, s.end), span: { key: spanKey(f.name, s), kindLabel: PLACEHOLDER_LABELS[s.kind].toLowerCase() } })
      at = s.end
    }
    if (at < f.text.length) segments.push({ text: f.text.slice(at) })
    return { name: f.name, label: fieldLabel(f.name), segments, redacted: redacted.get(f.name) ?? '' }
  })
}
