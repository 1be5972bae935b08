import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detect, type IdentityHints, redactCase } from '../../src/privacy/scrub'
import { loadNarratives } from './fixtures'
import { containsWord } from './scoring'

const narratives = loadNarratives('tuning')
/** Realistic text to mix arbitrary strings into: words and lines from the annotated narratives. */
/** Pieces of the narratives cut at punctuation, so pieces of names, e-mails and dates meet in odd ways. */
const fragment = fc.constantFrom(...narratives.flatMap((narrative) => narrative.text.split(/(?<=[.\n @:,/-])|(?=[.@:,/-])/)))
const glue = fc.constantFrom('[', ']', '@', '.', '-', '0', '1', ' ', '\n', '(', ')', "'s", 's')
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.oneof(fragment, fragment, glue, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 25 }).map((parts) => parts.join('')),
)

describe('detect on arbitrary text', () => {
  it('should not crash and return sorted, disjoint spans within bounds', () => {
    fc.assert(
      fc.property(text, (value) => {
        const spans = detect(value)
        let previousEnd = 0
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd)
          expect(span.end).toBeGreaterThan(span.start)
          expect(span.end).toBeLessThanOrEqual(value.length)
          previousEnd = span.end
        }
      }),
      { numRuns: 400 },
    )
  })

  it('should be deterministic', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(detect(value)).toEqual(detect(value))
      }),
      { numRuns: 200 },
    )
  })

  it('should leave its own redacted output unchanged (placeholders are never detected again)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const [once] = redactCase([{ name: 'a', text: value }])
        const [twice] = redactCase([{ name: 'a', text: once?.redacted ?? '' }])
        expect(twice?.redacted).toBe(once?.redacted)
      }),
      { numRuns: 400 },
    )
  })
})

const nameLike = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTVWYZ'), fc.string({ unit: fc.constantFrom(...'aeiouylnrstkmdhz'), minLength: 2, maxLength: 8 }))
  .map(([initial, rest]) => initial + rest)
const identity = fc.record(
  {
    firstName: fc.oneof(nameLike, fc.constantFrom('Yusuf', 'Zeynep', 'Mbuyi', 'Lotte', 'Senait', 'Kacper')),
    lastName: fc.oneof(nameLike, fc.constantFrom('El Amrani', 'Peeters', 'Tshibanda', 'Van den Broeck', 'Yıldız')),
    insz: fc.constantFrom('10.03.14-123.08', '78110423304', '10031412399'),
    school: fc.constantFrom('Sint-Jozefscollege Aalst', 'GO! atheneum Voskenslaan', 'basisschool De Wegwijzer'),
  },
  { requiredKeys: ['firstName'] },
)

describe('redactCase with identity hints', () => {
  it('should never output an identity value that the text contains', () => {
    fc.assert(
      fc.property(identity, fc.array(fragment, { maxLength: 6 }), fc.nat(), (hints: IdentityHints, parts, seed) => {
        const values = [hints.firstName, hints.lastName, hints.insz, hints.school].filter((value): value is string => !!value)
        const words = [...parts]
        values.forEach((value, index) => {
          words.splice((seed + index) % (words.length + 1), 0, value)
        })
        const [result] = redactCase([{ name: 'a', text: words.join(' ') }], hints)
        for (const value of values) expect(containsWord(result?.redacted ?? '', value)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})
