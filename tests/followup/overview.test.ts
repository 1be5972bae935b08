import { describe, expect, it } from 'vitest'
import { actions } from '../../db/schema'
import { newId } from '../../src/ids'
import { testApp } from '../support'
import { caseInFollowUp, grant } from './support'

// the test clock stands on Monday 2 March 2026
describe('the follow-up overview', () => {
  it('lists for the coordinator a passed follow-up date and a late action, most overdue first, not what is ahead', async () => {
    const env = await testApp()
    const late = await caseInFollowUp(env, { followUpDate: '2026-02-20', actionList: [{ description: 'x', ownerSector: 'ggz', dueDate: '2026-02-25' }] })
    const ahead = await caseInFollowUp(env, { followUpDate: '2026-03-10', actionList: [{ description: 'y', dueDate: '2026-03-12' }] })
    const html = await (await env.client.get('/opvolging', late.coordinator)).text()
    expect(html).toContain('Te late opvolging in uw regio')
    expect(html).toContain(late.reference)
    expect(html).not.toContain(ahead.reference)
    expect(html).toContain('2 items te laat')
    const rows = [
      ...html.matchAll(/<tr><td><a href="\/opvolging\/[a-z0-9]+">[^<]+<\/a><\/td><td>[^<]+<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><td>(\d+)<\/td><\/tr>/g),
    ].map((m) => [m[1], m[2], m[3]])
    expect(rows).toEqual([
      ['Opvolgdatum', '20/02/2026', '10'],
      ['Actie 1 (Geestelijke gezondheidszorg)', '25/02/2026', '5'],
    ])
  })

  it('drops a follow-up date once the follow-up is recorded, and a late action once it is done', async () => {
    const env = await testApp()
    const late = await caseInFollowUp(env, { followUpDate: '2026-02-20', actionList: [{ description: 'x', dueDate: '2026-02-25' }] })
    const statuses = Object.fromEntries(late.actionIds.map((id) => [`status_${id}`, 'uitgevoerd']))
    expect((await env.client.post(`/opvolging/${late.caseId}`, { uitkomst: 'terug_op_school', ...statuses }, late.referrer)).status).toBe(303)
    const html = await (await env.client.get('/opvolging', late.coordinator)).text()
    expect(html).not.toContain(late.reference)
    expect(html).toContain('Niets te laat')
  })

  it('pages a long overdue list', async () => {
    const env = await testApp()
    const late = await caseInFollowUp(env, { followUpDate: '2026-02-20' })
    const now = env.clock.now()
    for (let i = 0; i < 30; i++)
      await env.deps.db.insert(actions).values({
        id: newId(),
        consultId: late.consultId,
        caseId: late.caseId,
        position: i,
        description: 'z',
        ownerSector: 'clb',
        dueDate: '2026-02-26',
        updatedAt: now,
      })
    const first = await (await env.client.get('/opvolging', late.coordinator)).text()
    expect(first).toContain('31 items te laat')
    expect(first).toContain('Pagina 1 van 2')
    expect(first).toContain('sectie=achterstand&amp;pagina=2')
    const second = await (await env.client.get('/opvolging?sectie=achterstand&pagina=2', late.coordinator)).text()
    expect(second).toContain('Pagina 2 van 2')
    expect(second).toContain('Actie 30 (CLB)')
  })

  it("shows the referrer their organisation's cases with follow-up date and open actions", async () => {
    const env = await testApp()
    const c = await caseInFollowUp(env, {
      followUpDate: '2026-04-15',
      actionList: [
        { description: 'a', dueDate: '2026-03-20' },
        { description: 'b', dueDate: '2026-03-27', status: 'uitgevoerd' },
      ],
    })
    const html = await (await env.client.get('/opvolging', c.referrer)).text()
    expect(html).toContain('Casussen van uw organisatie in opvolging')
    expect(html).not.toContain('Te late opvolging in uw regio')
    expect(html).toContain(c.reference)
    expect(html).toContain('15/04/2026')
    expect(html).toMatch(/nog niet<\/td><td>1<\/td>/)
    const other = await env.client.login('aanmelder.wvl@rots.example')
    const theirs = await (await env.client.get('/opvolging', other)).text()
    expect(theirs).not.toContain(c.reference)
    expect(theirs).toContain('Uw organisatie heeft geen casussen in opvolging.')
  })

  it('shows both sections to a user who refers and coordinates', async () => {
    const env = await testApp()
    const c = await caseInFollowUp(env, { followUpDate: '2026-02-27' })
    await grant(env, 'aanmelder.vb@rots.example', 'coordinator', 'VB')
    const html = await (await env.client.get('/opvolging', c.referrer)).text()
    expect(html).toContain('Te late opvolging in uw regio')
    expect(html).toContain('Casussen van uw organisatie in opvolging')
    expect(html.split(c.reference).length - 1).toBe(2)
  })

  it('shows empty states', async () => {
    const env = await testApp()
    const coordinator = await env.client.login('coordinator.wvl@rots.example')
    const html = await (await env.client.get('/opvolging', coordinator)).text()
    expect(html).toContain('Niets te laat')
    expect(html).not.toContain('Casussen van uw organisatie in opvolging')
  })
})
