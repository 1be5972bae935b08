import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, cases, consults } from '../../db/schema'
import { testApp } from '../support'
import { caseAtZitting, completeConsult, formChoices, post } from './support'

const ANALYSIS = 'Thuis is er weinig structuur en de school ziet enkel afwezigheid.'

/** A bespreking recorded by the coordinator, not yet released. */
async function recorded() {
  const env = await testApp()
  const at = await caseAtZitting(env)
  const choices = await formChoices(env, at.coordinator, at.caseId)
  const form: Record<string, string | string[]> = {
    ...completeConsult(choices, at.zittingDate),
    analyse: ANALYSIS,
    signaal: 'ja',
    signaal_tekst: 'Wachtlijsten in de jeugdhulp.',
  }
  const res = await post(env.settled, at.coordinator, `/bespreking/${at.caseId}`, form, [['actie', 'indienen']])
  if (res.status !== 303) throw new Error(`record failed: ${res.status}`)
  return { ...env, ...at, form }
}

describe('the consult report', () => {
  it('is for coordinators only until it is released: the referrer gets 409', async () => {
    const { client, caseId, referrer, coordinator } = await recorded()
    const early = await client.get(`/verslag/${caseId}`, referrer)
    expect(early.status).toBe(409)
    expect(await early.text()).not.toContain(ANALYSIS)
    const draft = await (await client.get(`/verslag/${caseId}?melding=vastgelegd`, coordinator)).text()
    expect(draft).toContain(ANALYSIS)
    expect(draft).toContain('nog niet vrijgegeven')
    expect(draft).toContain(`/bespreking/${caseId}/vrijgeven`)
    expect(draft).toContain('Wachtlijsten in de jeugdhulp.')
  })

  it('is released after confirmation: opvolging, a mail without case text, and the referrer reads it', async () => {
    const { client, caseId, referrer, coordinator, deps, mailer, form, zittingDate } = await recorded()
    expect(await (await client.get(`/bespreking/${caseId}/vrijgeven`, coordinator)).text()).toContain('Ja, vrijgeven')
    const res = await client.post(`/bespreking/${caseId}/vrijgeven`, {}, coordinator)
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    expect(row?.status).toBe('opvolging')
    const [consult] = await deps.db.select().from(consults).where(eq(consults.caseId, caseId))
    expect(consult?.releasedAt).toBeInstanceOf(Date)
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'bespreking.vrijgegeven'))).toHaveLength(1)
    const mail = mailer.sent.at(-1)
    expect(mail?.to).toBe('aanmelder.vb@rots.example')
    expect(mail?.subject).toBe(`Verslag van de bespreking: ${row?.reference}`)
    expect(mail?.text).toContain('Het verslag van de bespreking staat klaar')
    expect(mail?.text).toContain(`/aanmeldingen/${caseId}`)
    for (const text of [ANALYSIS, form.advies as string, 'NAFT', 'Wachtlijsten']) expect(mail?.text).not.toContain(text)

    const report = await client.get(`/verslag/${caseId}`, referrer)
    expect(report.status).toBe(200)
    const html = await report.text()
    expect(html).toContain(ANALYSIS)
    expect(html).toContain('Aanmelding bij NAFT doen')
    expect(html).toContain(zittingDate.split('-').reverse().join('/'))
    expect(html).toContain((form.opvolgdatum as string).split('-').reverse().join('/'))
    expect(html).toContain('Verontschuldigd')
    expect(html).toContain('Druk af met Ctrl+P')
    expect(html).not.toContain('Wachtlijsten')
    expect(html).toContain(`/verslag/${caseId}/adviesbrief`)
    // the referrer's case page leads to the report and the follow-up
    const own = await (await client.get(`/aanmeldingen/${caseId}`, referrer)).text()
    expect(own).toContain(`/verslag/${caseId}`)
    expect(own).toContain(`/opvolging/${caseId}`)
    expect(await (await client.get(`/casussen/${caseId}`, coordinator)).text()).toContain(`/opvolging/${caseId}`)
  })

  it('cannot be released by the referrer, nor twice', async () => {
    const { client, caseId, referrer, coordinator } = await recorded()
    expect((await client.post(`/bespreking/${caseId}/vrijgeven`, {}, referrer)).status).toBe(403)
    expect((await client.post(`/bespreking/${caseId}/vrijgeven`, {}, coordinator)).status).toBe(303)
    expect((await client.post(`/bespreking/${caseId}/vrijgeven`, {}, coordinator)).status).toBe(409)
  })

  it('is refused to another organisation, another region and table members', async () => {
    const { client, caseId, coordinator } = await recorded()
    await client.post(`/bespreking/${caseId}/vrijgeven`, {}, coordinator)
    const otherReferrer = await client.login('aanmelder.wvl@rots.example')
    const otherCoordinator = await client.login('coordinator.wvl@rots.example')
    const tafellid = await client.login('tafellid.vb@rots.example')
    for (const path of [`/verslag/${caseId}`, `/verslag/${caseId}/adviesbrief`]) {
      expect((await client.get(path, otherReferrer)).status).toBe(403)
      expect((await client.get(path, otherCoordinator)).status).toBe(403)
      expect((await client.get(path, tafellid)).status).toBe(403)
    }
    expect((await client.get('/verslag/bestaatniet', coordinator)).status).toBe(404)
  })
})

describe('the advice letter', () => {
  it('renders for the referrer after release, in plain language, without identity', async () => {
    const { client, caseId, referrer, coordinator } = await recorded()
    expect((await client.get(`/verslag/${caseId}/adviesbrief`, referrer)).status).toBe(409)
    await client.post(`/bespreking/${caseId}/vrijgeven`, {}, coordinator)
    const res = await client.get(`/verslag/${caseId}/adviesbrief`, referrer)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Beste ……')
    expect(html).toContain('Wat we voorstellen')
    expect(html).toContain('Start een NAFT-traject op maat')
    expect(html).toContain('Aanmelding bij NAFT doen')
    expect(html).toContain('An Aanmelder')
    for (const identity of ['Yusuf', 'El Amrani', 'Sint-Pieterscollege', '14/03/2010', '2010-03-14']) expect(html).not.toContain(identity)
    expect(await (await client.get(`/verslag/${caseId}/adviesbrief`, coordinator)).text()).toContain('Beste ……')
  })
})
