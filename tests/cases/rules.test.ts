import { describe, expect, it } from 'vitest'
import { ageOn, belgianDate, submitProblems } from '../../src/cases/rules'
import { draftSchema, interventionRows } from '../../src/cases/schemas'
import { COMPLETE } from './support'

const today = '2026-03-02'
const problems = (input: Record<string, unknown>, sector: 'clb' | 'jeugdhulp' = 'clb') => {
  const form = draftSchema.parse(input)
  return submitProblems(form, interventionRows(form).rows, { referrerSector: sector, today })
}

describe('submission rules', () => {
  it('accepts a complete aanmelding', () => {
    expect(problems(COMPLETE)).toEqual({})
  })

  it('requires consent for the chosen format, and says why', () => {
    expect(problems({ ...COMPLETE, toestemming: ['statistiek'] }).toestemming).toContain('Zonder toestemming voor een consult')
    expect(problems({ ...COMPLETE, formaat: 'overlegtafel' }).toestemming).toContain('overlegtafel')
  })

  it('requires a motivation for crisis only', () => {
    expect(problems({ ...COMPLETE, urgentie: 'crisis' }).urgentie_motivatie).toBe('Motiveer waarom dit een crisis is.')
    expect(problems({ ...COMPLETE, urgentie: 'crisis', urgentie_motivatie: 'Dreigende uithuisplaatsing' }).urgentie_motivatie).toBeUndefined()
  })

  it('asks a jeugdhulp referrer for the CLB agreement, not a CLB referrer', () => {
    expect(problems(COMPLETE, 'jeugdhulp').clb_akkoord).toContain('akkoord van het CLB')
    expect(problems({ ...COMPLETE, clb_akkoord: 'ja' }, 'jeugdhulp').clb_akkoord).toBeUndefined()
  })

  it('requires every eligibility condition', () => {
    expect(problems({ ...COMPLETE, geschiktheid: ['trajecten_geprobeerd'] }).geschiktheid).toContain('nog niet bevestigd')
  })

  it('requires at least one earlier trajectory', () => {
    expect(problems({ ...COMPLETE, traject_type: [], traject_aanbieder: [], traject_periode: [], traject_effect: [] }).traject).toBeDefined()
  })

  it('requires the study type in the 2nd and 3rd degree only', () => {
    expect(problems({ ...COMPLETE, studierichting: '' }).studierichting).toBeDefined()
    expect(problems({ ...COMPLETE, onderwijsniveau: 'lager', studierichting: '' }).studierichting).toBeUndefined()
  })

  it('requires partners for an overlegtafel', () => {
    expect(problems({ ...COMPLETE, formaat: 'overlegtafel', toestemming: ['overlegtafel'], partners: '' }).partners).toBeDefined()
  })

  it('refuses birth dates in the future or outside the school-age range', () => {
    expect(problems({ ...COMPLETE, geboortedatum: '2027-01-01' }).geboortedatum).toBe('De geboortedatum ligt in de toekomst.')
    expect(problems({ ...COMPLETE, geboortedatum: '1990-01-01' }).geboortedatum).toContain('36 jaar')
  })

  it('refuses consent dated in the future', () => {
    expect(problems({ ...COMPLETE, toestemming_datum: '2026-04-01' }).toestemming_datum).toBeDefined()
  })
})

describe('draft validation', () => {
  it('accepts an empty draft', () => {
    expect(draftSchema.safeParse({}).success).toBe(true)
  })

  it('reads Belgian dates and refuses impossible ones', () => {
    expect(draftSchema.parse({ geboortedatum: '14/03/2010' }).geboortedatum).toBe('2010-03-14')
    expect(draftSchema.safeParse({ geboortedatum: '31/02/2010' }).success).toBe(false)
  })

  it('checks the INSZ check digits, punctuated or not', () => {
    expect(draftSchema.parse({ insz: '85.07.30-033.28' }).insz).toBe('85073003328')
    expect(draftSchema.safeParse({ insz: '85073003329' }).success).toBe(false)
    // born in 2000 or later: the check uses a leading 2
    expect(draftSchema.parse({ insz: '10031412308' }).insz).toBe('10031412308')
  })

  it('refuses values outside the lists', () => {
    const result = draftSchema.safeParse({ themas: ['onbekend'], formaat: 'diner' })
    expect(result.success).toBe(false)
  })

  it('drops fully empty trajectory rows and flags rows without a type', () => {
    const form = draftSchema.parse({
      traject_type: ['', '', 'cgg'],
      traject_aanbieder: ['', 'iets', ''],
      traject_periode: ['', '', ''],
      traject_effect: ['', '', ''],
    })
    const { rows, errors } = interventionRows(form)
    expect(rows).toHaveLength(1)
    expect(errors).toEqual({ traject_type_1: 'Kies het soort interventie.' })
  })
})

describe('dates', () => {
  it('uses the Belgian calendar day', () => {
    expect(belgianDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02')
  })

  it('counts completed years', () => {
    expect(ageOn('2010-03-14', '2026-03-13')).toBe(15)
    expect(ageOn('2010-03-14', '2026-03-14')).toBe(16)
  })
})
