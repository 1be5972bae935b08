import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { agendaItems, auditLog, caseGuests, zittingen } from '../../db/schema'
import type { OutgoingMail } from '../../src/mail/sender'
import { COMPLETE } from '../cases/support'
import { parseIcs } from '../tables/ics-parse'
import { agendaOf, extraTafellid, planning, queued, statusOf } from './support'

const GUEST = 'zorg.school@rots.example'
const MEMBER = 'tafellid.vb@rots.example'
const REFERRER = 'aanmelder.vb@rots.example'

/** Two cases on the first zitting (a consult and an overlegtafel), a guest invited for the first. */
async function readyToSend() {
  const env = await planning()
  const a = await queued(env, 'hoog')
  const b = await queued(env, 'gewoon', 'overlegtafel')
  await env.client.post('/planning/voorstel', { regio: 'VB' }, env.coordinator)
  const first = env.zittingIds[0] ?? ''
  const url = `/planning/zittingen/${first}`
  const guest = await extraTafellid(env, GUEST)
  expect((await env.client.post(`${url}/casussen/${a.caseId}/gasten`, { gast: guest }, env.coordinator)).status).toBe(303)
  return { ...env, a, b, first, url, guest }
}

function attachment(mail: OutgoingMail | undefined) {
  expect(mail?.attachments).toHaveLength(1)
  const file = mail?.attachments?.[0]
  expect(file?.filename).toMatch(/\.ics$/)
  expect(file?.contentType).toContain('text/calendar')
  return parseIcs(file?.content ?? '')
}

const agendaMail = (sent: OutgoingMail[], to: string, prefix = 'Agenda:') => sent.find((m) => m.to === to && m.subject.startsWith(prefix))

describe('sending an agenda', () => {
  it('mails every participant what concerns them, with an invitation, and never case content', async () => {
    const env = await readyToSend()
    const res = await env.client.post(`${env.url}/versturen`, {}, env.coordinator)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`${env.url}?melding=verstuurd`)

    const member = agendaMail(env.mailer.sent, MEMBER)
    expect(member?.subject).toBe('Agenda: Overlegtafel Vlaams-Brabant, 19/03/2026')
    expect(member?.text).toContain(`13:30–14:15  ${env.a.reference}`)
    expect(member?.text).toContain(`14:15–15:00  ${env.b.reference}`)
    expect(member?.text).toContain(`/mijn-zittingen/${env.first}`)
    const memberIcs = attachment(member)
    expect(memberIcs.method).toBe('REQUEST')
    expect(memberIcs.event('UID')?.value).toBe(`zitting-${env.first}@rots`)
    expect(memberIcs.event('SEQUENCE')?.value).toBe('0')
    expect(memberIcs.line('DTSTART')).toBe('DTSTART;TZID=Europe/Brussels:20260319T133000')
    expect(memberIcs.line('DTEND')).toBe('DTEND;TZID=Europe/Brussels:20260319T160000')

    // the guest comes for one case: only that case and its slot
    const guest = agendaMail(env.mailer.sent, GUEST)
    expect(guest?.text).toContain(env.a.reference)
    expect(guest?.text).not.toContain(env.b.reference)
    expect(guest?.text).toContain(`/mijn-zittingen/${env.first}`)
    const guestIcs = attachment(guest)
    expect(guestIcs.line('DTSTART')).toBe('DTSTART;TZID=Europe/Brussels:20260319T133000')
    expect(guestIcs.line('DTEND')).toBe('DTEND;TZID=Europe/Brussels:20260319T141500')

    // one mail for the referrer of both cases, linking to each case
    const referrer = env.mailer.sent.filter((m) => m.to === REFERRER && m.subject.startsWith('Agenda:'))
    expect(referrer).toHaveLength(1)
    expect(referrer[0]?.text).toContain(`/aanmeldingen/${env.a.caseId}`)
    expect(referrer[0]?.text).toContain(`/aanmeldingen/${env.b.caseId}`)
    expect(referrer[0]?.text).toContain('U nodigt de jongere en de ouders uit.')
    expect(referrer[0]?.text).not.toContain('/mijn-zittingen/')
    expect(attachment(referrer[0]).event('UID')?.value).toBe(`zitting-${env.first}@rots`)

    for (const mail of [member, guest, ...referrer]) {
      const all = `${mail?.subject}\n${mail?.text}\n${mail?.attachments?.map((a) => a.content).join('\n')}`
      for (const secret of [COMPLETE.vastgelopen, COMPLETE.vraag, 'Yusuf', 'El Amrani', 'Sint-Pieterscollege']) expect(all).not.toContain(secret)
    }
    const [z] = await env.deps.db.select().from(zittingen).where(eq(zittingen.id, env.first))
    expect(z?.agendaSentAt).toEqual(env.clock.now())
    const actions = (await env.deps.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a)
    expect(actions).toContain('agenda.verstuurd')
    expect(await (await env.client.get(env.url, env.coordinator)).text()).toContain('Agenda verstuurd op')
  })

  it('says a sent agenda changed, and sends the update as a new version of the calendar entry', async () => {
    const env = await readyToSend()
    await env.client.post(`${env.url}/versturen`, {}, env.coordinator)
    env.clock.advance(60_000)
    await env.client.post(`${env.url}/casussen/${env.b.caseId}/volgorde`, { richting: 'op' }, env.coordinator)
    const page = await (await env.client.get(env.url, env.coordinator)).text()
    expect(page).toContain('De agenda is gewijzigd sinds ze op')
    expect(page).toContain('Bijgewerkte agenda versturen')
    const res = await env.client.post(`${env.url}/versturen`, {}, env.coordinator)
    expect(res.headers.get('Location')).toBe(`${env.url}?melding=opnieuw`)
    const update = agendaMail(env.mailer.sent, MEMBER, 'Bijgewerkte agenda:')
    expect(update?.text).toContain(`13:30–14:15  ${env.b.reference}`)
    const ics = attachment(update)
    expect(ics.event('SEQUENCE')?.value).toBe('1')
    expect(ics.event('UID')?.value).toBe(`zitting-${env.first}@rots`)
    const [z] = await env.deps.db.select().from(zittingen).where(eq(zittingen.id, env.first))
    expect(z?.icsSequence).toBe(1)
    expect(await (await env.client.get(env.url, env.coordinator)).text()).not.toContain('De agenda is gewijzigd sinds')
  })

  it('refuses to send an empty agenda', async () => {
    const env = await planning()
    const res = await env.client.post(`/planning/zittingen/${env.zittingIds[0]}/versturen`, {}, env.coordinator)
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('Er staan nog geen casussen op deze agenda.')
  })
})

describe('what happens to an agenda when plans change', () => {
  it('sends guests and referrers their new slot when a zitting with a sent agenda moves', async () => {
    const env = await readyToSend()
    await env.client.post(`${env.url}/versturen`, {}, env.coordinator)
    const res = await env.client.post(`/tafels/zittingen/${env.first}`, { datum: '2026-03-20', begin: '14:00', einde: '16:30', locatie: '' }, env.coordinator)
    expect(res.status).toBe(303)
    const guest = agendaMail(env.mailer.sent, GUEST, 'Bijgewerkte agenda:')
    expect(guest?.subject).toBe('Bijgewerkte agenda: Overlegtafel Vlaams-Brabant, 20/03/2026')
    const ics = attachment(guest)
    expect(ics.line('DTSTART')).toBe('DTSTART;TZID=Europe/Brussels:20260320T140000')
    expect(ics.line('DTEND')).toBe('DTEND;TZID=Europe/Brussels:20260320T144500')
    expect(ics.event('SEQUENCE')?.value).toBe('1')
    expect(agendaMail(env.mailer.sent, REFERRER, 'Bijgewerkte agenda:')?.text).toContain(`wordt besproken om 14:45`)
    // members get the zitting's own change mail, not a second one
    expect(agendaMail(env.mailer.sent, MEMBER, 'Bijgewerkte agenda:')).toBeUndefined()
    expect(agendaMail(env.mailer.sent, MEMBER, 'Gewijzigde zitting')).toBeDefined()
  })

  it('returns the cases of a cancelled zitting to the queue and sends guests and referrers a cancellation', async () => {
    const env = await readyToSend()
    await env.client.post(`${env.url}/versturen`, {}, env.coordinator)
    const res = await env.client.post(`/tafels/zittingen/${env.first}/annuleren`, { reden: 'De zaal is niet beschikbaar.' }, env.coordinator)
    expect(res.status).toBe(303)
    expect((await statusOf(env, env.a.caseId))?.status).toBe('aanvaard')
    expect((await statusOf(env, env.b.caseId))?.status).toBe('aanvaard')
    expect(await agendaOf(env, env.first)).toEqual([])
    expect(await env.deps.db.select().from(caseGuests)).toEqual([])
    for (const to of [GUEST, REFERRER, MEMBER]) {
      const mail = env.mailer.sent.find((m) => m.to === to && m.subject.startsWith('Geannuleerde zitting'))
      expect(mail, to).toBeDefined()
      const ics = attachment(mail)
      expect(ics.method).toBe('CANCEL')
      expect(ics.event('SEQUENCE')?.value).toBe('1')
      expect(ics.event('UID')?.value).toBe(`zitting-${env.first}@rots`)
    }
    const referrer = env.mailer.sent.find((m) => m.to === REFERRER && m.subject.startsWith('Geannuleerde zitting'))
    expect(referrer?.text).toContain('wacht opnieuw op een zitting')
    expect(referrer?.text).toContain('Reden: De zaal is niet beschikbaar.')
    // back in the queue, so the next proposal puts them on the next zitting
    const planningPage = await (await env.client.get('/planning', env.coordinator)).text()
    expect(planningPage).toContain('16/04/2026 13:30')
  })

  it('takes a withdrawn case off the agenda and closes the gap', async () => {
    const env = await readyToSend()
    await env.client.post(`${env.url}/versturen`, {}, env.coordinator)
    env.clock.advance(60_000)
    const referrer = await env.client.login(REFERRER)
    const res = await env.client.post(`/aanmeldingen/${env.a.caseId}/intrekken`, {}, referrer)
    expect(res.status).toBe(303)
    expect((await statusOf(env, env.a.caseId))?.status).toBe('ingetrokken')
    expect(await agendaOf(env, env.first)).toEqual([{ caseId: env.b.caseId, position: 0 }])
    expect(await env.deps.db.select().from(caseGuests)).toEqual([])
    expect(await env.deps.db.select().from(agendaItems).where(eq(agendaItems.caseId, env.a.caseId))).toEqual([])
    expect(await (await env.client.get(env.url, env.coordinator)).text()).toContain('De agenda is gewijzigd sinds ze op')
  })
})
