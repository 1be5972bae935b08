import { describe, expect, it } from 'vitest'
import { signalResponses, signals } from '../../db/schema'
import { seedDemoCases } from '../../db/seed-cases'
import { seedDemoSignals } from '../../db/seed-signals'
import { testApp } from '../support'
import { ANALIST_ONDERWIJS, ANALIST_OPGROEIEN, COORDINATOR_VB } from './support'

describe('demo signals', () => {
  it('seeds signals in every status once, resting on the demo cases, readable by the right analists', async () => {
    const env = await testApp()
    await seedDemoCases(env.deps)
    expect(await seedDemoSignals(env.deps)).toBe(7)
    expect(await seedDemoSignals(env.deps)).toBe(0)
    const rows = await env.deps.db.select().from(signals)
    const byTitle = (t: string) => rows.find((r) => r.title === t)
    expect(byTitle('Te weinig time-outplaatsen voor de eerste graad')?.status).toBe('nieuw')
    expect(byTitle('Schoolweigering: hulp komt te laat')?.status).toBe('gebundeld')
    expect(rows.filter((r) => r.bundleId === byTitle('Schoolweigering: hulp komt te laat')?.id)).toHaveLength(2)
    expect(byTitle('Geen aanbod voor OKAN-verlaters zonder school')?.status).toBe('beantwoord')
    expect(byTitle('Deeltijds leren: te weinig werkplekken')).toMatchObject({ status: 'doorgestuurd', regionCode: 'WVL' })
    expect(byTitle('Vervoer naar het NAFT-project onbetaalbaar')?.status).toBe('afgesloten')
    expect(await env.deps.db.select().from(signalResponses)).toHaveLength(1)

    const opgroeien = await (await env.client.get('/signalen', await env.client.login(ANALIST_OPGROEIEN))).text()
    expect(opgroeien).toContain('Geen aanbod voor OKAN-verlaters zonder school')
    expect(opgroeien).not.toContain('Deeltijds leren')
    const onderwijs = await (await env.client.get('/signalen', await env.client.login(ANALIST_ONDERWIJS))).text()
    expect(onderwijs).toContain('Deeltijds leren: te weinig werkplekken')
    expect(onderwijs).not.toContain('OKAN-verlaters')
    const register = await (await env.client.get('/signalen', await env.client.login(COORDINATOR_VB))).text()
    expect(register).toContain('bundel van 2 signalen')
    expect(register).toMatch(/ROTS-VB-2026-\d{4}|<td>2<\/td>/)
  })
})
