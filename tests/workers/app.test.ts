import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, organisations, outbox, regions, users } from '../../db/schema'
import { DEMO_PASSWORD, seedDemo, seedReference } from '../../db/seed'
import { audit, verifyChain } from '../../src/audit/log'
import { verifyPassword } from '../../src/auth/passwords'
import { isUniqueViolation } from '../../src/db'
import { fromD1 } from '../../src/db-d1'
import { systemClock } from '../../src/deps'
import { queueMail } from '../../src/mail/outbox'
import { buildMessage } from '../../src/mail/workers-sender'
import worker from '../../src/worker'

const ORIGIN = 'https://rots.example'
const BEHEERDER = 'beheerder@rots.example'
const AANMELDER = 'aanmelder.vb@rots.example'

const db = () => fromD1(env.DB)

/** Through the runtime's own entry, as a deployed request would arrive. */
function request(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: 'manual', ...init }))
}

/** Straight into the handler with a context we can wait on, for work deferred with waitUntil. */
async function requestAndWait(path: string, init: RequestInit = {}, bindings: Cloudflare.Env = env): Promise<Response> {
  const ctx = createExecutionContext()
  const response = await worker.fetch(new Request(`${ORIGIN}${path}`, { redirect: 'manual', ...init }), bindings, ctx)
  await waitOnExecutionContext(ctx)
  return response
}

function form(fields: Record<string, string>, cookie?: string): RequestInit {
  return {
    method: 'POST',
    headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  }
}

async function signIn(email: string): Promise<string> {
  const response = await request('/aanmelden', form({ email, wachtwoord: DEMO_PASSWORD }))
  expect(response.status).toBe(303)
  const cookie = /(?:^|,\s*)(rots_sessie=[^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')?.[1]
  expect(cookie).toBeDefined()
  return cookie as string
}

beforeAll(async () => {
  await seedReference(db())
  await seedDemo(db())
})

describe('D1 and migrations in workerd', () => {
  it('creates every table and the append-only triggers', async () => {
    const { results } = await env.DB.prepare("select type, name from sqlite_master where type in ('table', 'trigger') order by name").all<{
      type: string
      name: string
    }>()
    const names = results.map((r) => r.name)
    for (const table of ['audit_log', 'grants', 'invitations', 'list_items', 'login_failures', 'organisations', 'outbox', 'regions', 'sessions', 'users'])
      expect(names).toContain(table)
    expect(results.filter((r) => r.type === 'trigger').map((r) => r.name)).toEqual(['audit_log_no_delete', 'audit_log_no_update'])
  })

  it('seeds through atomic() (db.batch on D1) and hashes with node:crypto scrypt', async () => {
    const [user] = await db().select().from(users).where(eq(users.email, BEHEERDER))
    expect(user?.passwordHash).toMatch(/^scrypt\$16384\$8\$5\$/)
    expect(await verifyPassword(user?.passwordHash as string, DEMO_PASSWORD)).toBe(true)
    expect(await verifyPassword(user?.passwordHash as string, 'iets anders')).toBe(false)
    const [count] = await db().select({ n: sql<number>`count(*)` }).from(regions)
    expect(count?.n).toBeGreaterThan(0)
  })
})

describe('the app behind the Workers entry', () => {
  it('answers /healthz', async () => {
    const response = await request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('serves /static/* from the assets binding, with the app security headers', async () => {
    const css = await request('/static/app.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('Content-Type')).toMatch(/^text\/css/)
    expect((await css.text()).length).toBeGreaterThan(0)
    expect(css.headers.get('X-Content-Type-Options')).toBe('nosniff')
    const htmx = await request('/static/htmx.min.js')
    expect(htmx.status).toBe(200)
    expect(htmx.headers.get('Content-Type')).toMatch(/javascript/)
    await htmx.arrayBuffer()
    const missing = await request('/static/bestaat-niet.css')
    expect(missing.status).toBe(404)
    await missing.arrayBuffer()
  })

  it('refuses a form post from another origin (csrf)', async () => {
    const response = await request('/aanmelden', {
      ...form({ email: BEHEERDER, wachtwoord: DEMO_PASSWORD }),
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(403)
    await response.arrayBuffer()
  })

  it('rejects a wrong password with 422 and audits it', async () => {
    const response = await request('/aanmelden', form({ email: BEHEERDER, wachtwoord: 'dit-is-niet-het-wachtwoord' }))
    expect(response.status).toBe(422)
    expect(await response.text()).toContain('horen niet bij een actief account')
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'aanmelden.mislukt'))
    expect(entry).toBeDefined()
  })

  it('signs the beheerder in, shows the home page and the user admin, and audits the login', async () => {
    const before = await verifyChain(db())
    const cookie = await signIn(BEHEERDER)

    const home = await request('/', { headers: { Cookie: cookie } })
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('Welkom')
    expect(html).toContain('/static/app.css')
    expect(home.headers.get('Cache-Control')).toBe('no-store')

    const admin = await request('/beheer/gebruikers', { headers: { Cookie: cookie } })
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain(AANMELDER)

    const [beheerder] = await db().select({ id: users.id }).from(users).where(eq(users.email, BEHEERDER))
    const logins = await db().select().from(auditLog).where(eq(auditLog.action, 'aanmelden'))
    expect(logins.some((e) => e.actorId === beheerder?.id)).toBe(true)
    const chain = await verifyChain(db())
    expect(chain.ok).toBe(true)
    expect(chain.entries).toBeGreaterThan(before.entries)
  })

  it('refuses the user admin to an aanmelder with 403', async () => {
    const cookie = await signIn(AANMELDER)
    const response = await request('/beheer/gebruikers', { headers: { Cookie: cookie } })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('Geen toegang')
  })

  it('sends anonymous visitors to the login page', async () => {
    const response = await request('/beheer/gebruikers')
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/aanmelden?volgende=%2Fbeheer%2Fgebruikers')
  })

  it('invites a user atomically and, without a mail binding, keeps the mail in the outbox with a clear error', async () => {
    const cookie = await signIn(BEHEERDER)
    const [org] = await db().select({ id: organisations.id }).from(organisations).limit(1)
    const response = await requestAndWait(
      '/beheer/gebruikers/nieuw',
      form({ naam: 'Nieuwe Collega', email: 'nieuw@rots.example', organisatie: org?.id as string, rol: 'aanmelder', regio: 'VB' }, cookie),
    )
    expect(response.status).toBe(303)
    const [mail] = await db().select().from(outbox).where(eq(outbox.to, 'nieuw@rots.example'))
    // the deferred delivery (waitUntil) ran and failed without a transport
    expect(mail).toMatchObject({ status: 'wachtend', attempts: 1, lastError: 'geen e-mailtransport geconfigureerd' })
    expect((await verifyChain(db())).ok).toBe(true)
  })

  it('lets concurrent audit appends retry on D1 unique errors and keeps one unbroken chain', async () => {
    const deps = { db: db(), clock: systemClock }
    await Promise.all(Array.from({ length: 6 }, (_, i) => audit(deps, { userId: null, ip: 'test' }, { action: 'test.gelijktijdig', details: { i } })))
    const rows = await db().select().from(auditLog).where(eq(auditLog.action, 'test.gelijktijdig'))
    expect(rows).toHaveLength(6)
    expect((await verifyChain(db())).ok).toBe(true)

    // the retry depends on recognising D1's wording of a duplicate key, as Drizzle wraps it
    const duplicate = await db()
      .insert(auditLog)
      .values(rows[0] as typeof auditLog.$inferInsert)
      .then(
        () => null,
        (error: unknown) => error,
      )
    expect(isUniqueViolation(duplicate)).toBe(true)
  })

  it('keeps the audit log append-only inside D1', async () => {
    await expect(env.DB.prepare('update audit_log set action = ? where seq = 1').bind('x').run()).rejects.toThrow(/append-only/)
    await expect(env.DB.prepare('delete from audit_log').run()).rejects.toThrow(/append-only/)
  })
})

describe('configuration on Workers', () => {
  it('answers 500 in Dutch and names only the missing settings when keys are absent', async () => {
    const lines: string[] = []
    const original = console.log
    console.log = (line: string) => lines.push(line)
    try {
      const { VAULT_KEYS: _vault, PSEUDONYM_KEY: _pseudonym, ...rest } = env
      const response = await requestAndWait('/healthz', {}, { ...rest, VAULT_KEYS: '', PSEUDONYM_KEY: '' } as Cloudflare.Env)
      expect(response.status).toBe(500)
      expect(await response.text()).toContain('niet goed ingesteld')
    } finally {
      console.log = original
    }
    const logged = lines.join('\n')
    expect(logged).toContain('configuration_invalid')
    expect(logged).toContain('VAULT_KEYS')
    expect(logged).toContain('PSEUDONYM_KEY')
    expect(logged).not.toContain(env.VAULT_KEYS.split(':')[1])
  })

  it('names invalid settings without printing their values', async () => {
    const lines: string[] = []
    const original = console.log
    console.log = (line: string) => lines.push(line)
    try {
      const response = await requestAndWait('/healthz', {}, { ...env, PSEUDONYM_KEY: 'te-kort-geheim' })
      expect(response.status).toBe(500)
      await response.arrayBuffer()
    } finally {
      console.log = original
    }
    expect(lines.join('\n')).toContain('"invalid":["PSEUDONYM_KEY"]')
    expect(lines.join('\n')).not.toContain('te-kort-geheim')
  })
})

describe('scheduled mail delivery', () => {
  it('retries due mails without a transport and records the error', async () => {
    await queueMail({ db: db(), clock: systemClock }, { to: 'cron@rots.example', subject: 'Test', text: 'Hallo' })
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '*/5 * * * *' }), env)
    const [mail] = await db().select().from(outbox).where(eq(outbox.to, 'cron@rots.example'))
    expect(mail).toMatchObject({ status: 'wachtend', attempts: 1, lastError: 'geen e-mailtransport geconfigureerd' })
  })

  it('sends through a send_email binding with a message the binding accepts', async () => {
    await queueMail(
      { db: db(), clock: systemClock },
      {
        to: 'ontvanger@rots.example',
        subject: 'Uitnodiging voor ROTS casuïstiek — een lange onderwerpregel met accenten: é, ü, ï',
        text: 'Beste,\n\nWelkom bij ROTS casuïstiek.\n',
      },
    )
    await worker.scheduled(createScheduledController(), { ...env, MAIL: env.TEST_MAIL })
    const [mail] = await db().select().from(outbox).where(eq(outbox.to, 'ontvanger@rots.example'))
    expect(mail).toMatchObject({ status: 'verzonden', attempts: 1, lastError: null })
  })
})

describe('the message handed to send_email', () => {
  const mail = {
    id: 'abc123',
    from: 'ROTS casuïstiek <no-reply@rots.example>',
    to: 'ontvanger@rots.example',
    subject: 'Uitnodiging: ROTS casuïstiek — een onderwerp dat langer is dan één encoded word mag zijn',
    text: 'Beste,\nWelkom.\n',
  }
  const { envelopeFrom, envelopeTo, raw } = buildMessage(mail, new Date(Date.UTC(2026, 0, 5, 9, 3, 7)))
  const [head = '', body = ''] = raw.split('\r\n\r\n')

  it('uses the bare addresses as envelope and encodes non-ASCII header text (RFC 2047)', () => {
    expect(envelopeFrom).toBe('no-reply@rots.example')
    expect(envelopeTo).toBe('ontvanger@rots.example')
    expect(head).toContain('From: =?UTF-8?B?')
    expect(head).toContain(' <no-reply@rots.example>')
    expect(head).toContain('Date: Mon, 05 Jan 2026 09:03:07 +0000')
    expect(head).toContain('Message-ID: <abc123@rots.example>')
    const words = [...head.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)]
    for (const [word] of words) expect(word.length).toBeLessThanOrEqual(75)
    const subjectLine = /Subject: ((?:.*)(?:\r\n .*)*)/.exec(head)?.[1] ?? ''
    const subject = [...subjectLine.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)]
      .map(([, b64]) => new TextDecoder().decode(Uint8Array.from(atob(b64 as string), (ch) => ch.charCodeAt(0))))
      .join('')
    expect(subject).toBe(mail.subject)
  })

  it('sends a base64 UTF-8 body with CRLF line breaks and short lines', () => {
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8')
    expect(head).toContain('Content-Transfer-Encoding: base64')
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998)
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(body.replace(/\r\n/g, '')), (ch) => ch.charCodeAt(0)))
    expect(decoded).toBe('Beste,\r\nWelkom.\r\n')
  })

  it('refuses an address that could smuggle in headers', () => {
    expect(() => buildMessage({ ...mail, to: 'a@b.example\r\nBcc: x@y.example' }, new Date())).toThrow('ongeldig e-mailadres')
  })
})
