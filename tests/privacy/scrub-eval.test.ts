import { describe, expect, it } from 'vitest'
import { loadNarratives } from './fixtures'
import { score, ZERO_LEAK_KINDS } from './scoring'

// Thresholds sit just below the numbers measured with `npm run eval:scrub`, so a regression fails.
// Throughput is only printed by eval:scrub: timings on a shared machine are too noisy to assert.
describe.each([
  ['tuning', { recall: 0.985, precision: 0.985 }],
  ['heldout', { recall: 0.965, precision: 0.98 }],
] as const)('the %s narratives', (portion, minimum) => {
  const result = score(loadNarratives(portion))

  it(`should find at least ${minimum.recall * 100}% of the entities`, () => {
    expect(result.recall).toBeGreaterThanOrEqual(minimum.recall)
  })

  it(`should be right about at least ${minimum.precision * 100}% of the characters it marks`, () => {
    expect(result.precision).toBeGreaterThanOrEqual(minimum.precision)
  })

  it('should leak no INSZ, phone number, e-mail address or IBAN', () => {
    for (const kind of ZERO_LEAK_KINDS) expect(result.leaks[kind] ?? 0, kind).toBe(0)
  })

  it('should leak no value of the case’s own identity', () => {
    expect(result.identityLeaks).toBe(0)
  })
})

describe('the annotated narratives', () => {
  it('should hold at least 60 cases, 20 of them held out', () => {
    expect(loadNarratives('tuning').length + loadNarratives('heldout').length).toBeGreaterThanOrEqual(80)
    expect(loadNarratives('heldout').length).toBeGreaterThanOrEqual(20)
  })

  it('should mark every mention of a name it marks once', () => {
    for (const narrative of [...loadNarratives('tuning'), ...loadNarratives('heldout')]) {
      const covered = (index: number) => narrative.gold.some((entity) => entity.start <= index && index < entity.end)
      const names = new Set(narrative.gold.filter((entity) => entity.kind === 'PERSON').flatMap((entity) => entity.value.match(/\p{Lu}\p{Ll}{2,}/gu) ?? []))
      for (const name of names) {
        for (const match of narrative.text.matchAll(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu'))) {
          expect(covered(match.index), `${narrative.id}: unmarked "${name}" at ${match.index}`).toBe(true)
        }
      }
    }
  })
})
