import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { cases, identities } from '../../db/schema'
import { seedDemoCases } from '../../db/seed-cases'
import { testDeps } from '../support'

describe('demo cases', () => {
  it('files and triages them through the domain: an inbox and a queue per demo region, identities sealed', async () => {
    const { deps } = await testDeps()
    expect(await seedDemoCases(deps)).toBe(9)
    const rows = await deps.db.select({ status: cases.status, region: cases.regionCode, reference: cases.reference, acceptedAt: cases.acceptedAt }).from(cases)
    expect(rows.filter((r) => r.region === 'VB' && r.status === 'aanvaard')).toHaveLength(4)
    expect(rows.filter((r) => r.region === 'VB' && r.status === 'aangemeld')).toHaveLength(2)
    expect(rows.filter((r) => r.region === 'WVL' && r.status === 'aanvaard')).toHaveLength(2)
    expect(rows.every((r) => /^ROTS-(VB|WVL)-2026-\d{4}$/.test(r.reference ?? ''))).toBe(true)
    // waiting times differ, so the queue order is visible
    expect(new Set(rows.map((r) => r.acceptedAt?.getTime()).filter(Boolean)).size).toBe(6)
    expect(await deps.db.select().from(identities)).toHaveLength(9)
    const stored = JSON.stringify(await deps.db.select().from(cases).where(eq(cases.regionCode, 'VB')))
    expect(stored).not.toContain('Demeester')
  })

  it('runs only once', async () => {
    const { deps } = await testDeps()
    await seedDemoCases(deps)
    expect(await seedDemoCases(deps)).toBe(0)
  })
})
