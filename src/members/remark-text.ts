import { type ReviewDecisions, reviewedSpans } from '../cases/free-text'
import { type IdentityHints, PLACEHOLDER_LABELS, redactCase } from '../privacy/scrub'

/** The form field of a remark, and its name in the review step. */
export const REMARK_FIELD = 'opmerking'

const PLACEHOLDER = new RegExp(`\\[(${Object.values(PLACEHOLDER_LABELS).join('|')}) (\\d+)\\]`, 'g')

/**
 * Scrubs a remark with the author's review decisions. Members never see the originals behind the
 * file's placeholders, so a name in a remark cannot be matched to them: its placeholder gets a
 * number after every one already used in the file, the other remarks and the remark itself. The
 * same person may then carry two numbers, which is better than a number that points at someone else.
 */
export function redactRemark(text: string, decisions: ReviewDecisions | undefined, context: readonly string[], hints: IdentityHints = {}): string {
  const spans = reviewedSpans(REMARK_FIELD, text, hints, decisions)
  const [result] = redactCase([{ name: REMARK_FIELD, text, spans }])
  if (!result) return text
  const taken = highestNumbers([...context, text])
  let out = ''
  let at = 0
  for (const span of result.spans) {
    const label = PLACEHOLDER_LABELS[span.kind]
    const number = Number(/ (\d+)\]$/.exec(span.placeholder)?.[1] ?? 0)
    out += `${text.slice(at, span.start)}[${label} ${number + (taken.get(label) ?? 0)}]`
    at = span.end
  }
  return out + text.slice(at)
}

function highestNumbers(texts: readonly string[]): Map<string, number> {
  const highest = new Map<string, number>()
  for (const text of texts) for (const [, label = '', n] of text.matchAll(PLACEHOLDER)) highest.set(label, Math.max(highest.get(label) ?? 0, Number(n)))
  return highest
}
