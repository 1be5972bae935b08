import { describe, expect, it } from 'vitest'
import type { AuthUser } from '../../src/auth/access'
import { redactRemark } from '../../src/members/remark-text'
import { canRemarkOn, canSeeCaseOn, canSeeZitting, visibleItems, type ZittingAccess } from '../../src/members/visibility'

const user = (id: string, regionCode = 'VB'): AuthUser => ({
  id,
  email: `${id}@rots.example`,
  name: id,
  organisationId: 'org',
  organisationName: 'Org',
  grants: [{ role: 'tafellid', regionCode }],
})

const zitting = (over: Partial<ZittingAccess> = {}): ZittingAccess => ({
  id: 'z',
  date: '2026-03-19',
  status: 'gepland',
  agendaSentAt: new Date('2026-03-05T10:00:00Z'),
  regionCode: 'VB',
  memberIds: ['lid'],
  items: [
    { caseId: 'b', position: 1 },
    { caseId: 'a', position: 0 },
  ],
  guests: [{ caseId: 'b', userId: 'gast' }],
  ...over,
})

describe('what a participant sees of one zitting', () => {
  it('gives a standing member the whole agenda in slot order, a guest only their case', () => {
    expect(visibleItems(user('lid'), zitting(), '2026-03-10').map((i) => i.caseId)).toEqual(['a', 'b'])
    expect(visibleItems(user('gast'), zitting(), '2026-03-10').map((i) => i.caseId)).toEqual(['b'])
    expect(canSeeCaseOn(user('gast'), zitting(), 'a', '2026-03-10')).toBe(false)
    expect(visibleItems(user('ander'), zitting(), '2026-03-10')).toEqual([])
  })

  it('shows a standing member a sent agenda that is still empty, but not a guest without a case', () => {
    expect(canSeeZitting(user('lid'), zitting({ items: [] }), '2026-03-10')).toBe(true)
    expect(canSeeZitting(user('gast'), zitting({ items: [] }), '2026-03-10')).toBe(false)
  })

  it('follows the window of the access rule, and never opens a case that is not on the agenda', () => {
    expect(canSeeZitting(user('lid'), zitting({ agendaSentAt: null }), '2026-03-10')).toBe(false)
    expect(canSeeZitting(user('lid'), zitting(), '2026-04-18')).toBe(true)
    expect(canSeeZitting(user('lid'), zitting(), '2026-04-19')).toBe(false)
    expect(canRemarkOn(user('lid'), zitting(), 'a', '2026-03-19')).toBe(true)
    expect(canRemarkOn(user('lid'), zitting(), 'a', '2026-03-20')).toBe(false)
    expect(canSeeCaseOn(user('lid'), zitting(), 'elders', '2026-03-10')).toBe(false)
    expect(canSeeZitting(user('lid', 'WVL'), zitting(), '2026-03-10')).toBe(false)
  })
})

describe('remark placeholders', () => {
  it('continues the numbering of the file, per kind', () => {
    const context = ['[PERSOON 1] en [PERSOON 3] wonen in [GEMEENTE 1].']
    const out = redactRemark('Bel mevrouw Peeters op 0470 12 34 56 over [PERSOON 1].', undefined, context)
    expect(out).toBe('Bel mevrouw [PERSOON 4] op [TELEFOON 1] over [PERSOON 1].')
  })
})
