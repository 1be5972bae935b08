import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, caseEvents, cases, identities, outbox } from '../../db/schema'
import { testApp } from '../support'
import { COMPLETE, newConcept, postForm, submitCase } from './support'

const AANMELDER = 'aanmelder.vb@rots.example'
const COORDINATOR = 'coordinator.vb@rots.example'

async function env() {
  const e = await testApp()
  const cookie = await e.client.login(AANMELDER)
  return { ...e, cookie }
}

describe('a concept', () => {
  it('stores free text scrubbed and the identity only sealed', async () => {
    const { client, settled, cookie, deps } = await env()
    const id = await newConcept(client, cookie)
    const res = await postForm(
      settled,
      `/aanmeldingen/${id}`,
      { voornaam: 'Yusuf', achternaam: 'El Amrani', vastgelopen: 'Yusuf woont bij mama in de Tiensestraat 12.' },
      cookie,
      [['actie', 'opslaan']],
    )
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Opgeslagen om')
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row?.deadlock).toContain('[PERSOON 1]')
    expect(row?.deadlock).not.toContain('Yusuf')
    expect(row?.deadlock).not.toContain('Tiensestraat')
    const [sealed] = await deps.db.select().from(identities).where(eq(identities.caseId, id))
    expect(sealed?.ciphertext).not.toContain('Yusuf')
    expect(sealed?.keyId).toBe('k1')
  })

  it('keeps every typed value when a field is invalid, with a Dutch message (422)', async () => {
    const { client, settled, cookie } = await env()
    const id = await newConcept(client, cookie)
    const res = await postForm(settled, `/aanmeldingen/${id}`, { voornaam: 'Yusuf', insz: '85073003329', vraag: 'Wat nu?' }, cookie, [['actie', 'opslaan']])
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Dit rijksregisternummer klopt niet')
    expect(html).toContain('value="85073003329"')
    expect(html).toContain('Wat nu?</textarea>')
  })

  it('adds and removes trajectory rows without losing the rest', async () => {
    const { client, settled, cookie } = await env()
    const id = await newConcept(client, cookie)
    const added = await (
      await postForm(
        settled,
        `/aanmeldingen/${id}`,
        { vraag: 'x', traject_type: 'cgg', traject_aanbieder: 'CGG', traject_periode: '', traject_effect: '' },
        cookie,
        [['actie', 'rij']],
      )
    ).text()
    expect(added).toContain('Traject 2')
    const removed = await (
      await postForm(
        settled,
        `/aanmeldingen/${id}`,
        { traject_type: ['cgg', 'jac'], traject_aanbieder: ['CGG', 'JAC'], traject_periode: ['', ''], traject_effect: ['', ''] },
        cookie,
        [['actie', 'verwijder_0']],
      )
    ).text()
    expect(removed).toContain('value="JAC"')
    expect(removed).not.toContain('value="CGG"')
  })

  it('autosaves through htmx and answers with a status fragment', async () => {
    const { client, settled, cookie, deps } = await env()
    const id = await newConcept(client, cookie)
    const res = await postForm(settled, `/aanmeldingen/${id}/autosave`, { vraag: 'Tussentijds' }, cookie)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Automatisch opgeslagen')
    expect(html).not.toContain('<html')
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row?.question).toBe('Tussentijds')
  })

  it('previews what will be stored for one field', async () => {
    const { client, settled, cookie } = await env()
    const id = await newConcept(client, cookie)
    const html = await (
      await postForm(settled, `/aanmeldingen/${id}/voorbeeld`, { voornaam: 'Yusuf', vastgelopen: 'Yusuf belt 0478 12 34 56', veld: 'vastgelopen' }, cookie)
    ).text()
    expect(html).toContain('Wordt bewaard als')
    expect(html).toContain('[PERSOON 1]')
    expect(html).toContain('[TELEFOON 1]')
    expect(html).not.toContain('0478')
  })

  it('is the author’s own: a colleague of another organisation gets 403, an unknown id 404', async () => {
    const { client, cookie } = await env()
    const id = await newConcept(client, cookie)
    const other = await client.login('aanmelder.wvl@rots.example')
    expect((await client.get(`/aanmeldingen/${id}/bewerken`, other)).status).toBe(404)
    expect((await client.get('/aanmeldingen/bestaatniet', cookie)).status).toBe(404)
  })

  it('can be deleted after confirmation', async () => {
    const { client, cookie, deps } = await env()
    const id = await newConcept(client, cookie)
    expect(await (await client.get(`/aanmeldingen/${id}/verwijderen`, cookie)).text()).toContain('Ja, verwijderen')
    expect((await client.post(`/aanmeldingen/${id}/verwijderen`, {}, cookie)).status).toBe(303)
    expect(await deps.db.select().from(cases).where(eq(cases.id, id))).toHaveLength(0)
  })
})

describe('submitting', () => {
  it('gives a reference, status aangemeld, an event, an audit entry, and tells the coordinators', async () => {
    const { client, settled, cookie, deps, mailer } = await env()
    const { id, res } = await submitCase(settled, client, cookie)
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row).toMatchObject({ reference: 'ROTS-VB-2026-0001', status: 'aangemeld', ageYears: 15 })
    expect(row?.pseudonym).toMatch(/^[0-9a-f]{64}$/)
    expect(await deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id))).toMatchObject([{ fromStatus: 'concept', toStatus: 'aangemeld' }])
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'casus.aangemeld'))).toHaveLength(1)
    const mail = mailer.sent.find((m) => m.to === COORDINATOR)
    expect(mail?.subject).toBe('Nieuwe aanmelding ROTS-VB-2026-0001 (urgentie: hoog)')
    expect(mail?.text).not.toContain('Yusuf')
  })

  it('refuses an incomplete aanmelding with 422 and the problems at their fields', async () => {
    const { client, settled, cookie } = await env()
    const id = await newConcept(client, cookie)
    const res = await postForm(settled, `/aanmeldingen/${id}`, { ...COMPLETE, toestemming: ['statistiek'], urgentie: 'crisis' }, cookie, [
      ['actie', 'controle'],
    ])
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Zonder toestemming voor een consult')
    expect(html).toContain('Motiveer waarom dit een crisis is.')
    expect(html).toContain('value="Yusuf"')
  })

  it('shows the review step with detections before submitting', async () => {
    const { client, settled, cookie } = await env()
    const id = await newConcept(client, cookie)
    const html = await (await postForm(settled, `/aanmeldingen/${id}`, COMPLETE, cookie, [['actie', 'controle']])).text()
    expect(html).toContain('Controleer de persoonsgegevens')
    expect(html).toMatch(/<mark class="pii"[^>]*>Yusuf<\/mark>/)
    expect(html).toContain('name="behoud"')
  })

  it('applies the review: an unmarked span stays, an added phrase is hidden', async () => {
    const { client, settled, cookie, deps } = await env()
    const text = 'Yusuf wil bakker worden bij Bakkerij Zonneveld.'
    const keepKey = 'vastgelopen|0|5'
    const { id } = await submitCase(settled, client, cookie, { vastgelopen: text }, [
      ['behoud', keepKey],
      ['verberg_vastgelopen', 'Bakkerij Zonneveld'],
      ['verberg_soort_vastgelopen', 'ADDRESS'],
    ])
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row?.deadlock).toContain('Yusuf wil bakker worden')
    expect(row?.deadlock).not.toContain('Zonneveld')
  })

  it('numbers 50 simultaneous submits in one region consecutively, without gaps or duplicates', async () => {
    const { client, settled, cookie, deps } = await env()
    const ids: string[] = []
    for (let i = 0; i < 50; i++) ids.push(await newConcept(client, cookie))
    const results = await Promise.all(ids.map((id) => postForm(settled, `/aanmeldingen/${id}`, COMPLETE, cookie, [['actie', 'indienen']])))
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(303))
    const refs = (await deps.db.select({ r: cases.reference }).from(cases)).map((x) => x.r).sort()
    expect(refs).toEqual(Array.from({ length: 50 }, (_, i) => `ROTS-VB-2026-${String(i + 1).padStart(4, '0')}`))
  })

  it('needs no region field from a referrer with one region: the concept has it', async () => {
    const { client, settled, cookie, deps } = await env()
    const { id, res } = await submitCase(settled, client, cookie, { regio: [] })
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row?.reference).toBe('ROTS-VB-2026-0001')
  })

  it('cannot be submitted twice', async () => {
    const { client, settled, cookie } = await env()
    const { id } = await submitCase(settled, client, cookie)
    const again = await postForm(settled, `/aanmeldingen/${id}`, COMPLETE, cookie, [['actie', 'indienen']])
    expect(again.status).toBe(409)
  })
})

describe('after submitting', () => {
  it('reveals the identity only with a reason, to the own organisation, and audits it', async () => {
    const { client, settled, cookie, deps } = await env()
    const { id } = await submitCase(settled, client, cookie)
    const page = await (await client.get(`/aanmeldingen/${id}`, cookie)).text()
    expect(page).not.toContain('El Amrani')
    const shown = await (await client.post(`/aanmeldingen/${id}/identiteit`, { reden: 'contact' }, cookie)).text()
    expect(shown).toContain('El Amrani')
    expect(shown).toContain('14/03/2010')
    const [entry] = await deps.db.select().from(auditLog).where(eq(auditLog.action, 'identiteit.getoond'))
    expect(entry?.details).toBe('{"reden":"contact"}')
    const stranger = await client.login('aanmelder.wvl@rots.example')
    expect((await client.post(`/aanmeldingen/${id}/identiteit`, { reden: 'contact' }, stranger)).status).toBe(403)
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'identiteit.geweigerd'))).toHaveLength(1)
  })

  it('can be withdrawn after confirmation, and then no longer', async () => {
    const { client, settled, cookie, deps } = await env()
    const { id } = await submitCase(settled, client, cookie)
    expect(await (await client.get(`/aanmeldingen/${id}/intrekken`, cookie)).text()).toContain('Ja, intrekken')
    expect((await client.post(`/aanmeldingen/${id}/intrekken`, {}, cookie)).status).toBe(303)
    const [row] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(row?.status).toBe('ingetrokken')
    expect((await client.post(`/aanmeldingen/${id}/intrekken`, {}, cookie)).status).toBe(409)
  })

  it('goes back to the referrer on a request for information, and returns with the answer', async () => {
    const { client, settled, cookie, deps, mailer } = await env()
    const { id } = await submitCase(settled, client, cookie)
    const coordinator = await client.login(COORDINATOR)
    expect((await client.post(`/casussen/${id}/info-vragen`, { vraag: 'Welke school liep Yusuf eerder?' }, coordinator)).status).toBe(303)
    const [asked] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(asked?.status).toBe('info_gevraagd')
    expect(mailer.sent.at(-1)?.subject).toBe('Vraag om bijkomende informatie over ROTS-VB-2026-0001')
    const form = await (await client.get(`/aanmeldingen/${id}/bewerken`, cookie)).text()
    expect(form).toContain('Vraag van de coördinator')
    const missing = await postForm(settled, `/aanmeldingen/${id}`, COMPLETE, cookie, [['actie', 'indienen']])
    expect(missing.status).toBe(422)
    const answered = await postForm(settled, `/aanmeldingen/${id}`, { ...COMPLETE, antwoord: 'Eerder zat Yusuf in het Atheneum Tienen.' }, cookie, [
      ['actie', 'indienen'],
    ])
    expect(answered.status).toBe(303)
    const file = await (await client.get(`/casussen/${id}`, coordinator)).text()
    expect(file).toContain('Antwoord van An Aanmelder')
    expect(file).not.toContain('Yusuf')
    const [back] = await deps.db.select().from(cases).where(eq(cases.id, id))
    expect(back).toMatchObject({ status: 'aangemeld', reference: 'ROTS-VB-2026-0001' })
  })
})

describe('the coordinator', () => {
  it('sees the case in the region’s inbox, pseudonymised, and not another region’s', async () => {
    const { client, settled, cookie } = await env()
    const { id } = await submitCase(settled, client, cookie)
    const coordinator = await client.login(COORDINATOR)
    const inbox = await (await client.get('/triage', coordinator)).text()
    expect(inbox).toContain('ROTS-VB-2026-0001')
    expect(inbox).toContain('15 jaar')
    expect(inbox).not.toContain('Yusuf')
    const other = await client.login('coordinator.wvl@rots.example')
    expect(await (await client.get('/triage', other)).text()).not.toContain('ROTS-VB-2026-0001')
    expect((await client.get(`/casussen/${id}`, other)).status).toBe(403)
  })

  it('sees a repeat referral of the same young person, matched across spelling variants', async () => {
    const { client, settled, cookie, clock } = await env()
    const first = await submitCase(settled, client, cookie)
    await client.post(`/aanmeldingen/${first.id}/intrekken`, {}, cookie)
    clock.advance(3 * 24 * 60 * 60 * 1000)
    const second = await submitCase(settled, client, await client.login(AANMELDER), { voornaam: 'yusuf', achternaam: 'el-amrani' })
    const coordinator = await client.login(COORDINATOR)
    const inbox = await (await client.get('/triage', coordinator)).text()
    expect(inbox).toContain('eerder aangemeld: 1× sinds 2026')
    expect(inbox).toContain('binnen 12 maanden')
    const file = await (await client.get(`/casussen/${second.id}`, coordinator)).text()
    expect(file).toContain('eerder aangemeld: 1× sinds 2026 — opnieuw aangemeld binnen 12 maanden.')
    // the first referral has no earlier one
    expect(await (await client.get(`/casussen/${first.id}`, coordinator)).text()).not.toContain('eerder aangemeld')
  })
})

describe('two organisations, one young person (Verwijsindex)', () => {
  it('tells both referrers who else is involved, and nothing of the other case', async () => {
    const { client, settled, cookie, deps, mailer } = await env()
    const first = await submitCase(settled, client, cookie)
    const wvl = await client.login('aanmelder.wvl@rots.example')
    const second = await submitCase(settled, client, wvl, {
      regio: 'WVL',
      voornaam: 'YUSUF',
      achternaam: 'El Amrani',
      clb_akkoord: 'ja',
      vastgelopen: 'Geheime inhoud van het tweede dossier.',
    })
    expect(second.res.status).toBe(303)
    const mine = await (await client.get(`/aanmeldingen/${first.id}`, cookie)).text()
    expect(mine).toContain('Ook betrokken')
    expect(mine).toContain('Jeugdhulp Demo Brugge')
    expect(mine).toContain('aanmelder.wvl@rots.example')
    expect(mine).not.toContain('Geheime inhoud')
    const theirs = await (await client.get(`/aanmeldingen/${second.id}`, wvl)).text()
    expect(theirs).toContain('Vrij CLB Demo Leuven')
    const notices = mailer.sent.filter((m) => m.subject.startsWith('Ook een andere organisatie'))
    expect(notices.map((m) => m.to).sort()).toEqual(['aanmelder.vb@rots.example', 'aanmelder.wvl@rots.example'])
    for (const m of notices) expect(m.text).not.toContain('Yusuf')
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'verwijsindex.melding'))).toHaveLength(1)
    expect(await deps.db.select().from(outbox).where(eq(outbox.status, 'wachtend'))).toHaveLength(0)
  })

  it('says nothing when the earlier case was closed more than 12 months ago', async () => {
    const { client, settled, cookie, deps, clock } = await env()
    const first = await submitCase(settled, client, cookie)
    await client.post(`/aanmeldingen/${first.id}/intrekken`, {}, cookie)
    clock.advance(366 * 24 * 60 * 60 * 1000)
    const wvl = await client.login('aanmelder.wvl@rots.example')
    const second = await submitCase(settled, client, wvl, { regio: 'WVL', clb_akkoord: 'ja', toestemming_datum: '2027-02-20' })
    expect(second.res.status).toBe(303)
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'verwijsindex.melding'))).toHaveLength(0)
  })
})
