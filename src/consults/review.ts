import type { ReviewField } from '../../views/cases/review'
import { toList } from '../cases/form-values'
import { type ReviewDecisions, scrubCase } from '../cases/free-text'
import { reviewFields } from '../cases/review'
import { consultFieldLabel, consultFreeText } from './free-text'
import type { ConsultPlan } from './record'
import { parseConsultForm } from './schemas'

// The same review step as at intake: the coordinator sees what the scrubber will hide, unmarks
// what is not personal data and adds what it missed, before anything is stored.

/** The bespreking's free text as the review step shows it, or the form's problems. */
export function consultReview(
  plan: ConsultPlan,
  body: Record<string, string | string[]>,
  decisions: ReviewDecisions,
): { ok: true; fields: ReviewField[] } | { ok: false; errors: Record<string, string> } {
  const parsed = parseConsultForm(body, plan.context)
  if (!parsed.ok) return parsed
  const fields = consultFreeText(parsed.form, parsed.actions)
  const redacted = scrubCase(fields, plan.hints, decisions)
  return { ok: true, fields: reviewFields(fields, plan.hints, decisions, redacted).map((f) => ({ ...f, label: consultFieldLabel(f.name) })) }
}

/**
 * Every posted value for the review form's hidden inputs, except the button and empty "also hide"
 * boxes: the review step itself stores nothing.
 */
export function carriedValues(body: Record<string, string | string[]>): [string, string][] {
  return Object.entries(body)
    .filter(([k]) => k !== 'actie')
    .flatMap(([k, v]) => toList(v).map((x) => [k, x] as [string, string]))
    .filter(([k, v]) => !(k.startsWith('verberg_') && !k.startsWith('verberg_soort_') && !v.trim()))
}
