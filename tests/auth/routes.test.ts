import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, sessions, users } from '../../db/schema'
import { createApp } from '../../src/app'
import { LIMITS } from '../../src/auth/throttle'
import { client, DEMO_PASSWORD, ORIGIN, sessionCookie, testApp } from '../support'

const BEHEERDER = 'beheerder@rots.example'
const AANMELDER = 'aanmelder.vb@rots.example'

describe('login', () => {
  it('signs in with the right password: 303 to the start page and an HttpOnly, SameSite=Lax cookie', async () => {
    const { client } = await testApp()
    const res = await client.post('/aanmelden', { email: 'Beheerder@Rots.Example ', wachtwoord: DEMO_PASSWORD })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/')
    const cookie = res.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(/rots_sessie=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
    expect(cookie).not.toMatch(/Max-Age|Expires/)
    const home = await client.get('/', sessionCookie(res))
    expect(await home.text()).toContain('Welkom, Bart Beheerder')
  })

  it('marks the cookie Secure when the public URL is https', async () => {
    const { client } = await testApp({ publicUrl: 'https://rots.example.be' })
    const res = await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: DEMO_PASSWORD })
    expect(res.headers.get('Set-Cookie')).toMatch(/Secure/)
  })

  it('stores only a hash of the session secret', async () => {
    const { client, deps } = await testApp()
    const cookie = await client.login(BEHEERDER)
    const token = decodeURIComponent(cookie.split('=')[1] ?? '')
    const [id, secret] = token.split('.')
    const [row] = await deps.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, id ?? ''))
    expect(row?.secretHash).toMatch(/^[0-9a-f]{64}$/)
    expect(row?.secretHash).not.toContain(secret)
  })

  it('answers a wrong password with 422, a Dutch message and the e-mail kept', async () => {
    const { client } = await testApp()
    const res = await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: 'fout-wachtwoord-van-iemand' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('horen niet bij een actief account')
    expect(html).toContain(`value="${BEHEERDER}"`)
    expect(res.headers.get('Set-Cookie')).toBeNull()
  })

  it('gives the same answer for an unknown e-mail as for a wrong password', async () => {
    const { client } = await testApp()
    const unknown = await (await client.post('/aanmelden', { email: 'niemand@rots.example', wachtwoord: 'x' })).text()
    const wrong = await (await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: 'x' })).text()
    const message = (html: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0]
    expect(message(unknown)).toBe(message(wrong))
  })

  it('validates the form: empty fields give 422 with messages at each field', async () => {
    const { client } = await testApp()
    const res = await client.post('/aanmelden', { email: 'geen-adres', wachtwoord: '' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Vul een geldig e-mailadres in')
    expect(html).toContain('Vul uw wachtwoord in.')
    expect(html).toContain('value="geen-adres"')
  })

  it(`throttles an account after ${LIMITS.account} failures, even for the right password, and audits it`, async () => {
    const { client, deps } = await testApp()
    for (let i = 0; i < LIMITS.account; i++) await client.post('/aanmelden', { email: AANMELDER, wachtwoord: `fout-${i}` })
    const res = await client.post('/aanmelden', { email: AANMELDER, wachtwoord: DEMO_PASSWORD })
    expect(res.status).toBe(429)
    expect(res.headers.get('Retry-After')).toBe('900')
    expect(await res.text()).toContain('Te veel mislukte pogingen. Probeer opnieuw over 15 minuten.')
    const blocked = await deps.db.select().from(auditLog).where(eq(auditLog.action, 'aanmelden.geblokkeerd'))
    expect(blocked).toHaveLength(1)
  })

  it('lets the account in again once the window has passed', async () => {
    const { client, clock } = await testApp()
    for (let i = 0; i < LIMITS.account; i++) await client.post('/aanmelden', { email: AANMELDER, wachtwoord: `fout-${i}` })
    clock.advance(15 * 60 * 1000 + 1)
    const res = await client.post('/aanmelden', { email: AANMELDER, wachtwoord: DEMO_PASSWORD })
    expect(res.status).toBe(303)
  })

  it(`throttles one address after ${LIMITS.ip} failures across accounts`, async () => {
    const { client } = await testApp()
    const ip = { 'X-Test-IP': '198.51.100.9' }
    for (let i = 0; i < LIMITS.ip; i++) await client.post('/aanmelden', { email: `gok${i}@rots.example`, wachtwoord: 'x' }, undefined, ip)
    expect((await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: DEMO_PASSWORD }, undefined, ip)).status).toBe(429)
    expect((await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: DEMO_PASSWORD })).status).toBe(303)
  })

  it('refuses a deactivated account', async () => {
    const { client, deps } = await testApp()
    await deps.db.update(users).set({ active: false }).where(eq(users.email, AANMELDER))
    expect((await client.post('/aanmelden', { email: AANMELDER, wachtwoord: DEMO_PASSWORD })).status).toBe(422)
  })

  it('returns to the page asked for, but never to another site', async () => {
    const { client } = await testApp()
    const back = await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: DEMO_PASSWORD, volgende: '/beheer/audit' })
    expect(back.headers.get('Location')).toBe('/beheer/audit')
    for (const evil of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const res = await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: DEMO_PASSWORD, volgende: evil })
      expect(res.headers.get('Location')).toBe('/')
    }
  })

  it('audits successful and failed logins', async () => {
    const { client, deps } = await testApp()
    await client.post('/aanmelden', { email: BEHEERDER, wachtwoord: 'fout' })
    await client.login(BEHEERDER)
    const actions = (await deps.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action)
    expect(actions).toEqual(expect.arrayContaining(['aanmelden.mislukt', 'aanmelden']))
  })
})

describe('sessions', () => {
  it('sends anonymous visitors to the login page, remembering where they were going', async () => {
    const { client } = await testApp()
    const res = await client.get('/beheer/gebruikers')
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/aanmelden?volgende=%2Fbeheer%2Fgebruikers')
  })

  it('logout ends the session on the server, not just the cookie', async () => {
    const { client } = await testApp()
    const cookie = await client.login(BEHEERDER)
    const res = await client.post('/afmelden', {}, cookie)
    expect(res.status).toBe(303)
    expect((await client.get('/', cookie)).status).toBe(303)
  })

  it('slides: activity keeps a session alive past the idle limit; 8 idle hours end it', async () => {
    const { client, clock } = await testApp()
    const cookie = await client.login(BEHEERDER)
    for (let i = 0; i < 3; i++) {
      clock.advance(5 * 60 * 60 * 1000)
      expect((await client.get('/', cookie)).status).toBe(200)
    }
    clock.advance(8 * 60 * 60 * 1000)
    expect((await client.get('/', cookie)).status).toBe(303)
  })

  it('rejects a token with the right id but a wrong secret', async () => {
    const { client } = await testApp()
    const cookie = await client.login(BEHEERDER)
    const forged = cookie.replace(/\.[^.]+$/, '.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
    expect((await client.get('/', forged)).status).toBe(303)
  })

  it('changing the password ends the other sessions and keeps this one', async () => {
    const { client } = await testApp()
    const here = await client.login(AANMELDER)
    const elsewhere = await client.login(AANMELDER)
    const res = await client.post(
      '/account/wachtwoord',
      { huidig: DEMO_PASSWORD, nieuw: 'nieuwe-lange-zin-voor-mijn-account', bevestiging: 'nieuwe-lange-zin-voor-mijn-account' },
      here,
    )
    expect(res.status).toBe(303)
    expect((await client.get('/', here)).status).toBe(200)
    expect((await client.get('/', elsewhere)).status).toBe(303)
    expect((await client.post('/aanmelden', { email: AANMELDER, wachtwoord: 'nieuwe-lange-zin-voor-mijn-account' })).status).toBe(303)
  })

  it('refuses a password change with a wrong current password or a weak new one, with 422', async () => {
    const { client } = await testApp()
    const cookie = await client.login(AANMELDER)
    const wrong = await client.post(
      '/account/wachtwoord',
      { huidig: 'fout', nieuw: 'nieuwe-lange-zin-voor-mijn-account', bevestiging: 'nieuwe-lange-zin-voor-mijn-account' },
      cookie,
    )
    expect(wrong.status).toBe(422)
    expect(await wrong.text()).toContain('Het huidige wachtwoord klopt niet.')
    const weak = await client.post('/account/wachtwoord', { huidig: DEMO_PASSWORD, nieuw: 'wachtwoord123456', bevestiging: 'wachtwoord123456' }, cookie)
    expect(weak.status).toBe(422)
    expect(await weak.text()).toContain('te makkelijk te raden')
    const mismatch = await client.post(
      '/account/wachtwoord',
      { huidig: DEMO_PASSWORD, nieuw: 'nieuwe-lange-zin-voor-mijn-account', bevestiging: 'iets anders' },
      cookie,
    )
    expect(await mismatch.text()).toContain('De twee wachtwoorden zijn niet gelijk.')
  })
})

describe('request protection', () => {
  it('refuses a state-changing request from another origin (CSRF)', async () => {
    const { app } = await testApp()
    const res = await app.request(`${ORIGIN}/aanmelden`, {
      method: 'POST',
      body: new URLSearchParams({ email: BEHEERDER, wachtwoord: DEMO_PASSWORD }),
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(403)
  })

  it('sends a strict CSP without inline script and the other security headers', async () => {
    const { client } = await testApp()
    const res = await client.get('/aanmelden')
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  it('answers unknown pages with a Dutch 404 page', async () => {
    const { client } = await testApp()
    const res = await client.get('/bestaat-niet')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Niet gevonden')
  })

  it('answers an unexpected error with a 500 page carrying a request id, logged without request data', async () => {
    const { deps, log } = await testApp()
    const failing = (t: typeof deps.db, p: string | symbol) =>
      p === 'select'
        ? () => {
            throw new Error('schijf vol')
          }
        : Reflect.get(t, p)
    const broken = { ...deps, db: new Proxy(deps.db, { get: failing }) }
    const app = createApp(broken, { clientIp: () => '192.0.2.1' })
    const res = await client(app).get('/beheer/gebruikers?naam=Jan', 'rots_sessie=abc.def')
    expect(res.status).toBe(500)
    const html = await res.text()
    const id = res.headers.get('X-Request-Id') ?? ''
    expect(html).toContain('Er ging iets mis')
    expect(html).toContain(id)
    const line = log.lines.find((l) => l.event === 'request_failed')
    expect(line?.fields.requestId).toBe(id)
    expect(JSON.stringify(line)).not.toContain('Jan')
  })

  it('reports health with the database reachable, and 503 when it is not', async () => {
    const { client: healthy, deps } = await testApp()
    const res = await healthy.get('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
    const down = { ...deps, db: new Proxy(deps.db, { get: (t, p) => (p === 'run' ? () => Promise.reject(new Error('weg')) : Reflect.get(t, p)) }) }
    expect((await client(createApp(down, { clientIp: () => '192.0.2.1' })).get('/healthz')).status).toBe(503)
  })
})
