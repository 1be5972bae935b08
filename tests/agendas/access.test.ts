import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { grants, users, zittingen } from '../../db/schema'
import { newId } from '../../src/ids'
import { planning, queued, statusOf } from './support'

/** One case on the first VB zitting, and a login for someone else. */
async function booked(email: string) {
  const env = await planning()
  const a = await queued(env)
  await env.client.post('/planning/voorstel', { regio: 'VB' }, env.coordinator)
  const other = await env.client.login(email)
  return { ...env, a, other, url: `/planning/zittingen/${env.zittingIds[0]}` }
}

describe('who may plan', () => {
  it('refuses the coordinator of another region, on every page and action', async () => {
    const env = await booked('coordinator.wvl@rots.example')
    const own = await env.client.get('/planning', env.other)
    expect(own.status).toBe(200)
    expect(await own.text()).toContain('Planning · West-Vlaanderen')
    expect((await env.client.get('/planning?regio=VB', env.other)).status).toBe(403)
    expect((await env.client.get(env.url, env.other)).status).toBe(403)
    expect((await env.client.post('/planning/voorstel', { regio: 'VB' }, env.other)).status).toBe(403)
    expect((await env.client.post(`${env.url}/casussen/${env.a.caseId}/volgorde`, { richting: 'neer' }, env.other)).status).toBe(403)
    expect((await env.client.post(`${env.url}/casussen/${env.a.caseId}/verwijderen`, {}, env.other)).status).toBe(403)
    expect((await env.client.post(`${env.url}/versturen`, {}, env.other)).status).toBe(403)
    expect((await statusOf(env, env.a.caseId))?.status).toBe('ingepland')
  })

  it('refuses referrers and table members', async () => {
    for (const email of ['aanmelder.vb@rots.example', 'tafellid.vb@rots.example']) {
      const env = await booked(email)
      expect((await env.client.get('/planning', env.other)).status, email).toBe(403)
      expect((await env.client.get(env.url, env.other)).status, email).toBe(403)
      expect((await env.client.post('/planning/voorstel', { regio: 'VB' }, env.other)).status, email).toBe(403)
      expect((await env.client.post(`${env.url}/versturen`, {}, env.other)).status, email).toBe(403)
    }
  })

  it('sends a visitor who is not signed in to the sign-in page', async () => {
    const env = await planning()
    const res = await env.client.get('/planning')
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toContain('/aanmelden')
  })
})

describe('agendas that can no longer change', () => {
  it('refuses changes to a cancelled zitting', async () => {
    const env = await planning()
    const a = await queued(env)
    const second = env.zittingIds[1] ?? ''
    await env.client.post(`/tafels/zittingen/${second}/annuleren`, { reden: 'Geen zaal.' }, env.coordinator)
    const res = await env.client.post(`/planning/zittingen/${second}/casussen`, { casus: a.caseId }, env.coordinator)
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('Deze zitting is geannuleerd')
    // it is no longer offered either
    expect(await (await env.client.get('/planning', env.coordinator)).text()).not.toContain(`/planning/zittingen/${second}"`)
  })

  it('refuses changes to a zitting that is past', async () => {
    const env = await planning()
    const a = await queued(env)
    const past = newId()
    const now = env.clock.now()
    await env.deps.db.insert(zittingen).values({
      id: past,
      tableId: env.tableId,
      date: '2026-02-19',
      startTime: '13:30',
      endTime: '16:00',
      location: 'Zaal',
      createdAt: now,
      updatedAt: now,
    })
    const res = await env.client.post(`/planning/zittingen/${past}/casussen`, { casus: a.caseId }, env.coordinator)
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('Deze zitting is voorbij')
    const page = await (await env.client.get(`/planning/zittingen/${past}`, env.coordinator)).text()
    expect(page).not.toContain('Agenda versturen')
    const [z] = await env.deps.db.select().from(zittingen).where(eq(zittingen.id, past))
    expect(z?.agendaSentAt).toBeNull()
  })
})

describe('a coordinator of several regions', () => {
  it('chooses the region, and sees one region at a time', async () => {
    const env = await planning()
    const [me] = await env.deps.db.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator.vb@rots.example'))
    await env.deps.db.insert(grants).values({ userId: me?.id ?? '', role: 'coordinator', regionCode: 'WVL' })
    const a = await queued(env)
    const first = await (await env.client.get('/planning', env.coordinator)).text()
    expect(first).toContain('<label for="veld-regio">Regio</label>')
    expect(first).toContain('<option value="VB">Vlaams-Brabant</option>')
    expect(await (await env.client.get('/planning?regio=VB', env.coordinator)).text()).toContain(a.reference)
    const wvl = await env.client.get('/planning?regio=WVL', env.coordinator)
    expect(wvl.status).toBe(200)
    const html = await wvl.text()
    expect(html).toContain('Planning · West-Vlaanderen')
    expect(html).not.toContain(a.reference)
    expect((await env.client.get('/planning?regio=ANT', env.coordinator)).status).toBe(403)
    expect((await env.client.get('/planning?regio=XX', env.coordinator)).status).toBe(404)
  })
})
