import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { actions, auditLog, caseEvents, cases, consultAttendance, consultOffers, consults } from '../../db/schema'
import { caseOnAgenda } from '../agenda-support'
import { testApp } from '../support'
import { caseAtZitting, completeConsult, formChoices, logins, moveTo, OVERLEGTAFEL, plusDays, post } from './support'

async function atZitting(options: Parameters<typeof caseOnAgenda>[1] = {}) {
  const env = await testApp()
  const onAgenda = await caseAtZitting(env, options)
  const choices = await formChoices(env, onAgenda.coordinator, onAgenda.caseId)
  return { ...env, ...onAgenda, choices, form: completeConsult(choices, onAgenda.zittingDate) }
}

describe('recording a bespreking', () => {
  it('is refused before the day of the zitting (409), on the form and on saving', async () => {
    const env = await testApp()
    const { caseId, zittingDate } = await caseOnAgenda(env)
    moveTo(env, plusDays(zittingDate, -1))
    const { coordinator } = await logins(env)
    const form = await env.client.get(`/bespreking/${caseId}`, coordinator)
    expect(form.status).toBe(409)
    expect(await form.text()).toContain('vanaf de dag van de zitting')
    const saved = await post(env.settled, coordinator, `/bespreking/${caseId}`, { analyse: 'x' }, [['actie', 'indienen']])
    expect(saved.status).toBe(409)
    expect(await env.deps.db.select().from(consults)).toHaveLength(0)
  })

  it('lists the invited organisations, with the referring one, and the region’s offers', async () => {
    const { choices } = await atZitting()
    expect(choices.html).toContain('Vrij CLB Demo Leuven')
    expect(choices.html).toContain('NAFT-project Demo Leuven')
    expect(choices.attendance.length).toBeGreaterThanOrEqual(2)
    expect(choices.offers.length).toBeGreaterThan(0)
  })

  it('answers missing fields with 422, Dutch messages and every value kept', async () => {
    const { caseId, coordinator, form, choices, settled } = await atZitting()
    const res = await post(
      settled,
      coordinator,
      `/bespreking/${caseId}`,
      {
        ...form,
        analyse: '',
        [choices.attendance[1] as string]: [],
        actie_termijn: ['', plusDays(form.opvolgdatum as string, 1)],
        opvolgdatum: '2020-01-01',
      },
      [['actie', 'controle']],
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Vat de analyse van de tafel samen.')
    expect(html).toContain('Duid aan of deze organisatie er was.')
    expect(html).toContain('Vul in tegen wanneer de actie klaar moet zijn')
    expect(html).toContain('De opvolgdatum moet na de zitting')
    expect(html).toContain('Start een NAFT-traject op maat')
    expect(html).toContain('Aanmelding bij NAFT doen</textarea>')
    expect(html).toContain('value="2020-01-01"')
  })

  it('adds and removes action rows without JavaScript, keeping the rest', async () => {
    const { caseId, coordinator, form, settled } = await atZitting()
    const added = await (await post(settled, coordinator, `/bespreking/${caseId}`, form, [['actie', 'rij']])).text()
    expect(added).toContain('Actie 3')
    const removed = await (await post(settled, coordinator, `/bespreking/${caseId}`, form, [['actie', 'verwijder_0']])).text()
    expect(removed).not.toContain('Aanmelding bij NAFT doen</textarea>')
    expect(removed).not.toContain('Actie 2')
    expect(removed).toContain('Overleg met de school plannen')
    expect(removed).toContain('Start een NAFT-traject op maat')
  })

  it('shows what will be hidden before saving, and stores names and phone numbers as placeholders', async () => {
    const { caseId, coordinator, form, deps, settled } = await atZitting()
    const analyse = 'Yusuf belt mama elke ochtend op 0478 12 34 56 om te zeggen dat hij ziek is.'
    const review = await post(settled, coordinator, `/bespreking/${caseId}`, { ...form, analyse }, [['actie', 'controle']])
    expect(review.status).toBe(200)
    const html = await review.text()
    expect(html).toContain('Controleer de persoonsgegevens')
    expect(html).toMatch(/<mark class="pii"[^>]*>Yusuf<\/mark>/)
    expect(html).toContain(`action="/bespreking/${caseId}"`)
    expect(html).toContain('Bespreking bewaren')
    expect(html).toContain('type="hidden" name="analyse"')
    expect(await deps.db.select().from(consults)).toHaveLength(0)

    const saved = await post(settled, coordinator, `/bespreking/${caseId}`, { ...form, analyse }, [['actie', 'indienen']])
    expect(saved.status).toBe(303)
    const [row] = await deps.db.select().from(consults).where(eq(consults.caseId, caseId))
    expect(row?.analysis).toContain('[PERSOON 1]')
    expect(row?.analysis).toContain('[TELEFOON 1]')
    expect(row?.analysis).not.toContain('Yusuf')
    expect(row?.analysis).not.toContain('0478')
  })

  it('applies the review: an unmarked span is kept, an added phrase is hidden', async () => {
    const { caseId, coordinator, form, deps, settled } = await atZitting()
    const advies = 'Sarah van de jeugdwerking Het Anker begeleidt de overstap.'
    await post(settled, coordinator, `/bespreking/${caseId}`, { ...form, advies }, [
      ['actie', 'indienen'],
      ['behoud', 'advies|0|5'],
      ['verberg_advies', 'Het Anker'],
      ['verberg_soort_advies', 'ADDRESS'],
    ])
    const [row] = await deps.db.select().from(consults).where(eq(consults.caseId, caseId))
    expect(row?.advice).toMatch(/^Sarah van de jeugdwerking \[ADRES 1\]/)
    expect(row?.advice).not.toContain('Anker')
  })

  it('stores the consult, attendance, offers and actions, and the case becomes besproken', async () => {
    const { caseId, coordinator, form, choices, deps, zittingId, mailer, settled } = await atZitting()
    const mails = mailer.sent.length
    const res = await post(settled, coordinator, `/bespreking/${caseId}`, { ...form, signaal: 'ja', signaal_tekst: 'Te weinig plaatsen in time-out.' }, [
      ['actie', 'indienen'],
    ])
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/verslag/${caseId}?melding=vastgelegd`)
    const [consult] = await deps.db.select().from(consults).where(eq(consults.caseId, caseId))
    expect(consult).toMatchObject({ zittingId, format: 'consult', signalRaised: true, signalText: 'Te weinig plaatsen in time-out.', releasedAt: null })
    expect(consult?.followUpDate).toBe(form.opvolgdatum)
    const attendance = await deps.db
      .select()
      .from(consultAttendance)
      .where(eq(consultAttendance.consultId, consult?.id ?? ''))
    expect(attendance).toHaveLength(choices.attendance.length)
    expect(attendance.filter((a) => a.status === 'verontschuldigd')).toHaveLength(1)
    expect(
      await deps.db
        .select()
        .from(consultOffers)
        .where(eq(consultOffers.consultId, consult?.id ?? '')),
    ).toHaveLength(2)
    const agreed = await deps.db.select().from(actions).where(eq(actions.caseId, caseId))
    expect(agreed.map((a) => [a.position, a.description, a.ownerSector, a.status])).toEqual([
      [0, 'Aanmelding bij NAFT doen', 'clb', 'open'],
      [1, 'Overleg met de school plannen', 'onderwijs', 'open'],
    ])
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId))
    expect(row?.status).toBe('besproken')
    expect(await deps.db.select().from(caseEvents).where(eq(caseEvents.toStatus, 'besproken'))).toHaveLength(1)
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'bespreking.vastgelegd'))).toHaveLength(1)
    // the referrer hears nothing until the report is released
    expect(mailer.sent.length).toBe(mails)
  })

  it('records an overlegtafel with whether the young person and the parents came', async () => {
    const { caseId, coordinator, form, deps, settled } = await atZitting(OVERLEGTAFEL)
    const missing = await post(settled, coordinator, `/bespreking/${caseId}`, form, [['actie', 'controle']])
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('Duid aan of de jongere er was.')
    await post(settled, coordinator, `/bespreking/${caseId}`, { ...form, jongere_aanwezig: 'ja', ouders_aanwezig: 'nee' }, [['actie', 'indienen']])
    const [row] = await deps.db.select().from(consults).where(eq(consults.caseId, caseId))
    expect(row).toMatchObject({ format: 'overlegtafel', youngPersonAttended: true, parentsAttended: false })
  })

  it('cannot be recorded twice', async () => {
    const { caseId, coordinator, form, deps, settled } = await atZitting()
    const first = await post(settled, coordinator, `/bespreking/${caseId}`, form, [['actie', 'indienen']])
    const second = await post(settled, coordinator, `/bespreking/${caseId}`, form, [['actie', 'indienen']])
    expect([first.status, second.status]).toEqual([303, 409])
    expect(await deps.db.select().from(consults)).toHaveLength(1)
  })

  it('records once when two coordinators save at the same moment', async () => {
    const { caseId, coordinator, form, deps, settled } = await atZitting()
    const saves = await Promise.all([1, 2, 3].map(() => post(settled, coordinator, `/bespreking/${caseId}`, form, [['actie', 'indienen']])))
    expect(saves.map((r) => r.status).sort()).toEqual([303, 409, 409])
    expect(await deps.db.select().from(consults)).toHaveLength(1)
    expect(await deps.db.select().from(actions)).toHaveLength(2)
  })

  it('lists the cases to record and the reports to release', async () => {
    const { caseId, coordinator, form, client, settled } = await atZitting()
    expect(await (await client.get('/bespreking', coordinator)).text()).toContain(`/bespreking/${caseId}`)
    await post(settled, coordinator, `/bespreking/${caseId}`, form, [['actie', 'indienen']])
    expect(await (await client.get('/bespreking', coordinator)).text()).toContain(`/verslag/${caseId}`)
  })

  it('is for the region’s coordinators only', async () => {
    const { caseId, form, client, deps, settled } = await atZitting()
    const wvl = await client.login('coordinator.wvl@rots.example')
    const tafellid = await client.login('tafellid.vb@rots.example')
    const referrer = await client.login('aanmelder.vb@rots.example')
    expect((await client.get(`/bespreking/${caseId}`, wvl)).status).toBe(403)
    expect((await post(settled, wvl, `/bespreking/${caseId}`, form, [['actie', 'indienen']])).status).toBe(403)
    expect((await client.get(`/bespreking/${caseId}`, tafellid)).status).toBe(403)
    expect((await client.get(`/bespreking/${caseId}`, referrer)).status).toBe(403)
    expect((await client.get('/bespreking/bestaatniet', await client.login('coordinator.vb@rots.example'))).status).toBe(404)
    expect(await deps.db.select().from(consults)).toHaveLength(0)
  })
})
