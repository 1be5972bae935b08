import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, caseEvents, cases } from '../../db/schema'
import { testApp } from '../support'
import { submitCase } from './support'

async function submitted(overrides: Record<string, string | string[]> = {}) {
  const env = await testApp()
  const referrer = await env.client.login('aanmelder.vb@rots.example')
  const { id } = await submitCase(env.settled, env.client, referrer, overrides)
  const coordinator = await env.client.login('coordinator.vb@rots.example')
  return { ...env, id, referrer, coordinator }
}

describe('triage', () => {
  it('accepts a case in a format the young person consented to, and tells the referrer', async () => {
    const { client, id, coordinator, deps, mailer } = await submitted()
    const res = await client.post(`/casussen/${id}/aanvaarden`, { formaat: 'consult' }, coordinator)
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row).toMatchObject({ status: 'aanvaard', format: 'consult' })
    expect(row?.acceptedAt).toBeInstanceOf(Date)
    expect(mailer.sent.at(-1)).toMatchObject({ to: 'aanmelder.vb@rots.example', subject: 'Aanvaard: ROTS-VB-2026-0001' })
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'casus.aanvaard'))).toHaveLength(1)
    const queue = await (await client.get('/triage?weergave=wachtrij', coordinator)).text()
    expect(queue).toContain('ROTS-VB-2026-0001')
  })

  it('refuses a format without consent (422, nothing changes)', async () => {
    const { client, id, coordinator, deps } = await submitted()
    const res = await client.post(`/casussen/${id}/aanvaarden`, { formaat: 'overlegtafel' }, coordinator)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Er is geen toestemming voor een overlegtafel')
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row?.status).toBe('aangemeld')
  })

  it('redirects with a scrubbed reason the referrer reads, and closes the case', async () => {
    const { client, id, coordinator, referrer, deps } = await submitted()
    const short = await client.post(`/casussen/${id}/doorverwijzen`, { reden: 'nee' }, coordinator)
    expect(short.status).toBe(422)
    const res = await client.post(
      `/casussen/${id}/doorverwijzen`,
      { reden: 'Eerst een traject bij het CGG; bel mevrouw Peeters op 016 22 33 44.' },
      coordinator,
    )
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row?.status).toBe('doorverwezen')
    expect(row?.closedAt).toBeInstanceOf(Date)
    const [event] = await deps.db.select().from(caseEvents).where(eq(caseEvents.toStatus, 'doorverwezen'))
    expect(event?.note).toContain('Eerst een traject bij het CGG')
    expect(event?.note).not.toContain('Peeters')
    expect(event?.note).not.toContain('016 22 33 44')
    const page = await (await client.get(`/aanmeldingen/${id}`, referrer)).text()
    expect(page).toContain('Eerst een traject bij het CGG')
  })

  it('refuses what the status machine or the region does not allow', async () => {
    const { client, id, coordinator, referrer } = await submitted()
    const other = await client.login('coordinator.wvl@rots.example')
    expect((await client.post(`/casussen/${id}/aanvaarden`, { formaat: 'consult' }, other)).status).toBe(403)
    expect((await client.post(`/casussen/${id}/aanvaarden`, { formaat: 'consult' }, referrer)).status).toBe(403)
    expect((await client.post(`/casussen/${id}/aanvaarden`, { formaat: 'consult' }, coordinator)).status).toBe(303)
    expect((await client.post(`/casussen/${id}/aanvaarden`, { formaat: 'consult' }, coordinator)).status).toBe(409)
    expect((await client.post(`/casussen/${id}/doorverwijzen`, { reden: 'Toch niet voor het ROTS, want...' }, coordinator)).status).toBe(409)
    expect((await client.post(`/casussen/${id}/info-vragen`, { vraag: 'Nog een vraag?' }, coordinator)).status).toBe(409)
  })

  it('shows the triage forms only when the status allows them', async () => {
    const { client, id, coordinator } = await submitted()
    const before = await (await client.get(`/casussen/${id}`, coordinator)).text()
    expect(before).toContain('Aanvaarden')
    expect(before).toContain('Doorverwijzen')
    await client.post(`/casussen/${id}/aanvaarden`, { formaat: 'consult' }, coordinator)
    const after = await (await client.get(`/casussen/${id}`, coordinator)).text()
    expect(after).not.toContain(`/casussen/${id}/aanvaarden`)
    expect(after).toContain('Gekozen formaat')
  })
})
