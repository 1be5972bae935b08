import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, caseEvents } from '../../db/schema'
import { agendaOf, fingerprint, planning, queued, statusOf } from './support'

describe('the planning of a region', () => {
  it('shows empty states when nothing waits', async () => {
    const env = await planning()
    const html = await (await env.client.get('/planning', env.coordinator)).text()
    expect(html).toContain('Geen casussen in de wachtrij.')
    expect(html).toContain('Nog geen casussen op deze agenda.')
    expect(html).not.toContain('Voorstel overnemen')
  })

  it('serves crisis first, then hoog, then gewoon, the longest waiting first within a level', async () => {
    const env = await planning()
    const early = await queued(env, 'gewoon')
    const hoog = await queued(env, 'hoog')
    const crisis = await queued(env, 'crisis')
    const late = await queued(env, 'gewoon')
    const res = await env.client.get('/planning', env.coordinator)
    expect(res.status).toBe(200)
    const html = await res.text()
    const queue = html.slice(html.indexOf('<h2>Wachtrij</h2>'), html.indexOf('<h2>Komende zittingen</h2>'))
    const order = [crisis, hoog, early, late].map((c) => queue.indexOf(c.reference))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // the first zitting (19/03) takes all four, in that order, 45 minutes apart
    expect(queue).toContain('19/03/2026 13:30')
    expect(queue).toContain('19/03/2026 15:45')
    expect(html).toContain('voorgesteld')
    expect(html).toContain('Voorstel overnemen')
  })

  it('warns when a crisis case has no zitting within 10 working days, with a way to plan one', async () => {
    const env = await planning()
    const crisis = await queued(env, 'crisis')
    const html = await (await env.client.get('/planning', env.coordinator)).text()
    expect(html).toContain('Crisiscasussen zonder plaats binnen 10 werkdagen')
    expect(html).toContain(`${crisis.reference}: plan een extra zitting, uiterlijk op 16/03/2026.`)
    expect(html).toContain(`href="/tafels/${env.tableId}"`)
  })

  it('books the proposal as computed on the server: ingepland, with a history line, an audit entry and the referrer told', async () => {
    const env = await planning()
    const a = await queued(env, 'gewoon')
    const b = await queued(env, 'hoog')
    const res = await env.client.post('/planning/voorstel', { regio: 'VB', voorstel: await fingerprint(env, env.coordinator) }, env.coordinator)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/planning?regio=VB&ingepland=2')
    expect(await agendaOf(env, env.zittingIds[0] ?? '')).toEqual([
      { caseId: b.caseId, position: 0 },
      { caseId: a.caseId, position: 1 },
    ])
    expect((await statusOf(env, a.caseId))?.status).toBe('ingepland')
    const events = await env.deps.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, a.caseId), eq(caseEvents.toStatus, 'ingepland')))
    expect(events).toHaveLength(1)
    expect(events[0]?.fromStatus).toBe('aanvaard')
    const actions = (await env.deps.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a)
    expect(actions).toContain('agenda.voorstel_overgenomen')
    const mail = env.mailer.sent.find((m) => m.to === 'aanmelder.vb@rots.example' && m.subject.includes(b.reference) && m.subject.startsWith('Ingepland'))
    expect(mail?.text).toContain('ingepland op 19/03/2026 om 13:30')
    expect(mail?.text).toContain(`/aanmeldingen/${b.caseId}`)
    const page = await (await env.client.get('/planning?regio=VB&ingepland=2', env.coordinator)).text()
    expect(page).toContain('2 casussen ingepland volgens het voorstel.')
    expect(page).toContain('Geen casussen in de wachtrij.')
  })

  it('fills a zitting up to its capacity and proposes the rest for the next one', async () => {
    const env = await planning()
    const five = []
    for (let i = 0; i < 5; i++) five.push(await queued(env))
    await env.client.post('/planning/voorstel', { regio: 'VB' }, env.coordinator)
    expect(await agendaOf(env, env.zittingIds[0] ?? '')).toHaveLength(4)
    expect((await agendaOf(env, env.zittingIds[1] ?? '')).map((r) => r.caseId)).toEqual([five[4]?.caseId])
  })

  it('refuses a proposal that changed since the coordinator saw it', async () => {
    const env = await planning()
    await queued(env)
    const seen = await fingerprint(env, env.coordinator)
    const other = await queued(env, 'crisis')
    const res = await env.client.post('/planning/voorstel', { regio: 'VB', voorstel: seen }, env.coordinator)
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('Het voorstel is intussen gewijzigd')
    expect((await statusOf(env, other.caseId))?.status).toBe('aanvaard')
  })

  it('answers 409 when there is nothing to accept and 422 for an unknown region', async () => {
    const env = await planning()
    expect((await env.client.post('/planning/voorstel', { regio: 'VB' }, env.coordinator)).status).toBe(409)
    const bad = await env.client.post('/planning/voorstel', { regio: 'XX' }, env.coordinator)
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Kies een regio.')
  })
})
