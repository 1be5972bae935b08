import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { DEMO_PASSWORD, seedDemo, seedDemoOffers, seedDemoTables, seedReference } from '../db/seed'
import { createApp } from '../src/app'
import { type Config, readConfig } from '../src/config'
import { openSqlite } from '../src/db-sqlite'
import type { Clock, Deps, Logger } from '../src/deps'
import type { MailSender, OutgoingMail } from '../src/mail/sender'
import { generateKeySettings, readKeys } from '../src/privacy/keys'

export { DEMO_PASSWORD }
export const ORIGIN = 'http://localhost'

/** A clock tests move by hand, so expiry rules are tested without waiting. */
export function fixedClock(start = new Date('2026-03-02T09:00:00Z')) {
  let now = start.getTime()
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms
    },
  } satisfies Clock & { advance(ms: number): void }
}

/** Records what would have been sent; `failWith` makes the transport fail like a down SMTP server. */
export function recordingMailer() {
  const sent: OutgoingMail[] = []
  const mailer = {
    name: 'test',
    failWith: null as string | null,
    sent,
    async send(mail: OutgoingMail) {
      if (mailer.failWith) throw new Error(mailer.failWith)
      sent.push(mail)
    },
  }
  return mailer satisfies MailSender
}

export function recordingLogger() {
  const lines: { level: string; event: string; fields: Record<string, unknown> }[] = []
  const at =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) =>
      lines.push({ level, event, fields })
  return { lines, info: at('info'), warn: at('warn'), error: at('error') } satisfies Logger & { lines: unknown[] }
}

/**
 * A fresh SQLite file per call (removed after the file's tests), migrated and seeded like a
 * first start in demo mode.
 */
export async function testDeps(overrides: Partial<Config> = {}, { demo = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rots-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const parsed = readConfig({ DATA_DIR: dir, PUBLIC_URL: 'http://localhost' })
  if (!parsed.ok) throw new Error(parsed.errors.join('; '))
  const keys = readKeys(generateKeySettings())
  if (!keys.ok) throw new Error('test keys')
  const { db, close } = openSqlite(join(dir, 'rots.db'))
  afterAll(close)
  const clock = fixedClock()
  const mailer = recordingMailer()
  const log = recordingLogger()
  const deps: Deps = { db, keys: keys.keys, clock, mailer, config: { ...parsed.config, ...overrides }, log }
  await seedReference(db)
  if (demo) {
    await seedDemo(db)
    await seedDemoOffers(db, clock.now())
    await seedDemoTables(db, clock.now())
  }
  return { deps, clock, mailer, log, dir }
}

export async function testApp(overrides: Partial<Config> = {}) {
  const env = await testDeps(overrides)
  // work deferred past the response (mail delivery) is awaited before a test looks at it
  const pending: Promise<unknown>[] = []
  const app = createApp(env.deps, { clientIp: (c) => c.req.header('X-Test-IP') ?? '192.0.2.1', defer: (_c, task) => pending.push(task) })
  const settled = {
    request: async (path: string, init?: RequestInit) => {
      const res = await app.request(path, init)
      await Promise.all(pending.splice(0))
      return res
    },
  }
  return { ...env, app, settled, client: client(settled) }
}

type FetchApp = { request: (path: string, init?: RequestInit) => Response | Promise<Response> }

/** Requests as a browser would send them: same-origin Origin header on posts, session cookie kept. */
export function client(app: FetchApp) {
  const get = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } })
  const post = (path: string, form: Record<string, string>, cookie?: string, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}), ...headers },
    })
  async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await post('/aanmelden', { email, wachtwoord: password })
    const cookie = sessionCookie(res)
    if (res.status !== 303 || !cookie) throw new Error(`login as ${email} failed with ${res.status}`)
    return cookie
  }
  return { get, post, login }
}

export function sessionCookie(res: Response): string | undefined {
  const header = res.headers.get('Set-Cookie') ?? ''
  const match = /rots_sessie=([^;]+)/.exec(header)
  return match?.[1] ? `rots_sessie=${match[1]}` : undefined
}
