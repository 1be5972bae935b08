import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, grants, organisations, users } from '../../db/schema'
import { client, sessionCookie, testApp } from '../support'

const BEHEERDER = 'beheerder@rots.example'

async function adminSession() {
  const env = await testApp()
  const cookie = await env.client.login(BEHEERDER)
  const [org] = await env.deps.db.select().from(organisations).where(eq(organisations.name, 'Vrij CLB Demo Leuven'))
  return { ...env, cookie, orgId: org?.id ?? '' }
}

function linkFrom(text: string): string {
  const match = /http:\/\/localhost(\/uitnodiging\/[a-z0-9.]+)/.exec(text)
  if (!match?.[1]) throw new Error('no invitation link in mail')
  return match[1]
}

const invite = (orgId: string, overrides: Record<string, string> = {}) => ({
  naam: 'Nadia Nieuw',
  email: 'nadia.nieuw@clb.example',
  organisatie: orgId,
  rol: 'aanmelder',
  regio: 'VB',
  ...overrides,
})

describe('inviting a user', () => {
  it('creates the account with its grant, mails a one-time link and audits it', async () => {
    const { client, cookie, orgId, mailer, deps } = await adminSession()
    const res = await client.post('/beheer/gebruikers/nieuw', invite(orgId), cookie)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toMatch(/^\/beheer\/gebruikers\/[a-z0-9]+\?melding=uitgenodigd$/)
    const mail = mailer.sent.at(-1)
    expect(mail?.to).toBe('nadia.nieuw@clb.example')
    expect(mail?.subject).toBe('Uitnodiging voor ROTS casuïstiek')
    expect(mail?.text).toContain('vervalt na 72 uur')
    const [user] = await deps.db.select().from(users).where(eq(users.email, 'nadia.nieuw@clb.example'))
    expect(user?.passwordHash).toBeNull()
    expect(
      await deps.db
        .select()
        .from(grants)
        .where(eq(grants.userId, user?.id ?? '')),
    ).toEqual([{ userId: user?.id, role: 'aanmelder', regionCode: 'VB' }])
    expect(await deps.db.select().from(auditLog).where(eq(auditLog.action, 'gebruiker.uitgenodigd'))).toHaveLength(1)
  })

  it('lets the invitee choose a password once; the link then stops working', async () => {
    const { client, cookie, orgId, mailer } = await adminSession()
    await client.post('/beheer/gebruikers/nieuw', invite(orgId), cookie)
    const link = linkFrom(mailer.sent.at(-1)?.text ?? '')
    const form = await client.get(link)
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('Nadia Nieuw')

    const weak = await client.post(link, { wachtwoord: 'nadianieuw2026', bevestiging: 'nadianieuw2026' })
    expect(weak.status).toBe(422)

    const accepted = await client.post(link, { wachtwoord: 'zonnige-kustroute-naar-oostende', bevestiging: 'zonnige-kustroute-naar-oostende' })
    expect(accepted.status).toBe(303)
    const home = await client.get('/', sessionCookie(accepted))
    expect(await home.text()).toContain('Welkom, Nadia Nieuw')

    expect((await client.get(link)).status).toBe(404)
    expect((await client.post(link, { wachtwoord: 'andere-lange-zin-om-over-te-nemen', bevestiging: 'andere-lange-zin-om-over-te-nemen' })).status).toBe(404)
    await client.login('nadia.nieuw@clb.example', 'zonnige-kustroute-naar-oostende')
  })

  it('refuses an expired link and a link with a wrong secret', async () => {
    const { client, cookie, orgId, mailer, clock } = await adminSession()
    await client.post('/beheer/gebruikers/nieuw', invite(orgId), cookie)
    const link = linkFrom(mailer.sent.at(-1)?.text ?? '')
    expect((await client.get(link.replace(/\.[a-z0-9]+$/, '.fout'))).status).toBe(404)
    clock.advance(72 * 60 * 60 * 1000)
    const expired = await client.get(link)
    expect(expired.status).toBe(404)
    expect(await expired.text()).toContain('Deze uitnodiging werkt niet meer')
  })

  it('a resent invitation replaces the old link', async () => {
    const { client, cookie, orgId, mailer } = await adminSession()
    const res = await client.post('/beheer/gebruikers/nieuw', invite(orgId), cookie)
    const userPath = (res.headers.get('Location') ?? '').split('?')[0] ?? ''
    const first = linkFrom(mailer.sent.at(-1)?.text ?? '')
    expect((await client.post(`${userPath}/uitnodiging`, {}, cookie)).status).toBe(303)
    const second = linkFrom(mailer.sent.at(-1)?.text ?? '')
    expect(second).not.toBe(first)
    expect((await client.get(first)).status).toBe(404)
    expect((await client.get(second)).status).toBe(200)
  })

  it('re-renders the form with 422, every value kept and Dutch messages', async () => {
    const { client, cookie, orgId } = await adminSession()
    const res = await client.post('/beheer/gebruikers/nieuw', invite(orgId, { email: 'geen-adres', rol: 'keizer' }), cookie)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="Nadia Nieuw"')
    expect(html).toContain('value="geen-adres"')
    expect(html).toContain('Vul een geldig e-mailadres in')
    expect(html).toContain('Kies een rol.')
    expect(html).toMatch(new RegExp(`<option value="${orgId}" selected`))
  })

  it('refuses a second account with the same e-mail, keeping the form', async () => {
    const { client, cookie, orgId } = await adminSession()
    const res = await client.post('/beheer/gebruikers/nieuw', invite(orgId, { email: 'aanmelder.vb@rots.example' }), cookie)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Er bestaat al een account met dit e-mailadres.')
  })
})

describe('grants and deactivation', () => {
  async function aanmelderId(deps: Awaited<ReturnType<typeof testApp>>['deps']) {
    const [u] = await deps.db.select().from(users).where(eq(users.email, 'aanmelder.vb@rots.example'))
    return u?.id ?? ''
  }

  it('grants and revokes a (role, region) pair, with audit entries', async () => {
    const { client, cookie, deps } = await adminSession()
    const id = await aanmelderId(deps)
    expect((await client.post(`/beheer/gebruikers/${id}/rollen`, { rol: 'tafellid', regio: 'VB' }, cookie)).status).toBe(303)
    const has = () =>
      deps.db
        .select()
        .from(grants)
        .where(and(eq(grants.userId, id), eq(grants.role, 'tafellid')))
    expect(await has()).toHaveLength(1)
    expect((await client.post(`/beheer/gebruikers/${id}/rollen`, { rol: 'tafellid', regio: 'VB' }, cookie)).status).toBe(409)
    expect((await client.post(`/beheer/gebruikers/${id}/rollen/intrekken`, { rol: 'tafellid', regio: 'VB' }, cookie)).status).toBe(303)
    expect(await has()).toHaveLength(0)
    const actions = (await deps.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a)
    expect(actions).toEqual(expect.arrayContaining(['rol.toegekend', 'rol.ingetrokken']))
  })

  it('a beheerder of one region cannot hand out roles in another', async () => {
    const { client, cookie, deps } = await adminSession()
    const id = await aanmelderId(deps)
    const [admin] = await deps.db.select().from(users).where(eq(users.email, BEHEERDER))
    await deps.db.delete(grants).where(and(eq(grants.userId, admin?.id ?? ''), eq(grants.role, 'beheerder')))
    await deps.db.insert(grants).values({ userId: admin?.id ?? '', role: 'beheerder', regionCode: 'VB' })
    expect((await client.post(`/beheer/gebruikers/${id}/rollen`, { rol: 'coordinator', regio: 'WVL' }, cookie)).status).toBe(403)
    expect((await client.post(`/beheer/gebruikers/${id}/rollen`, { rol: 'coordinator', regio: 'VB' }, cookie)).status).toBe(303)
  })

  it('deactivation asks for confirmation, ends the user’s sessions at once, and can be undone', async () => {
    const { client, cookie, deps } = await adminSession()
    const id = await aanmelderId(deps)
    const victim = await client.login('aanmelder.vb@rots.example')
    const confirm = await client.get(`/beheer/gebruikers/${id}/deactiveren`, cookie)
    expect(await confirm.text()).toContain('Ja, deactiveren')
    expect((await client.post(`/beheer/gebruikers/${id}/deactiveren`, {}, cookie)).status).toBe(303)
    expect((await client.get('/', victim)).status).toBe(303)
    expect((await client.post('/aanmelden', { email: 'aanmelder.vb@rots.example', wachtwoord: 'rots-demo-casustafel-2026' })).status).toBe(422)
    expect((await client.post(`/beheer/gebruikers/${id}/heractiveren`, {}, cookie)).status).toBe(303)
    await client.login('aanmelder.vb@rots.example')
  })

  it('nobody deactivates themselves or revokes their own last beheerder role', async () => {
    const { client, cookie, deps } = await adminSession()
    const [admin] = await deps.db.select().from(users).where(eq(users.email, BEHEERDER))
    expect((await client.post(`/beheer/gebruikers/${admin?.id}/deactiveren`, {}, cookie)).status).toBe(403)
    for (const regio of ['ANT', 'LIM', 'OVL', 'WVL', 'BRU'])
      await client.post(`/beheer/gebruikers/${admin?.id}/rollen/intrekken`, { rol: 'beheerder', regio }, cookie)
    const last = await client.post(`/beheer/gebruikers/${admin?.id}/rollen/intrekken`, { rol: 'beheerder', regio: 'VB' }, cookie)
    expect(last.status).toBe(409)
    expect(await last.text()).toContain('eigen laatste beheerdersrol')
  })

  it('answers unknown users with 404', async () => {
    const { client, cookie } = await adminSession()
    expect((await client.get('/beheer/gebruikers/bestaatniet', cookie)).status).toBe(404)
    expect((await client.post('/beheer/gebruikers/bestaatniet/deactiveren', {}, cookie)).status).toBe(404)
  })
})

describe('user list', () => {
  it('searches on name, e-mail or organisation and answers htmx with the table fragment only', async () => {
    const { cookie, app } = await adminSession()
    const c = client(app)
    const full = await (await c.get('/beheer/gebruikers?q=tafellid', cookie)).text()
    expect(full).toContain('<!DOCTYPE html>')
    expect(full).toContain('tafellid.vb@rots.example')
    expect(full).not.toContain('aanmelder.vb@rots.example')
    const fragment = await (await c.get('/beheer/gebruikers?q=Brugge', cookie, { 'HX-Request': 'true' })).text()
    expect(fragment).not.toContain('<html')
    expect(fragment).toContain('aanmelder.wvl@rots.example')
    expect(fragment).not.toContain('tafellid.vb@rots.example')
  })

  it('treats % and _ in a search literally', async () => {
    const { client, cookie } = await adminSession()
    expect(await (await client.get('/beheer/gebruikers?q=%25', cookie)).text()).toContain('Geen gebruikers gevonden')
  })

  it('pages through users and ignores a nonsense page number', async () => {
    const { client, cookie } = await adminSession()
    expect((await client.get('/beheer/gebruikers?pagina=abc', cookie)).status).toBe(200)
    expect((await client.get('/beheer/gebruikers?pagina=-4', cookie)).status).toBe(200)
  })
})

describe('organisations', () => {
  it('adds, renames and refuses a duplicate name with 422', async () => {
    const { client, cookie, deps } = await adminSession()
    expect((await client.post('/beheer/organisaties', { naam: 'CGG Demo Kortrijk', sector: 'ggz', regio: 'WVL' }, cookie)).status).toBe(303)
    const duplicate = await client.post('/beheer/organisaties', { naam: 'cgg demo kortrijk', sector: 'ggz', regio: '' }, cookie)
    expect(duplicate.status).toBe(422)
    expect(await duplicate.text()).toContain('Er bestaat al een organisatie met deze naam.')
    const [org] = await deps.db.select().from(organisations).where(eq(organisations.name, 'CGG Demo Kortrijk'))
    expect((await client.post(`/beheer/organisaties/${org?.id}`, { naam: 'CGG Demo Zuid-West-Vlaanderen', sector: 'ggz', regio: '' }, cookie)).status).toBe(303)
    const [renamed] = await deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, org?.id ?? ''))
    expect(renamed).toMatchObject({ name: 'CGG Demo Zuid-West-Vlaanderen', regionCode: null })
  })

  it('validates the organisation form', async () => {
    const { client, cookie } = await adminSession()
    const res = await client.post('/beheer/organisaties', { naam: 'X', sector: 'circus' }, cookie)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('minstens 2 tekens')
    expect(html).toContain('Kies een sector.')
    expect(html).toContain('value="X"')
  })
})
