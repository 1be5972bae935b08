import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { caseEvents, caseGuests } from '../../db/schema'
import { agendaOf, extraTafellid, HX, planning, queued, statusOf, userId } from './support'

type Env = Awaited<ReturnType<typeof planning>>

/** Three cases on the first zitting, in the order a, b, c. */
async function threeOnFirst() {
  const env = await planning()
  const a = await queued(env)
  const b = await queued(env)
  const c = await queued(env)
  await env.client.post('/planning/voorstel', { regio: 'VB' }, env.coordinator)
  const first = env.zittingIds[0] ?? ''
  return { ...env, a, b, c, first, url: `/planning/zittingen/${first}` }
}

const order = async (env: Env, zittingId: string) => (await agendaOf(env, zittingId)).map((r) => r.caseId)

describe('an agenda', () => {
  it('shows each case with its slot time from the zitting start and the slot length', async () => {
    const { client, coordinator, url, a, b, c } = await threeOnFirst()
    const html = await (await client.get(url, coordinator)).text()
    expect(html).toContain(`13:30–14:15 · ${a.reference}`)
    expect(html).toContain(`14:15–15:00 · ${b.reference}`)
    expect(html).toContain(`15:00–15:45 · ${c.reference}`)
    expect(html).toContain('De agenda is nog niet verstuurd.')
    expect(html).toContain('Agenda versturen')
  })

  it('moves a case up and down without JS, keeping positions dense', async () => {
    const env = await threeOnFirst()
    const res = await env.client.post(`${env.url}/casussen/${env.c.caseId}/volgorde`, { richting: 'op' }, env.coordinator)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${env.url}?melding=volgorde`)
    expect(await agendaOf(env, env.first)).toEqual([
      { caseId: env.a.caseId, position: 0 },
      { caseId: env.c.caseId, position: 1 },
      { caseId: env.b.caseId, position: 2 },
    ])
    await env.client.post(`${env.url}/casussen/${env.a.caseId}/volgorde`, { richting: 'neer' }, env.coordinator)
    expect(await order(env, env.first)).toEqual([env.c.caseId, env.a.caseId, env.b.caseId])
    // already at the top: nothing changes
    await env.client.post(`${env.url}/casussen/${env.c.caseId}/volgorde`, { richting: 'op' }, env.coordinator)
    expect(await order(env, env.first)).toEqual([env.c.caseId, env.a.caseId, env.b.caseId])
    const html = await (await env.client.get(env.url, env.coordinator)).text()
    expect(html).toContain(`13:30–14:15 · ${env.c.reference}`)
    expect(html).toContain(`14:15–15:00 · ${env.a.reference}`)
  })

  it('answers htmx with just the agenda fragment', async () => {
    const env = await threeOnFirst()
    const res = await env.client.post(`${env.url}/casussen/${env.b.caseId}/volgorde`, { richting: 'op' }, env.coordinator, HX)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.startsWith('<div id="agenda">')).toBe(true)
    expect(html).not.toContain('<html')
    expect(html).toContain(`13:30–14:15 · ${env.b.reference}`)
    expect(html).toContain('hx-post=')
  })

  it('moves a case to another zitting of the region, at the end of its agenda', async () => {
    const env = await threeOnFirst()
    const second = env.zittingIds[1] ?? ''
    const res = await env.client.post(`${env.url}/casussen/${env.a.caseId}/verplaatsen`, { naar: second }, env.coordinator)
    expect(res.status).toBe(303)
    expect(await agendaOf(env, env.first)).toEqual([
      { caseId: env.b.caseId, position: 0 },
      { caseId: env.c.caseId, position: 1 },
    ])
    expect(await order(env, second)).toEqual([env.a.caseId])
    expect((await statusOf(env, env.a.caseId))?.status).toBe('ingepland')
    const mail = env.mailer.sent.find((m) => m.subject.startsWith('Verplaatst') && m.subject.includes(env.a.reference))
    expect(mail?.text).toContain('16/04/2026 om 13:30')
  })

  it('takes a case off the agenda only after confirmation; it is back in the queue in its old place', async () => {
    const env = await threeOnFirst()
    const before = await statusOf(env, env.b.caseId)
    const confirm = await env.client.get(`${env.url}/casussen/${env.b.caseId}/verwijderen`, env.coordinator)
    expect(confirm.status).toBe(200)
    expect(await confirm.text()).toContain('Ja, van de agenda halen')
    const res = await env.client.post(`${env.url}/casussen/${env.b.caseId}/verwijderen`, {}, env.coordinator)
    expect(res.status).toBe(303)
    const after = await statusOf(env, env.b.caseId)
    expect(after?.status).toBe('aanvaard')
    expect(after?.acceptedAt).toEqual(before?.acceptedAt)
    expect(await agendaOf(env, env.first)).toEqual([
      { caseId: env.a.caseId, position: 0 },
      { caseId: env.c.caseId, position: 1 },
    ])
    const events = await env.deps.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, env.b.caseId), eq(caseEvents.toStatus, 'aanvaard'), eq(caseEvents.fromStatus, 'ingepland')))
    expect(events).toHaveLength(1)
    const queue = await (await env.client.get('/planning', env.coordinator)).text()
    expect(queue.slice(queue.indexOf('<h2>Wachtrij</h2>'))).toContain(env.b.reference)
  })

  it('adds a case from the queue and refuses one over capacity with a Dutch message', async () => {
    const env = await threeOnFirst()
    const d = await queued(env)
    expect((await env.client.post(`${env.url}/casussen`, { casus: d.caseId }, env.coordinator)).status).toBe(303)
    expect(await order(env, env.first)).toEqual([env.a.caseId, env.b.caseId, env.c.caseId, d.caseId])
    expect((await statusOf(env, d.caseId))?.status).toBe('ingepland')
    const e = await queued(env)
    const full = await env.client.post(`${env.url}/casussen`, { casus: e.caseId }, env.coordinator)
    expect(full.status).toBe(409)
    expect(await full.text()).toContain('Deze zitting is volzet (4 casussen)')
    expect((await statusOf(env, e.caseId))?.status).toBe('aanvaard')
    const move = await env.client.post(`/planning/zittingen/${env.zittingIds[1]}/casussen`, { casus: e.caseId }, env.coordinator)
    expect(move.status).toBe(303)
    expect(
      (await env.client.post(`/planning/zittingen/${env.zittingIds[1]}/casussen/${e.caseId}/verplaatsen`, { naar: env.first }, env.coordinator)).status,
    ).toBe(409)
  })

  it('invites an extra participant for one case and takes the invitation back', async () => {
    const env = await threeOnFirst()
    const guest = await extraTafellid(env)
    const page = await (await env.client.get(env.url, env.coordinator)).text()
    expect(page).toContain('Zara Zorgcoördinator')
    // the standing member is not offered: she sits at the table anyway
    expect(page).not.toMatch(/<option value="[^"]+">Tine Tafellid/)
    const res = await env.client.post(`${env.url}/casussen/${env.a.caseId}/gasten`, { gast: guest }, env.coordinator, HX)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Uitnodiging intrekken')
    expect(await env.deps.db.select().from(caseGuests)).toMatchObject([{ zittingId: env.first, caseId: env.a.caseId, userId: guest }])
    const member = await userId(env, 'tafellid.vb@rots.example')
    const refused = await env.client.post(`${env.url}/casussen/${env.a.caseId}/gasten`, { gast: member }, env.coordinator)
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('Kies een tafellid van de regio dat niet vast aan deze tafel zit.')
    const removed = await env.client.post(`${env.url}/casussen/${env.a.caseId}/gasten/${guest}/verwijderen`, {}, env.coordinator)
    expect(removed.status).toBe(303)
    expect(await env.deps.db.select().from(caseGuests)).toEqual([])
  })

  it('answers bad input with 422 and the agenda, and a case that is not waiting with 409', async () => {
    const env = await threeOnFirst()
    const noCase = await env.client.post(`${env.url}/casussen`, { casus: '' }, env.coordinator)
    expect(noCase.status).toBe(422)
    expect(await noCase.text()).toContain('Kies een casus uit de wachtrij.')
    const sideways = await env.client.post(`${env.url}/casussen/${env.a.caseId}/volgorde`, { richting: 'zijwaarts' }, env.coordinator)
    expect(sideways.status).toBe(422)
    expect(await sideways.text()).toContain('Kies eerder of later.')
    const nowhere = await env.client.post(`${env.url}/casussen/${env.a.caseId}/verplaatsen`, { naar: 'bestaat-niet' }, env.coordinator)
    expect(nowhere.status).toBe(422)
    expect(await nowhere.text()).toContain('Kies een komende zitting van de regio.')
    const twice = await env.client.post(`${env.url}/casussen`, { casus: env.a.caseId }, env.coordinator)
    expect(twice.status).toBe(409)
    expect(await twice.text()).toContain('Deze casus wacht niet (meer) op een zitting.')
    expect((await env.client.post(`${env.url}/casussen/bestaat-niet/volgorde`, { richting: 'op' }, env.coordinator)).status).toBe(404)
    expect((await env.client.get('/planning/zittingen/bestaat-niet', env.coordinator)).status).toBe(404)
    const htmx = await env.client.post(`${env.url}/casussen/${env.a.caseId}/gasten`, { gast: '' }, env.coordinator, HX)
    expect(htmx.status).toBe(422)
    expect((await htmx.text()).startsWith('<div id="agenda">')).toBe(true)
  })
})
