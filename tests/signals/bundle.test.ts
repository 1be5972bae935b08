import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { signalAddressees, signalCases, signals, signalThemes } from '../../db/schema'
import { testApp } from '../support'
import { COORDINATOR_VB, COORDINATOR_WVL, type Env, flaggedCase, forward, post, raise, signalRow } from './support'

const bundleForm = (ids: string[], overrides: Record<string, string | string[]> = {}) => ({
  regio: 'VB',
  signalen: ids,
  titel: 'Tekort aan time-outplaatsen',
  beschrijving: 'Meerdere besprekingen stootten op hetzelfde tekort.',
  niveau: 'vlaams',
  actie: 'indienen',
  ...overrides,
})

async function bundled(env: Env, cookie: string, ids: string[]) {
  const res = await post(env, '/signalen/bundelen', bundleForm(ids), cookie)
  const id = /^\/signalen\/([a-z0-9]+)\?/.exec(res.headers.get('Location') ?? '')?.[1]
  if (res.status !== 303 || !id) throw new Error(`not bundled: ${res.status}`)
  return id
}

describe('bundling signals', () => {
  it('offers the region’s new signals, confirms, and makes one bundle that carries themes, addressees and cases', async () => {
    const env = await testApp()
    const c = await flaggedCase(env)
    const vb = await env.client.login(COORDINATOR_VB)
    const a = await raise(env, vb, { titel: 'Signaal A', themas: ['spijbelen'], bestemmelingen: ['opgroeien'], casussen: c.reference })
    const b = await raise(env, vb, { titel: 'Signaal B', themas: ['armoede'], bestemmelingen: ['onderwijs'] })
    const form = await (await env.client.get('/signalen/bundelen', vb)).text()
    expect(form).toContain('Signaal A')
    expect(form).toContain('Signaal B')

    const confirm = await post(env, '/signalen/bundelen', bundleForm([a, b], { actie: 'controle' }), vb)
    expect(confirm.status).toBe(200)
    const confirmHtml = await confirm.text()
    expect(confirmHtml).toContain('U bundelt 2 signalen')
    expect(confirmHtml).toContain('Ja, signalen bundelen')
    expect((await env.deps.db.select().from(signals)).length).toBe(2)

    const id = await bundled(env, vb, [a, b])
    expect(await signalRow(env, id)).toMatchObject({ status: 'gebundeld', regionCode: 'VB', level: 'vlaams', bundleId: null })
    for (const member of [a, b]) expect(await signalRow(env, member)).toMatchObject({ status: 'gebundeld', bundleId: id })
    const themes = (await env.deps.db.select().from(signalThemes).where(eq(signalThemes.signalId, id))).map((t) => t.theme).sort()
    expect(themes).toEqual(['armoede', 'spijbelen'])
    const addressees = (await env.deps.db.select().from(signalAddressees).where(eq(signalAddressees.signalId, id))).map((x) => x.addressee).sort()
    expect(addressees).toEqual(['onderwijs', 'opgroeien'])
    expect((await env.deps.db.select().from(signalCases).where(eq(signalCases.signalId, id))).map((x) => x.caseId)).toEqual([c.caseId])

    const page = await (await env.client.get(`/signalen/${id}`, vb)).text()
    expect(page).toContain('Signalen in deze bundel')
    expect(page).toContain('Signaal A')
    expect(page).toContain(c.reference)
    const member = await (await env.client.get(`/signalen/${a}`, vb)).text()
    expect(member).toContain('Dit signaal zit in de bundel')
    expect(member).not.toContain('/doorsturen')
    // the register lists the bundle, not its members
    const register = await (await env.client.get('/signalen', vb)).text()
    expect(register).toContain('bundel van 2 signalen')
    expect(register).not.toContain(`/signalen/${a}"`)
  })

  it('needs at least two signals (422, values kept)', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const a = await raise(env, vb)
    await raise(env, vb)
    const res = await post(env, '/signalen/bundelen', bundleForm([a], { titel: 'Mijn bundeltitel' }), vb)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Kies minstens twee signalen om te bundelen.')
    expect(html).toContain('Mijn bundeltitel')
  })

  it('bundles only new signals of one region: not another region’s, not a forwarded or already bundled one', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const wvl = await env.client.login(COORDINATOR_WVL)
    const a = await raise(env, vb)
    const b = await raise(env, vb)
    const w = await raise(env, wvl, { regio: 'WVL' })
    expect((await post(env, '/signalen/bundelen', bundleForm([a, w]), vb)).status).toBe(409)
    expect((await post(env, '/signalen/bundelen', bundleForm([a, w], { regio: 'WVL' }), vb)).status).toBe(403)
    const forwarded = await raise(env, vb)
    await forward(env, vb, forwarded)
    expect((await post(env, '/signalen/bundelen', bundleForm([a, forwarded]), vb)).status).toBe(409)
    await bundled(env, vb, [a, b])
    const c = await raise(env, vb)
    expect((await post(env, '/signalen/bundelen', bundleForm([a, c]), vb)).status).toBe(409)
    expect(await signalRow(env, c)).toMatchObject({ status: 'nieuw', bundleId: null })
    expect((await post(env, '/signalen/bundelen', bundleForm([c, 'bestaatniet']), vb)).status).toBe(409)
  })

  it('forwards and closes a bundle with its members; a member cannot be forwarded or closed on its own', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const a = await raise(env, vb)
    const b = await raise(env, vb)
    const id = await bundled(env, vb, [a, b])
    expect((await env.client.post(`/signalen/${a}/doorsturen`, {}, vb)).status).toBe(409)
    expect((await env.client.post(`/signalen/${a}/afsluiten`, {}, vb)).status).toBe(409)
    expect((await env.client.get(`/signalen/${a}/bewerken`, vb)).status).toBe(409)
    await forward(env, vb, id)
    for (const s of [id, a, b]) {
      const row = await signalRow(env, s)
      expect(row.status).toBe('doorgestuurd')
      expect(row.forwardedAt).toEqual(env.clock.now())
    }
    expect((await env.client.post(`/signalen/${id}/afsluiten`, {}, vb)).status).toBe(303)
    for (const s of [id, a, b]) expect((await signalRow(env, s)).status).toBe('afgesloten')
  })
})
