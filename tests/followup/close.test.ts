import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { caseEvents, cases, outbox } from '../../db/schema'
import { testApp } from '../support'
import { caseInFollowUp, followUpForm, grant } from './support'

async function setup() {
  const env = await testApp()
  const c = await caseInFollowUp(env, { actionList: [{ description: 'De school plant een overleg.', dueDate: '2026-03-20' }] })
  return { ...env, ...c }
}

async function recordFollowUp(env: Awaited<ReturnType<typeof setup>>, cookie: string) {
  const statuses = Object.fromEntries(env.actionIds.map((id) => [id, 'uitgevoerd']))
  const res = await env.client.post(`/opvolging/${env.caseId}`, followUpForm('terug_op_school', statuses), cookie)
  if (res.status !== 303) throw new Error(`follow-up not recorded: ${res.status}`)
}

const mailsTo = async (env: Awaited<ReturnType<typeof setup>>, to: string) =>
  (await env.deps.db.select().from(outbox).where(eq(outbox.to, to))).map((m) => m.subject)

describe('closing a case', () => {
  it('refuses to close before a follow-up is recorded (409)', async () => {
    const { client, caseId, referrer, deps } = await setup()
    const page = await client.get(`/opvolging/${caseId}/afsluiten`, referrer)
    expect(page.status).toBe(409)
    expect(await page.text()).toContain('Registreer eerst de opvolging')
    const res = await client.post(`/opvolging/${caseId}/afsluiten`, { reden: 'doel_bereikt' }, referrer)
    expect(res.status).toBe(409)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    expect(row?.status).toBe('opvolging')
  })

  it('asks for confirmation, then closes as the referrer with a reason; the coordinators hear of it', async () => {
    const env = await setup()
    const { client, caseId, referrer, deps, reference } = env
    await recordFollowUp(env, referrer)
    const file = await (await client.get(`/opvolging/${caseId}`, referrer)).text()
    expect(file).toContain(`/opvolging/${caseId}/afsluiten`)
    expect(file).not.toContain('opnieuw-bespreken')
    const confirm = await client.get(`/opvolging/${caseId}/afsluiten`, referrer)
    expect(confirm.status).toBe(200)
    expect(await confirm.text()).toContain('Ja, casus afsluiten')
    const res = await client.post(`/opvolging/${caseId}/afsluiten`, { reden: 'doel_bereikt', notitie: 'Terug naar school sinds maandag.' }, referrer)
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    expect(row).toMatchObject({ status: 'afgesloten', closureReason: 'doel_bereikt', closedAt: deps.clock.now() })
    const [event] = await deps.db.select().from(caseEvents).where(eq(caseEvents.toStatus, 'afgesloten'))
    expect(event?.note).toContain('Terug naar school')
    expect(await mailsTo(env, 'coordinator.vb@rots.example')).toContain(`Afgesloten: ${reference}`)
    const after = await (await client.get(`/opvolging/${caseId}`, referrer)).text()
    expect(after).toContain('Deze casus is afgesloten')
    expect(after).not.toContain('Opvolging bewaren')
  })

  it('closes as the coordinator; the referrer hears of it', async () => {
    const env = await setup()
    const { client, caseId, coordinator, deps, reference } = env
    await recordFollowUp(env, coordinator)
    const res = await client.post(`/opvolging/${caseId}/afsluiten`, { reden: 'aanbod_loopt' }, coordinator)
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    expect(row).toMatchObject({ status: 'afgesloten', closureReason: 'aanbod_loopt' })
    expect(row?.closedAt).toBeInstanceOf(Date)
    expect(await mailsTo(env, 'aanmelder.vb@rots.example')).toContain(`Afgesloten: ${reference}`)
  })

  it('answers 422 without a reason and keeps the note', async () => {
    const env = await setup()
    await recordFollowUp(env, env.referrer)
    const res = await env.client.post(`/opvolging/${env.caseId}/afsluiten`, { reden: '', notitie: 'Mijn toelichting.' }, env.referrer)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Kies waarom de casus wordt afgesloten.')
    expect(html).toContain('Mijn toelichting.')
  })
})

describe('putting a case back in the queue', () => {
  it('lets the coordinator requeue after confirmation, with a new waiting time, and tells the referrer', async () => {
    const env = await setup()
    const { client, caseId, deps, clock, reference } = env
    const [before] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    clock.advance(14 * 86_400_000)
    const coordinator = await client.login('coordinator.vb@rots.example')
    const confirm = await client.get(`/opvolging/${caseId}/opnieuw-bespreken`, coordinator)
    expect(confirm.status).toBe(200)
    expect(await confirm.text()).toContain('Ja, opnieuw op de wachtrij')
    const res = await client.post(`/opvolging/${caseId}/opnieuw-bespreken`, {}, coordinator)
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    expect(row?.status).toBe('aanvaard')
    expect(row?.acceptedAt?.getTime()).toBe(clock.now().getTime())
    expect(row?.acceptedAt?.getTime()).toBeGreaterThan(before?.acceptedAt?.getTime() ?? Infinity)
    expect(await mailsTo(env, 'aanmelder.vb@rots.example')).toContain(`Opnieuw bespreken: ${reference}`)
    expect((await client.post(`/opvolging/${caseId}/opnieuw-bespreken`, {}, coordinator)).status).toBe(409)
  })

  it('refuses the referrer (403)', async () => {
    const { client, caseId, referrer, deps } = await setup()
    expect((await client.get(`/opvolging/${caseId}/opnieuw-bespreken`, referrer)).status).toBe(403)
    expect((await client.post(`/opvolging/${caseId}/opnieuw-bespreken`, {}, referrer)).status).toBe(403)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    expect(row?.status).toBe('opvolging')
  })
})

describe('who may follow a case up', () => {
  it('refuses an aanmelder of another organisation, even in the same region', async () => {
    const env = await setup()
    await grant(env, 'aanmelder.wvl@rots.example', 'aanmelder', 'VB')
    const other = await env.client.login('aanmelder.wvl@rots.example')
    expect((await env.client.get(`/opvolging/${env.caseId}`, other)).status).toBe(403)
    const statuses = Object.fromEntries(env.actionIds.map((id) => [id, 'uitgevoerd']))
    expect((await env.client.post(`/opvolging/${env.caseId}`, followUpForm('onbekend', statuses), other)).status).toBe(403)
    expect((await env.client.post(`/opvolging/${env.caseId}/afsluiten`, { reden: 'andere' }, other)).status).toBe(403)
  })

  it('refuses the coordinator of another region', async () => {
    const env = await setup()
    const wvl = await env.client.login('coordinator.wvl@rots.example')
    expect((await env.client.get(`/opvolging/${env.caseId}`, wvl)).status).toBe(403)
    expect((await env.client.post(`/opvolging/${env.caseId}/opnieuw-bespreken`, {}, wvl)).status).toBe(403)
    expect((await env.client.post(`/opvolging/${env.caseId}/afsluiten`, { reden: 'andere' }, wvl)).status).toBe(403)
  })

  it('refuses roles without follow-up, and answers 404 for an unknown case', async () => {
    const env = await setup()
    const member = await env.client.login('tafellid.vb@rots.example')
    expect((await env.client.get('/opvolging', member)).status).toBe(403)
    expect((await env.client.get(`/opvolging/${env.caseId}`, member)).status).toBe(403)
    expect((await env.client.get('/opvolging/bestaatniet', env.referrer)).status).toBe(404)
  })
})
