import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, signalAddressees, signalCases, signalThemes } from '../../db/schema'
import { grant } from '../followup/support'
import { testApp } from '../support'
import { COORDINATOR_VB, COORDINATOR_WVL, deniedCount, flaggedCase, forward, post, raise, signalForm, signalRow } from './support'

describe('raising a signal', () => {
  it('creates a new signal with its themes, addressees and linked cases, and audits it', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const coordinator = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, coordinator, { casussen: c.reference.toLowerCase(), bestemmelingen: ['opgroeien', 'onderwijs'] })
    const row = await signalRow(env, id)
    expect(row).toMatchObject({ regionCode: 'VB', status: 'nieuw', level: 'regionaal', bundleId: null, consultId: null, forwardedAt: null })
    const themes = await env.deps.db.select().from(signalThemes).where(eq(signalThemes.signalId, id))
    expect(themes.map((t) => t.theme).sort()).toEqual(['leerrecht', 'spijbelen'])
    const addressees = await env.deps.db.select().from(signalAddressees).where(eq(signalAddressees.signalId, id))
    expect(addressees.map((a) => a.addressee).sort()).toEqual(['onderwijs', 'opgroeien'])
    const linked = await env.deps.db.select().from(signalCases).where(eq(signalCases.signalId, id))
    expect(linked.map((l) => l.caseId)).toEqual([c.caseId])
    const [entry] = await env.deps.db.select().from(auditLog).where(eq(auditLog.objectId, id))
    expect(entry).toMatchObject({ action: 'signaal.aangemaakt', objectType: 'signal' })

    const page = await (await env.client.get(`/signalen/${id}?melding=aangemaakt`, coordinator)).text()
    expect(page).toContain('Het signaal is aangemaakt.')
    expect(page).toContain(c.reference)
    expect(page).toContain(`/casussen/${c.caseId}`)
    expect(page).toContain('Aangemaakt')
  })

  it('raises a signal from a bespreking’s flag: prefilled, linked to the consult and its case, then gone from the list', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const coordinator = await env.client.login(COORDINATOR_VB)
    const register = await (await env.client.get('/signalen', coordinator)).text()
    expect(register).toContain('Signalen uit besprekingen')
    expect(register).toContain(`/signalen/nieuw?bespreking=${c.consultId}`)
    expect(register).toContain('structureel geen time-outplaats')

    const form = await (await env.client.get(`/signalen/nieuw?bespreking=${c.consultId}`, coordinator)).text()
    expect(form).toContain('structureel geen time-outplaats')
    expect(form).toContain(c.reference)
    expect(form).toContain(`name="bespreking" value="${c.consultId}"`)

    const id = await raise(env, coordinator, { bespreking: c.consultId, casussen: c.reference, beschrijving: 'Uit de bespreking: geen time-outplaats.' })
    expect(await signalRow(env, id)).toMatchObject({ consultId: c.consultId, regionCode: 'VB' })
    const after = await (await env.client.get('/signalen', coordinator)).text()
    expect(after).not.toContain(`bespreking=${c.consultId}`)
    expect(after).toContain('Geen besprekingen met een signaal')
    // a second signal from the same bespreking is refused
    expect((await env.client.get(`/signalen/nieuw?bespreking=${c.consultId}`, coordinator)).status).toBe(409)
    expect((await post(env, '/signalen/nieuw', signalForm({ bespreking: c.consultId }), coordinator)).status).toBe(409)
  })

  it('refuses a bespreking of another region (403) and one without a signal flag (409)', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const wvl = await env.client.login(COORDINATOR_WVL)
    expect((await env.client.get(`/signalen/nieuw?bespreking=${c.consultId}`, wvl)).status).toBe(403)
    expect(await (await env.client.get('/signalen', wvl)).text()).not.toContain(c.consultId)
    const other = await testApp()
    const plain = await (await import('../followup/support')).caseInFollowUp(other)
    const vb = await other.client.login(COORDINATOR_VB)
    expect((await other.client.get(`/signalen/nieuw?bespreking=${plain.consultId}`, vb)).status).toBe(409)
  })

  it('answers 422 with every value kept when the form is incomplete', async () => {
    const env = await testApp()
    const coordinator = await env.client.login(COORDINATOR_VB)
    const res = await post(
      env,
      '/signalen/nieuw',
      signalForm({ titel: '', niveau: '', themas: [], bestemmelingen: ['onderwijs'], beschrijving: 'Mijn eigen beschrijving.', casussen: 'ROTS-VB-2026-0099' }),
      coordinator,
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Geef het signaal een korte titel.')
    expect(html).toContain('Kies of het signaal lokaal, regionaal of Vlaams is.')
    expect(html).toContain('Kies minstens één thema.')
    expect(html).toContain('Mijn eigen beschrijving.')
    expect(html).toContain('ROTS-VB-2026-0099')
    expect(html).toMatch(/value="onderwijs"[^>]*checked/)
  })

  it('answers 422 for a reference that is malformed, unknown, or of another region', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const vb = await env.client.login(COORDINATOR_VB)
    const malformed = await post(env, '/signalen/nieuw', signalForm({ casussen: 'casus van vorige week' }), vb)
    expect(malformed.status).toBe(422)
    expect(await malformed.text()).toContain('is geen referentie zoals ROTS-VB-2026-0001')
    const unknown = await post(env, '/signalen/nieuw', signalForm({ casussen: `${c.reference}\nROTS-VB-2026-0999` }), vb)
    expect(unknown.status).toBe(422)
    expect(await unknown.text()).toContain('Er is geen casus ROTS-VB-2026-0999 in deze regio.')
    const wvl = await env.client.login(COORDINATOR_WVL)
    const elsewhere = await post(env, '/signalen/nieuw', signalForm({ regio: 'WVL', casussen: c.reference }), wvl)
    expect(elsewhere.status).toBe(422)
    expect(await elsewhere.text()).toContain(`Er is geen casus ${c.reference} in deze regio.`)
  })

  it('refuses to raise a signal in a region the coordinator does not coordinate', async () => {
    const env = await testApp()
    const wvl = await env.client.login(COORDINATOR_WVL)
    const before = await deniedCount(env)
    expect((await post(env, '/signalen/nieuw', signalForm({ regio: 'VB' }), wvl)).status).toBe(403)
    expect(await deniedCount(env)).toBe(before + 1)
  })
})

describe('scrubbing the text', () => {
  it('shows the review step first and stores nothing until confirmed', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const coordinator = await env.client.login(COORDINATOR_VB)
    const res = await post(
      env,
      '/signalen/nieuw',
      signalForm({ actie: 'controle', casussen: c.reference, beschrijving: 'Yusuf en andere jongeren vinden geen plaats; bel 0478 12 34 56.' }),
      coordinator,
    )
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Controleer de persoonsgegevens')
    expect(html).toContain('<mark class="pii"')
    expect(html).toContain('Signaal bewaren')
    expect((await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'signaal.aangemaakt'))).length).toBe(0)
  })

  it('stores no name of a linked case’s young person, in the title or the description', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const coordinator = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, coordinator, {
      casussen: c.reference,
      titel: 'Yusuf El Amrani vindt geen school',
      beschrijving: 'Voor Yusuf El Amrani van het Sint-Pieterscollege Leuven is er geen plaats; mama belt op 0478 12 34 56.',
    })
    const row = await signalRow(env, id)
    for (const needle of ['Yusuf', 'Amrani', 'Sint-Pieterscollege', '0478']) {
      expect(row.title).not.toContain(needle)
      expect(row.description).not.toContain(needle)
    }
    expect(row.title).toContain('[PERSOON 1]')
    expect(row.description).toContain('[PERSOON 1]')
    expect(row.description).toContain('geen plaats')
  })

  it('hides what the reviewer adds and keeps what they unmark', async () => {
    const env = await testApp()
    const coordinator = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, coordinator, {
      beschrijving: 'In de buurt van het Klokhuis vinden jongeren geen plaats.',
      verberg_beschrijving: 'Klokhuis',
      verberg_soort_beschrijving: 'ADDRESS',
    })
    const row = await signalRow(env, id)
    expect(row.description).not.toContain('Klokhuis')
    expect(row.description).toContain('[ADRES 1]')
  })
})

describe('rewording a signal', () => {
  it('lets the coordinator change a new signal, re-scrubbed, with 422 keeping values', async () => {
    const env = await testApp()
    const coordinator = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, coordinator)
    const form = await (await env.client.get(`/signalen/${id}/bewerken`, coordinator)).text()
    expect(form).toContain('Geen time-outplaatsen in de eerste graad')
    const bad = await post(env, `/signalen/${id}/bewerken`, signalForm({ titel: 'Nieuwe titel', bestemmelingen: [] }), coordinator)
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Kies minstens één bestemmeling.')
    expect(badHtml).toContain('Nieuwe titel')
    const res = await post(env, `/signalen/${id}/bewerken`, signalForm({ titel: 'Nieuwe titel', niveau: 'vlaams', bestemmelingen: ['onderwijs'] }), coordinator)
    expect(res.status).toBe(303)
    expect(await signalRow(env, id)).toMatchObject({ title: 'Nieuwe titel', level: 'vlaams', status: 'nieuw' })
    const addressees = await env.deps.db.select().from(signalAddressees).where(eq(signalAddressees.signalId, id))
    expect(addressees.map((a) => a.addressee)).toEqual(['onderwijs'])
  })

  it('refuses to change a forwarded signal (409) and a signal of another region (403)', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb)
    const wvl = await env.client.login(COORDINATOR_WVL)
    expect((await env.client.get(`/signalen/${id}/bewerken`, wvl)).status).toBe(403)
    expect((await post(env, `/signalen/${id}/bewerken`, signalForm(), wvl)).status).toBe(403)
    expect((await env.client.get(`/signalen/${id}`, wvl)).status).toBe(403)
    await forward(env, vb, id)
    expect((await env.client.get(`/signalen/${id}/bewerken`, vb)).status).toBe(409)
    expect((await post(env, `/signalen/${id}/bewerken`, signalForm({ titel: 'Te laat' }), vb)).status).toBe(409)
    expect((await signalRow(env, id)).title).toBe('Geen time-outplaatsen in de eerste graad')
  })
})

describe('the register', () => {
  it('shows an empty state, then filters by status, level and theme and pages', async () => {
    const env = await testApp()
    const coordinator = await env.client.login(COORDINATOR_VB)
    expect(await (await env.client.get('/signalen', coordinator)).text()).toContain('Er zijn nog geen signalen.')
    for (let i = 0; i < 27; i++) {
      await raise(env, coordinator, { titel: `Signaal nummer ${i}`, niveau: i === 0 ? 'vlaams' : 'lokaal', themas: i === 1 ? ['armoede'] : ['spijbelen'] })
      env.clock.advance(60_000)
    }
    const first = await (await env.client.get('/signalen', coordinator)).text()
    expect(first).toContain('27 signalen')
    expect(first).toContain('Pagina 1 van 2')
    const second = await (await env.client.get('/signalen?pagina=2', coordinator)).text()
    expect(second).toContain('Signaal nummer 0')
    const vlaams = await (await env.client.get('/signalen?niveau=vlaams', coordinator)).text()
    expect(vlaams).toContain('1 signaal,')
    expect(vlaams).toContain('Signaal nummer 0')
    const armoede = await (await env.client.get('/signalen?thema=armoede', coordinator)).text()
    expect(armoede).toContain('Signaal nummer 1<')
    expect(armoede).toContain('1 signaal,')
    const closed = await (await env.client.get('/signalen?status=afgesloten', coordinator)).text()
    expect(closed).toContain('Geen signalen die aan deze filters voldoen.')
  })

  it('lets a coordinator of two regions choose the region of a new signal and of a bundle, and filter on it', async () => {
    const env = await testApp()
    await grant(env, COORDINATOR_VB, 'coordinator', 'WVL')
    const both = await env.client.login(COORDINATOR_VB)
    const form = await (await env.client.get('/signalen/nieuw', both)).text()
    expect(form).toContain('<select id="veld-regio" name="regio"')
    const missing = await post(env, '/signalen/nieuw', signalForm({ regio: '' }), both)
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('Kies de regio van het signaal.')
    await raise(env, both, { regio: 'WVL', titel: 'Uit West-Vlaanderen' })
    await raise(env, both, { regio: 'VB', titel: 'Uit Vlaams-Brabant' })
    const onlyWvl = await (await env.client.get('/signalen?regio=WVL', both)).text()
    expect(onlyWvl).toContain('Uit West-Vlaanderen')
    expect(onlyWvl).not.toContain('Uit Vlaams-Brabant')
    expect(await (await env.client.get('/signalen/bundelen', both)).text()).toContain('Kies eerst de regio')
    expect(await (await env.client.get('/signalen/bundelen?regio=WVL', both)).text()).toContain('minder dan twee nieuwe signalen')
  })

  it('shows a coordinator only the signals of their own region', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    await raise(env, vb, { titel: 'Alleen in Vlaams-Brabant' })
    const wvl = await env.client.login(COORDINATOR_WVL)
    expect(await (await env.client.get('/signalen', wvl)).text()).not.toContain('Alleen in Vlaams-Brabant')
  })
})
