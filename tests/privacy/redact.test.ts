import { describe, expect, it } from 'vitest'
import { PLACEHOLDER_LABELS, redactCase } from '../../src/privacy/scrub'

describe('redactCase', () => {
  it('should replace each span with a numbered, typed placeholder', () => {
    const [result] = redactCase([{ name: 'situatie', text: 'Yusuf woont in Gent, bel 0478 12 34 56.' }])
    expect(result?.redacted).toBe('[PERSOON 1] woont in [GEMEENTE 1], bel [TELEFOON 1].')
    expect(result?.spans.map((span) => span.placeholder)).toEqual(['[PERSOON 1]', '[GEMEENTE 1]', '[TELEFOON 1]'])
  })

  it('should keep numbers consistent across the fields of one case', () => {
    const results = redactCase([
      { name: 'situatie', text: 'Mama Fatima en juf Anja zijn bezorgd.' },
      { name: 'vraag', text: 'Kan juf Anja samen met mama Fatima komen?' },
    ])
    expect(results.map((result) => result.redacted)).toEqual([
      'Mama [PERSOON 1] en juf [PERSOON 2] zijn bezorgd.',
      'Kan juf [PERSOON 2] samen met mama [PERSOON 1] komen?',
    ])
  })

  it('should give a first name alone the number of the full name it belongs to, whichever comes first', () => {
    const results = redactCase([
      { name: 'a', text: 'Gesprek met Yusuf.' },
      { name: 'b', text: 'Yusuf El Amrani en zijn broer Hamza.' },
    ])
    expect(results.map((result) => result.redacted)).toEqual(['Gesprek met [PERSOON 1].', '[PERSOON 1] en zijn broer [PERSOON 2].'])
  })

  it('should match names regardless of case, accents and possessives', () => {
    const [result] = redactCase([{ name: 'a', text: 'Ayşe belde. Ayse’s zoon en AYSE zelf.' }], { firstName: 'Ayşe' })
    expect(result?.redacted).toBe('[PERSOON 1] belde. [PERSOON 1] zoon en [PERSOON 1] zelf.')
  })

  it('should number the identity’s name parts as one person', () => {
    const [result] = redactCase([{ name: 'a', text: 'El Amrani belde over Yusuf.' }], { firstName: 'Yusuf', lastName: 'El Amrani' })
    expect(result?.redacted).toBe('[PERSOON 1] belde over [PERSOON 1].')
  })

  it('should treat differently written phone numbers as the same number', () => {
    const [result] = redactCase([{ name: 'a', text: 'Bel 0478/12.34.56 of +32 478 12 34 56.' }])
    expect(result?.redacted).toBe('Bel [TELEFOON 1] of [TELEFOON 1].')
  })

  it('should use the spans a reviewer passed in instead of detecting', () => {
    const text = 'Yusuf speelt bij KV Mechelen.'
    const [result] = redactCase([{ name: 'a', text, spans: [{ start: 17, end: 28, kind: 'CITY' }] }])
    expect(result?.redacted).toBe('Yusuf speelt bij [GEMEENTE 1].')
  })

  it('should drop reviewer spans that overlap or fall outside the text', () => {
    const text = 'Yusuf en Hamza'
    const [result] = redactCase([
      {
        name: 'a',
        text,
        spans: [
          { start: 0, end: 5, kind: 'PERSON' },
          { start: 3, end: 8, kind: 'PERSON' },
          { start: 9, end: 99, kind: 'PERSON' },
        ],
      },
    ])
    expect(result?.redacted).toBe('[PERSOON 1] en [PERSOON 2]')
  })

  it('should label every kind in Dutch', () => {
    expect(PLACEHOLDER_LABELS).toEqual({
      PERSON: 'PERSOON',
      ADDRESS: 'ADRES',
      CITY: 'GEMEENTE',
      PHONE: 'TELEFOON',
      EMAIL: 'E-MAIL',
      NATIONAL_ID: 'INSZ',
      DATE: 'DATUM',
      SCHOOL: 'SCHOOL',
      IBAN: 'IBAN',
      HANDLE: 'ACCOUNT',
      PLATE: 'NUMMERPLAAT',
      URL: 'URL',
    })
  })
})
