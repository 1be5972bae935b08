import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { signalResponses } from '../../db/schema'
import { suppressSmallCount } from '../../src/signals/count'
import { checkSignalTransition } from '../../src/signals/lifecycle'
import { testApp } from '../support'
import {
  ANALIST_ONDERWIJS,
  ANALIST_OPGROEIEN,
  account,
  COORDINATOR_VB,
  COORDINATOR_WVL,
  deniedCount,
  flaggedCase,
  forward,
  post,
  raise,
  signalRow,
} from './support'

describe('the analist’s signals', () => {
  it('lists only forwarded signals addressed to their administration, for Flanders or one region', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const wvl = await env.client.login(COORDINATOR_WVL)
    const draft = await raise(env, vb, { titel: 'Nog niet doorgestuurd' })
    const forOnderwijs = await raise(env, vb, { titel: 'Enkel voor Onderwijs', bestemmelingen: ['onderwijs'] })
    const fromVb = await raise(env, vb, { titel: 'Uit Vlaams-Brabant' })
    const fromWvl = await raise(env, wvl, { regio: 'WVL', titel: 'Uit West-Vlaanderen' })
    for (const id of [forOnderwijs, fromVb, fromWvl]) await forward(env, id === fromWvl ? wvl : vb, id)

    const analist = await env.client.login(ANALIST_OPGROEIEN)
    const all = await (await env.client.get('/signalen', analist)).text()
    expect(all).toContain('Signalen aan Opgroeien')
    expect(all).toContain('Uit Vlaams-Brabant')
    expect(all).toContain('Uit West-Vlaanderen')
    expect(all).not.toContain('Enkel voor Onderwijs')
    expect(all).not.toContain('Nog niet doorgestuurd')
    expect(all).not.toContain(draft)
    const region = await (await env.client.get('/signalen?regio=WVL', analist)).text()
    expect(region).toContain('Uit West-Vlaanderen')
    expect(region).not.toContain('Uit Vlaams-Brabant')

    const onderwijs = await env.client.login(ANALIST_ONDERWIJS)
    const theirs = await (await env.client.get('/signalen', onderwijs)).text()
    expect(theirs).toContain('Enkel voor Onderwijs')
    expect(theirs).not.toContain('Uit Vlaams-Brabant')
  })

  it('tells an analist without an administration why the list is empty', async () => {
    const env = await testApp()
    const lost = await account(env, { role: 'analist', regions: ['VB'], administration: null })
    const html = await (await env.client.get('/signalen', await env.client.login(lost.email))).text()
    expect(html).toContain('Uw organisatie is nog aan geen bestuur gekoppeld')
  })

  it('shows the signal with its cases only as a suppressed count, never a reference, a case id or a case link', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb, { titel: 'Time-out in de eerste graad', casussen: c.reference, bespreking: c.consultId })
    await forward(env, vb, id)
    const analist = await env.client.login(ANALIST_OPGROEIEN)
    for (const path of ['/signalen', `/signalen/${id}`]) {
      const html = await (await env.client.get(path, analist)).text()
      expect(html).toContain('Time-out in de eerste graad')
      expect(html).not.toContain(c.reference)
      expect(html).not.toContain(c.caseId)
      expect(html).not.toContain(c.consultId)
      expect(html).not.toMatch(/ROTS-[A-Z]{2,3}-\d{4}-\d{4}/)
      expect(html).not.toContain('/casussen/')
      expect(html).not.toContain('/verslag/')
      expect(html).not.toContain('structureel geen time-outplaats')
    }
    const detail = await (await env.client.get(`/signalen/${id}`, analist)).text()
    expect(detail).toContain('<dt>Gekoppelde casussen</dt><dd>&lt;5</dd>')
  })

  it('refuses an analist of another administration, a non-forwarded signal and a bundled member (403, audited)', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb, { bestemmelingen: ['opgroeien'] })
    const draft = await raise(env, vb)
    await forward(env, vb, id)
    const onderwijs = await env.client.login(ANALIST_ONDERWIJS)
    const before = await deniedCount(env)
    expect((await env.client.get(`/signalen/${id}`, onderwijs)).status).toBe(403)
    expect((await env.client.post(`/signalen/${id}/antwoord`, { antwoord: 'Wij nemen het op.' }, onderwijs)).status).toBe(403)
    expect((await env.client.post(`/signalen/${id}/antwoord`, { antwoord: '' }, onderwijs)).status).toBe(403)
    const opgroeien = await env.client.login(ANALIST_OPGROEIEN)
    expect((await env.client.get(`/signalen/${draft}`, opgroeien)).status).toBe(403)
    expect(await deniedCount(env)).toBe(before + 4)
    expect((await env.client.get('/signalen/bestaatniet', opgroeien)).status).toBe(404)
    // an analist of the right administration without the analist role for the region
    const elsewhere = await account(env, { role: 'analist', regions: ['WVL'], administration: 'opgroeien' })
    expect((await env.client.get(`/signalen/${id}`, await env.client.login(elsewhere.email))).status).toBe(403)
    // nor do they raise, bundle or edit
    expect((await env.client.get('/signalen/nieuw', opgroeien)).status).toBe(403)
    expect((await env.client.get('/signalen/bundelen', opgroeien)).status).toBe(403)
    expect((await env.client.get(`/signalen/${id}/bewerken`, opgroeien)).status).toBe(403)
  })

  it('refuses tafelleden, aanmelders and beheerders the whole register', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb)
    await forward(env, vb, id)
    for (const email of ['tafellid.vb@rots.example', 'aanmelder.vb@rots.example', 'beheerder@rots.example']) {
      const cookie = await env.client.login(email)
      for (const path of ['/signalen', `/signalen/${id}`, '/signalen/nieuw', '/signalen/bundelen']) {
        expect((await env.client.get(path, cookie)).status, `${email} ${path}`).toBe(403)
      }
      expect((await env.client.post(`/signalen/${id}/antwoord`, { antwoord: 'x' }, cookie)).status).toBe(403)
    }
  })
})

describe('recording the government’s response', () => {
  it('answers 422 keeping the text, then records it scrubbed; the signal is beantwoord and the coordinator sees it', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb, { casussen: c.reference })
    await forward(env, vb, id)
    const analist = await env.client.login(ANALIST_OPGROEIEN)
    const long = 'x'.repeat(4001)
    const bad = await post(env, `/signalen/${id}/antwoord`, { antwoord: long }, analist)
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Het antwoord mag hoogstens 4000 tekens lang zijn.')
    expect(badHtml).toContain(long)
    const empty = await post(env, `/signalen/${id}/antwoord`, { antwoord: '  ' }, analist)
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Vul het antwoord van uw bestuur in.')

    const res = await post(
      env,
      `/signalen/${id}/antwoord`,
      { antwoord: 'We bekijken extra time-outplaatsen; contact: jan.peeters@opgroeien.example of Yusuf.' },
      analist,
    )
    expect(res.status).toBe(303)
    expect((await signalRow(env, id)).status).toBe('beantwoord')
    const [response] = await env.deps.db.select().from(signalResponses).where(eq(signalResponses.signalId, id))
    expect(response).toMatchObject({ addressee: 'opgroeien' })
    expect(response?.text).toContain('extra time-outplaatsen')
    expect(response?.text).not.toContain('jan.peeters')
    expect(response?.text).not.toContain('Yusuf')

    const list = await (await env.client.get('/signalen?status=beantwoord', analist)).text()
    expect(list).toContain('<td>Geregistreerd</td>')
    expect(await (await env.client.get('/signalen?status=doorgestuurd', analist)).text()).toContain('Geen signalen die aan deze filters voldoen.')
    const mine = await (await env.client.get(`/signalen/${id}?melding=beantwoord`, analist)).text()
    expect(mine).toContain('Uw antwoord is geregistreerd.')
    expect(mine).toContain('extra time-outplaatsen')
    const coordinatorView = await (await env.client.get(`/signalen/${id}`, vb)).text()
    expect(coordinatorView).toContain('extra time-outplaatsen')
    expect(coordinatorView).toContain('Antwoord geregistreerd door Opgroeien')

    // the other addressed administration may answer too, and once closed nobody can
    const both = await raise(env, vb, { bestemmelingen: ['opgroeien', 'onderwijs'] })
    await forward(env, vb, both)
    expect((await post(env, `/signalen/${both}/antwoord`, { antwoord: 'Opgroeien neemt het op.' }, analist)).status).toBe(303)
    const onderwijs = await env.client.login(ANALIST_ONDERWIJS)
    expect((await post(env, `/signalen/${both}/antwoord`, { antwoord: 'Onderwijs ook.' }, onderwijs)).status).toBe(303)
    expect((await env.deps.db.select().from(signalResponses).where(eq(signalResponses.signalId, both))).map((r) => r.addressee).sort()).toEqual([
      'onderwijs',
      'opgroeien',
    ])
    expect((await env.client.post(`/signalen/${both}/afsluiten`, {}, vb)).status).toBe(303)
    expect((await post(env, `/signalen/${both}/antwoord`, { antwoord: 'Te laat.' }, onderwijs)).status).toBe(409)
    expect(await (await env.client.get(`/signalen/${both}`, onderwijs)).text()).not.toContain('Antwoord registreren')
  })

  it('refuses a coordinator recording a response', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb)
    await forward(env, vb, id)
    expect((await post(env, `/signalen/${id}/antwoord`, { antwoord: 'Zelf beantwoord.' }, vb)).status).toBe(403)
    expect((await signalRow(env, id)).status).toBe('doorgestuurd')
  })

  it('counts the cases of a bundle and its members once each, suppressed below five', async () => {
    const env = await testApp()
    const one = await flaggedCase(env)
    const two = await flaggedCase(env)
    const vb = await env.client.login(COORDINATOR_VB)
    const a = await raise(env, vb, { casussen: one.reference })
    const b = await raise(env, vb, { casussen: `${one.reference}, ${two.reference}` })
    const res = await post(
      env,
      '/signalen/bundelen',
      { regio: 'VB', signalen: [a, b], titel: 'Bundel', beschrijving: 'Samen.', niveau: 'vlaams', actie: 'indienen' },
      vb,
    )
    const bundle = /^\/signalen\/([a-z0-9]+)\?/.exec(res.headers.get('Location') ?? '')?.[1] ?? ''
    await forward(env, vb, bundle)
    expect(await (await env.client.get(`/signalen/${bundle}`, vb)).text()).toContain('<dt>Gekoppelde casussen</dt><dd>2</dd>')
    const analist = await env.client.login(ANALIST_OPGROEIEN)
    const html = await (await env.client.get(`/signalen/${bundle}`, analist)).text()
    expect(html).toContain('<dt>Gekoppelde casussen</dt><dd>&lt;5</dd>')
    expect(html).toContain('Gebundelde signalen')
    expect(html).not.toContain(`/signalen/${a}`)
    expect((await env.client.get(`/signalen/${a}`, analist)).status).toBe(403)
    const empty = await raise(env, vb)
    await forward(env, vb, empty)
    expect(await (await env.client.get(`/signalen/${empty}`, analist)).text()).toContain('<dt>Gekoppelde casussen</dt><dd>0</dd>')
  })
})

describe('rules as plain functions', () => {
  it('suppresses counts from 1 to 4', () => {
    expect([0, 1, 4, 5, 12].map(suppressSmallCount)).toEqual(['0', '<5', '<5', '5', '12'])
  })

  it('allows each transition only from its statuses, and nothing for a bundled signal', () => {
    const at = (status: Parameters<typeof checkSignalTransition>[1]['status'], bundleId: string | null = null) => ({ status, bundleId })
    expect(checkSignalTransition('edit', at('nieuw')).ok).toBe(true)
    expect(checkSignalTransition('edit', at('gebundeld')).ok).toBe(true)
    expect(checkSignalTransition('edit', at('doorgestuurd')).ok).toBe(false)
    expect(checkSignalTransition('bundle', at('nieuw'))).toEqual({ ok: true, to: 'gebundeld' })
    expect(checkSignalTransition('bundle', at('gebundeld')).ok).toBe(false)
    expect(checkSignalTransition('forward', at('nieuw'))).toEqual({ ok: true, to: 'doorgestuurd' })
    expect(checkSignalTransition('forward', at('gebundeld'))).toEqual({ ok: true, to: 'doorgestuurd' })
    expect(checkSignalTransition('forward', at('beantwoord')).ok).toBe(false)
    expect(checkSignalTransition('respond', at('nieuw')).ok).toBe(false)
    expect(checkSignalTransition('respond', at('doorgestuurd'))).toEqual({ ok: true, to: 'beantwoord' })
    expect(checkSignalTransition('respond', at('beantwoord'))).toEqual({ ok: true, to: 'beantwoord' })
    expect(checkSignalTransition('respond', at('afgesloten')).ok).toBe(false)
    expect(checkSignalTransition('close', at('beantwoord'))).toEqual({ ok: true, to: 'afgesloten' })
    expect(checkSignalTransition('close', at('afgesloten')).ok).toBe(false)
    for (const t of ['edit', 'bundle', 'forward', 'respond', 'close'] as const) expect(checkSignalTransition(t, at('nieuw', 'bundel')).ok).toBe(false)
  })
})
