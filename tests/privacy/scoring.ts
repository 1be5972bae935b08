import { detect, type PiiKind, redactCase, type Span } from '../../src/privacy/scrub'
import type { Narrative } from './fixtures'

/** Kinds whose gold values must never survive redaction, whatever else is missed. */
export const ZERO_LEAK_KINDS: PiiKind[] = ['NATIONAL_ID', 'PHONE', 'EMAIL', 'IBAN']

export interface Score {
  narratives: number
  entities: number
  found: number
  recall: number
  precision: number
  perKind: Record<string, { gold: number; found: number; recall: number; leaks: number }>
  /** gold values still present in the redacted text, per kind */
  leaks: Record<string, number>
  /** the case's own identity values still present in the redacted text */
  identityLeaks: number
  misses: { id: string; kind: PiiKind; value: string }[]
  falsePositives: { id: string; kind: PiiKind; value: string }[]
}

/**
 * Entity recall: a gold entity counts as found when ≥ 80% of its characters lie in detected spans
 * (of any kind: what matters is that it is masked). Character precision: detected characters that
 * lie in a gold entity / all detected characters.
 */
export function score(narratives: Narrative[]): Score {
  const perKind: Score['perKind'] = {}
  const leaks: Record<string, number> = {}
  const misses: Score['misses'] = []
  const falsePositives: Score['falsePositives'] = []
  let entities = 0
  let found = 0
  let detectedChars = 0
  let correctChars = 0
  let identityLeaks = 0
  for (const narrative of narratives) {
    const spans = detect(narrative.text, narrative.identity)
    const covered = coverage(narrative.text.length, spans)
    const gold = coverage(
      narrative.text.length,
      narrative.gold.map((entity) => ({ ...entity })),
    )
    for (let index = 0; index < covered.length; index++) {
      if (!covered[index]) continue
      detectedChars++
      if (gold[index]) correctChars++
    }
    const [result] = redactCase([{ name: 'text', text: narrative.text, spans }], narrative.identity)
    const redacted = result?.redacted ?? ''
    for (const entity of narrative.gold) {
      perKind[entity.kind] ??= { gold: 0, found: 0, recall: 0, leaks: 0 }
      const kind = perKind[entity.kind] as Score['perKind'][string]
      kind.gold++
      entities++
      let inside = 0
      for (let index = entity.start; index < entity.end; index++) if (covered[index]) inside++
      if (inside >= 0.8 * (entity.end - entity.start)) {
        kind.found++
        found++
      } else misses.push({ id: narrative.id, kind: entity.kind, value: entity.value })
      if (containsWord(redacted, entity.value)) {
        kind.leaks++
        leaks[entity.kind] = (leaks[entity.kind] ?? 0) + 1
      }
    }
    for (const span of spans) {
      const overlapsGold = narrative.gold.some((entity) => span.start < entity.end && entity.start < span.end)
      if (!overlapsGold) falsePositives.push({ id: narrative.id, kind: span.kind, value: narrative.text.slice(span.start, span.end) })
    }
    identityLeaks += identityValues(narrative).filter((value) => {
      // literally present (as written), or a marked mention of it in any case ("yusuf") left unmasked;
      // the Dutch word "vos" in "de vos" is no mention of the surname Vos
      if (containsWord(redacted, value, true)) return true
      return narrative.gold.some((entity) => containsWord(entity.value, value) && !isCovered(covered, entity))
    }).length
  }
  for (const kind of Object.values(perKind)) kind.recall = kind.gold ? kind.found / kind.gold : 1
  return {
    narratives: narratives.length,
    entities,
    found,
    recall: entities ? found / entities : 1,
    precision: detectedChars ? correctChars / detectedChars : 1,
    perKind,
    leaks,
    identityLeaks,
    misses,
    falsePositives,
  }
}

function isCovered(covered: boolean[], span: Span): boolean {
  for (let index = span.start; index < span.end; index++) if (!covered[index]) return false
  return true
}

function coverage(length: number, spans: Span[]): boolean[] {
  const covered = new Array<boolean>(length).fill(false)
  for (const span of spans) for (let index = span.start; index < span.end; index++) covered[index] = true
  return covered
}

/** The identity values a leak check looks for: names, INSZ digits, school. */
export function identityValues({ identity }: Narrative): string[] {
  if (!identity) return []
  const values = [identity.firstName, identity.lastName, identity.school, identity.insz].filter((value): value is string => !!value?.trim())
  return values
}

/** On word boundaries ("Ali" is not leaked by "kwaliteit"), case-insensitive unless asked; INSZ also as bare digits. */
export function containsWord(text: string, value: string, caseSensitive = false): boolean {
  const escaped = value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu').test(text)) return true
  const digits = value.replace(/\D/g, '')
  return digits.length >= 9 && digits.length === value.replace(/[\s./-]/g, '').length && text.replace(/\D/g, '').includes(digits)
}
