import { like } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema'
import { testApp } from '../support'
import {
  ANALIST_ONDERWIJS,
  ANALIST_OPGROEIEN,
  account,
  COORDINATOR_VB,
  COORDINATOR_WVL,
  deniedCount,
  type Env,
  flaggedCase,
  forward,
  raise,
  signalRow,
} from './support'

const signalMails = (env: Env) => env.deps.db.select().from(outbox).where(like(outbox.subject, 'Signaal van het ROTS:%'))

describe('forwarding a signal', () => {
  it('asks for confirmation, then forwards: status doorgestuurd, forwardedAt set, audited', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb)
    const confirm = await env.client.get(`/signalen/${id}/doorsturen`, vb)
    expect(confirm.status).toBe(200)
    const html = await confirm.text()
    expect(html).toContain('Ja, doorsturen')
    expect(html).toContain('Opgroeien')
    expect((await signalRow(env, id)).status).toBe('nieuw')
    await forward(env, vb, id)
    expect(await signalRow(env, id)).toMatchObject({ status: 'doorgestuurd', forwardedAt: env.clock.now() })
    const page = await (await env.client.get(`/signalen/${id}?melding=doorgestuurd`, vb)).text()
    expect(page).toContain('Het signaal is doorgestuurd.')
    expect(page).toContain('Doorgestuurd, 1 analist verwittigd')
    expect((await env.client.post(`/signalen/${id}/doorsturen`, {}, vb)).status).toBe(409)
    expect((await env.client.get(`/signalen/${id}/doorsturen`, vb)).status).toBe(409)
  })

  it('mails exactly the active analists of the addressed administrations who cover the region', async () => {
    const env = await testApp()
    const otherOpgroeien = await account(env, { role: 'analist', regions: ['VB'], administration: 'opgroeien' })
    const inactive = await account(env, { role: 'analist', regions: ['VB'], administration: 'opgroeien', active: false })
    const otherRegion = await account(env, { role: 'analist', regions: ['WVL'], administration: 'opgroeien' })
    const noAdministration = await account(env, { role: 'analist', regions: ['VB'], administration: null })
    const coordinatorInOpgroeien = await account(env, { role: 'coordinator', regions: ['VB'], administration: 'opgroeien' })
    const vb = await env.client.login(COORDINATOR_VB)

    const toOpgroeien = await raise(env, vb, { titel: 'Voor Opgroeien', bestemmelingen: ['opgroeien'] })
    await forward(env, vb, toOpgroeien)
    let to = (await signalMails(env)).map((m) => m.to).sort()
    expect(to).toEqual([ANALIST_OPGROEIEN, otherOpgroeien.email].sort())
    for (const who of [inactive, otherRegion, noAdministration, coordinatorInOpgroeien]) expect(to).not.toContain(who.email)

    await env.deps.db.delete(outbox)
    const toBoth = await raise(env, vb, { titel: 'Voor beide', bestemmelingen: ['opgroeien', 'onderwijs', 'lokaal_bestuur'] })
    await forward(env, vb, toBoth)
    to = (await signalMails(env)).map((m) => m.to).sort()
    expect(to).toEqual([ANALIST_ONDERWIJS, ANALIST_OPGROEIEN, otherOpgroeien.email].sort())

    await env.deps.db.delete(outbox)
    const toLocal = await raise(env, vb, { titel: 'Voor het lokaal bestuur', bestemmelingen: ['lokaal_bestuur'] })
    await forward(env, vb, toLocal)
    expect(await signalMails(env)).toEqual([])
    expect((await signalRow(env, toLocal)).status).toBe('doorgestuurd')
  })

  it('mails the title and a link only, never a case reference or case text', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb, { titel: 'Wachtlijsten CGG', casussen: c.reference, bestemmelingen: ['onderwijs'] })
    await forward(env, vb, id)
    const [mail] = await signalMails(env)
    expect(mail?.to).toBe(ANALIST_ONDERWIJS)
    expect(mail?.subject).toBe('Signaal van het ROTS: Wachtlijsten CGG')
    expect(mail?.text).toContain(`http://localhost/signalen/${id}`)
    expect(mail?.text).not.toContain(c.reference)
    expect(mail?.text).not.toContain(c.caseId)
    expect(mail?.text).not.toContain('time-outplaatsen binnen redelijke termijn')
  })

  it('refuses the coordinator of another region, analists, tafelleden, aanmelders and beheerders (403, audited)', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb)
    for (const email of [COORDINATOR_WVL, ANALIST_OPGROEIEN, 'tafellid.vb@rots.example', 'aanmelder.vb@rots.example', 'beheerder@rots.example']) {
      const cookie = await env.client.login(email)
      const before = await deniedCount(env)
      expect((await env.client.get(`/signalen/${id}/doorsturen`, cookie)).status, email).toBe(403)
      expect((await env.client.post(`/signalen/${id}/doorsturen`, {}, cookie)).status, email).toBe(403)
      expect(await deniedCount(env)).toBe(before + 2)
    }
    expect((await signalRow(env, id)).status).toBe('nieuw')
    expect((await env.client.post('/signalen/bestaatniet/doorsturen', {}, vb)).status).toBe(404)
  })
})

describe('closing a signal', () => {
  it('closes after confirmation, from nieuw as well as after forwarding; a closed signal cannot be closed again', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const dropped = await raise(env, vb)
    const confirm = await (await env.client.get(`/signalen/${dropped}/afsluiten`, vb)).text()
    expect(confirm).toContain('Het signaal is nog niet doorgestuurd.')
    expect((await env.client.post(`/signalen/${dropped}/afsluiten`, {}, vb)).status).toBe(303)
    expect(await signalRow(env, dropped)).toMatchObject({ status: 'afgesloten', closedAt: env.clock.now(), forwardedAt: null })
    expect((await env.client.post(`/signalen/${dropped}/afsluiten`, {}, vb)).status).toBe(409)
    expect((await env.client.post(`/signalen/${dropped}/doorsturen`, {}, vb)).status).toBe(409)

    const sent = await raise(env, vb)
    await forward(env, vb, sent)
    expect((await env.client.post(`/signalen/${sent}/afsluiten`, {}, vb)).status).toBe(303)
    expect((await signalRow(env, sent)).status).toBe('afgesloten')
  })

  it('refuses analists and the coordinator of another region', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb)
    await forward(env, vb, id)
    for (const email of [COORDINATOR_WVL, ANALIST_OPGROEIEN]) {
      const cookie = await env.client.login(email)
      expect((await env.client.post(`/signalen/${id}/afsluiten`, {}, cookie)).status, email).toBe(403)
    }
    expect((await signalRow(env, id)).status).toBe('doorgestuurd')
  })
})
