import type { Candidate, Span } from './types'

/**
 * Turns overlapping candidates into sorted, disjoint spans: candidates of one kind that overlap are
 * joined; between kinds the higher weight wins, then the longer span. Spans that touch a
 * placeholder ("[PERSOON 1]") are dropped, so redacted text is never redacted again.
 */
export function resolve(text: string, candidates: Candidate[], protectedRanges: Span[]): Span[] {
  const textLength = text.length
  const valid = candidates
    .map((candidate) => ({ ...candidate, start: Math.max(0, candidate.start), end: Math.min(textLength, candidate.end) }))
    .filter((candidate) => candidate.end > candidate.start)
    .filter((candidate) => !protectedRanges.some((range) => candidate.start < range.end && range.start < candidate.end))
  const merged = mergeSameKind(valid)
  merged.sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const accepted: Span[] = []
  for (const candidate of merged) {
    // what a stronger span already covers is taken; the rest of this candidate still counts
    const pieces = remainder(candidate, accepted)
    const whole = pieces.length === 1 && pieces[0]?.start === candidate.start && pieces[0]?.end === candidate.end
    for (const piece of pieces) accepted.push(whole ? piece : trim(text, piece))
  }
  return accepted.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start)
}

function remainder(candidate: Span, accepted: Span[]): Span[] {
  let pieces: Span[] = [{ start: candidate.start, end: candidate.end, kind: candidate.kind }]
  if (!accepted.some((span) => span.start < candidate.end && candidate.start < span.end)) return pieces
  for (const span of accepted) {
    pieces = pieces.flatMap((piece) => {
      if (span.end <= piece.start || piece.end <= span.start) return [piece]
      return [
        { ...piece, end: span.start },
        { ...piece, start: span.end },
      ].filter((part) => part.end > part.start)
    })
  }
  return pieces
}

/** Leftovers of a split candidate lose the spaces and punctuation at their edges. */
function trim(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && !/[\p{L}\p{N}]/u.test(text.charAt(start))) start++
  while (end > start && !/[\p{L}\p{N}]/u.test(text.charAt(end - 1))) end--
  return { start, end, kind: span.kind }
}

function mergeSameKind(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.kind.localeCompare(b.kind) || a.start - b.start)
  const merged: Candidate[] = []
  for (const candidate of sorted) {
    const last = merged.at(-1)
    if (last && last.kind === candidate.kind && candidate.start < last.end) {
      last.end = Math.max(last.end, candidate.end)
      last.weight = Math.max(last.weight, candidate.weight)
    } else merged.push({ ...candidate })
  }
  return merged
}
