import { type ChildProcess, spawn } from 'node:child_process'
import { EventEmitter, once } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import type { Result as AxeResult } from 'axe-core'
import { simpleParser } from 'mailparser'
import { type Browser, type BrowserContext, chromium, type Page, type Request, type Response } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { expect } from 'vitest'
import { DEMO_PASSWORD } from '../../db/seed'

export { DEMO_PASSWORD }

const ROOT = join(import.meta.dirname, '..', '..')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The demo accounts `db/seed.ts` creates on an empty database (DEMO=true). */
export const ACCOUNTS = {
  aanmelderVb: { email: 'aanmelder.vb@rots.example', name: 'An Aanmelder' },
  aanmelderWvl: { email: 'aanmelder.wvl@rots.example', name: 'Wout Aanmelder' },
  coordinatorVb: { email: 'coordinator.vb@rots.example', name: 'Cato Coördinator' },
  coordinatorWvl: { email: 'coordinator.wvl@rots.example', name: 'Wim Coördinator' },
  tafellidVb: { email: 'tafellid.vb@rots.example', name: 'Tine Tafellid' },
  tafellidWvl: { email: 'tafellid.wvl@rots.example', name: 'Tom Tafellid' },
  analist: { email: 'analist@rots.example', name: 'Ann Analist' },
  beheerder: { email: 'beheerder@rots.example', name: 'Bart Beheerder' },
} as const

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * The first item of `items` (already there or pushed later, announced by `source`'s `event`)
 * that matches. The timeout only guards against something that never comes.
 */
function firstMatch<T>(items: T[], source: EventEmitter, event: string, matches: (item: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const found = items.find(matches)
  if (found !== undefined) return Promise.resolve(found)
  return new Promise((resolve, reject) => {
    const onItem = (item: T) => {
      if (!matches(item)) return
      clearTimeout(timer)
      source.off(event, onItem)
      resolve(item)
    }
    const timer = setTimeout(() => {
      source.off(event, onItem)
      reject(new Error(`no matching ${what} within ${timeoutMs} ms; seen: ${JSON.stringify(items, null, 2)}`))
    }, timeoutMs)
    source.on(event, onItem)
  })
}

// ── mail ───────────────────────────────────────────────────────────────────

export interface ReceivedMail {
  /** Envelope recipients: what the app asked the server to deliver to. */
  to: string[]
  subject: string
  text: string
  attachments: { filename: string; contentType: string; content: string }[]
}

/** A real SMTP server on loopback that keeps every message, so tests read mail as a user would. */
export class MailCatcher {
  readonly mails: ReceivedMail[] = []
  private readonly arrivals = new EventEmitter()
  private readonly server = new SMTPServer({
    authOptional: true,
    logger: false,
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
          }
          this.mails.push(mail)
          this.arrivals.emit('mail', mail)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  port = 0

  static async start(): Promise<MailCatcher> {
    const catcher = new MailCatcher()
    catcher.server.listen(0, '127.0.0.1')
    await once(catcher.server.server, 'listening')
    catcher.port = (catcher.server.server.address() as AddressInfo).port
    return catcher
  }

  /** The app delivers right after the POST that queued the mail, so this is quick. */
  waitFor(matches: (mail: ReceivedMail) => boolean, timeoutMs = 30_000): Promise<ReceivedMail> {
    return firstMatch(this.mails, this.arrivals, 'mail', matches, timeoutMs, 'mail')
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

// ── app ────────────────────────────────────────────────────────────────────

export interface RunningApp {
  baseUrl: string
  /** What the app printed (stdout and stderr interleaved), for failure reports. */
  output(): string
  /** Error-level log lines (a 500, a crashed mail delivery) since the last call. */
  takeErrors(): string[]
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts `src/server.ts` as a child process, exactly as `npm start` would, on a fresh data
 * folder (so the demo accounts are seeded) and waits until /healthz answers.
 */
export interface AppOptions {
  dataDir: string
  smtpPort: number
  /** Start the app's clock at this moment (ISO with offset) instead of the real time. */
  now?: string | undefined
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  // the free port can be taken between probing and binding; another port fixes that
  for (let attempt = 1; ; attempt++) {
    try {
      return await startAppOnce(options, await freePort())
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error
    }
  }
}

async function startAppOnce(options: AppOptions, port: number): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${port}`
  mkdirSync(options.dataDir, { recursive: true })
  // only what the app needs: settings in the developer's shell (SMTP_URL, keys) must not leak in
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    DATA_DIR: options.dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    // smtp-server offers STARTTLS with a self-signed certificate, which nodemailer would try and
    // reject; ignoreTLS keeps the session plain, as the test server is on loopback
    SMTP_URL: `smtp://127.0.0.1:${options.smtpPort}?ignoreTLS=true`,
    DEMO: 'true',
    ...(options.now ? { ROTS_E2E_NOW: options.now, NODE_OPTIONS: `--import ${pathToFileURL(join(ROOT, 'tests', 'e2e', 'shifted-clock.mjs')).href}` } : {}),
  }
  // its own process group: tsx runs the app in a grandchild, and teardown must reach both
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  const errors: string[] = []
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line)
      if (line.includes('"level":"error"')) errors.push(line)
    }
    if (lines.length > 1000) lines.splice(0, lines.length - 1000)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const output = () => lines.join('\n')
  const exited = once(child, 'exit')
  // a test run that is interrupted must not leave a detached app behind
  const killOnExit = () => signalGroup(child.pid, 'SIGKILL')
  process.once('exit', killOnExit)
  const stop = async () => {
    await stopChild(child, exited)
    process.off('exit', killOnExit)
  }

  try {
    await waitForHealth(baseUrl, child, output)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, output, takeErrors: () => errors.splice(0), stop }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the app exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`)
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) })
      if (res.ok) return
    } catch {
      // not listening yet
    }
    // polling interval, not a wait for something to happen: the loop ends as soon as it is healthy
    await delay(100)
  }
  throw new Error(`the app did not answer /healthz within ${timeoutMs} ms:\n${output()}`)
}

async function stopChild(child: ChildProcess, exited: Promise<unknown>) {
  const pid = child.pid
  if (pid === undefined) return
  if (child.exitCode === null && child.signalCode === null) {
    // tsx relays SIGTERM to the app, which closes its server and database cleanly
    child.kill('SIGTERM')
    const timeout = delay(10_000).then(() => 'timeout')
    if ((await Promise.race([exited, timeout])) === 'timeout') signalGroup(pid, 'SIGKILL')
    await exited
  }
  signalGroup(pid, 'SIGKILL')
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // the group is already gone
  }
}

// ── browsers ───────────────────────────────────────────────────────────────

function browserEnv(dir: string): Record<string, string> {
  // Chromium writes to ~/.config and the system temp folder; keep both inside the run's folder
  const xdg = join(dir, 'xdg')
  const tmp = join(dir, 'tmp')
  mkdirSync(xdg, { recursive: true })
  mkdirSync(tmp, { recursive: true })
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  return { ...env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg, TMPDIR: tmp }
}

/**
 * Problems the browser reports while tests run: CSP refusals (the app allows no inline script
 * or style, so one means a view or htmx broke the policy), uncaught script errors, and failed
 * subresources (a missing stylesheet or htmx would otherwise go unnoticed).
 */
export class BrowserProblems {
  private readonly items: string[] = []
  private readonly added = new EventEmitter()

  private add(problem: string) {
    this.items.push(problem)
    this.added.emit('problem', problem)
  }

  watch(context: BrowserContext) {
    // Chromium reports every CSP refusal on the console (csp.test.ts proves it still does)
    const onPage = (page: Page) => {
      page.on('console', (msg) => {
        if (/content.security.policy/i.test(msg.text())) this.add(`${page.url()}: ${msg.text()}`)
      })
      page.on('pageerror', (error) => this.add(`${page.url()}: uncaught ${error.name}: ${error.message}`))
    }
    context.pages().forEach(onPage)
    context.on('page', onPage)
    // documents may answer 4xx (that is what a refused form does); the browser's own favicon probe is no part of the app
    const isSubresource = (request: Request) => !request.isNavigationRequest() && !new URL(request.url()).pathname.startsWith('/favicon')
    context.on('response', (res) => {
      if (res.status() >= 400 && isSubresource(res.request())) this.add(`${res.url()}: subresource answered ${res.status()}`)
    })
    context.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? 'unknown'
      // htmx aborts a search request that a newer keystroke replaces; that is intended
      const superseded = error === 'net::ERR_ABORTED' && ['fetch', 'xhr'].includes(request.resourceType())
      if (isSubresource(request) && !superseded) this.add(`${request.url()}: request failed (${error})`)
    })
  }

  /** Resolves with the first collected problem that matches, for tests that provoke one. */
  waitFor(matches: (problem: string) => boolean, timeoutMs = 10_000): Promise<string> {
    return firstMatch(this.items, this.added, 'problem', matches, timeoutMs, 'browser problem')
  }

  /** Returns and forgets what was collected, so each test answers for its own pages. */
  take(): string[] {
    return this.items.splice(0)
  }
}

// ── the whole stack per test file ──────────────────────────────────────────

export interface Stack {
  baseUrl: string
  mail: MailCatcher
  app: RunningApp
  problems: BrowserProblems
  /**
   * Everything that went wrong unasked since the last call: CSP refusals, script errors and failed
   * resources in any browser, and error lines in the app's log. Tests expect it to be empty.
   */
  takeProblems(): string[]
  /**
   * A browser of its own for one person (a persistent profile: own cookies, own session), with
   * one page. Two of them are two people at two computers.
   */
  person(): Promise<Page>
  /** A page in a fresh context of a shared browser, as @axe-core/playwright needs. */
  scanPage(): Promise<Page>
  stop(): Promise<void>
}

export async function startStack(options: { now?: string } = {}): Promise<Stack> {
  const root = mkdtempSync(join(tmpdir(), 'rots-e2e-'))
  const contexts: BrowserContext[] = []
  let browser: Browser | undefined
  let mail: MailCatcher | undefined
  let app: RunningApp | undefined
  const problems = new BrowserProblems()

  async function stop() {
    // browsers first: their keep-alive connections would otherwise hold the app's server open
    await Promise.allSettled(contexts.map((c) => c.close()))
    await browser?.close().catch(() => {})
    await app?.stop()
    await mail?.stop()
    rmSync(root, { recursive: true, force: true })
  }

  try {
    mail = await MailCatcher.start()
    app = await startApp({ dataDir: join(root, 'data'), smtpPort: mail.port, now: options.now })
  } catch (error) {
    await stop()
    throw error
  }
  const baseUrl = app.baseUrl
  let people = 0

  return {
    baseUrl,
    mail,
    app,
    problems,
    takeProblems: () => [...problems.take(), ...(app?.takeErrors() ?? []).map((line) => `app log: ${line}`)],
    async person() {
      const dir = join(root, `person-${++people}`)
      const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        env: browserEnv(dir),
        baseURL: baseUrl,
        locale: 'nl-BE',
      })
      contexts.push(context)
      problems.watch(context)
      return context.pages()[0] ?? (await context.newPage())
    },
    async scanPage() {
      browser ??= await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env: browserEnv(join(root, 'scanner')) })
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-BE' })
      contexts.push(context)
      problems.watch(context)
      return context.newPage()
    },
    stop,
  }
}

// ── page helpers ───────────────────────────────────────────────────────────

/**
 * Runs an action that makes the page load a new document (a form post, a link, Enter in a
 * field) and resolves once that document has loaded, with its final (non-redirect) response.
 * Waiting for the URL is not enough: a form that fails re-renders at the very same URL.
 */
export async function navigateBy(page: Page, action: () => Promise<unknown>): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((res) => res.request().isNavigationRequest() && res.frame() === page.mainFrame() && !(res.status() >= 300 && res.status() < 400)),
    page.waitForEvent('load'),
    action(),
  ])
  return response
}

/** Opens a path and returns its response (never null for an http URL). */
export async function open(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path)
  if (!response) throw new Error(`no response for ${path}`)
  return response
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<Response> {
  await open(page, '/aanmelden')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  return navigateBy(page, () => page.getByRole('button', { name: 'Aanmelden' }).click())
}

export function logout(page: Page): Promise<Response> {
  return navigateBy(page, () => page.getByRole('button', { name: 'Afmelden' }).click())
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname
}

export async function heading(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim()
}

// ── accessibility ──────────────────────────────────────────────────────────

export interface AxeReport {
  /** Serious and critical violations: these fail the suite. */
  blocking: AxeResult[]
  /** Moderate and minor ones, reported but not failing. */
  other: AxeResult[]
}

export async function scanAccessibility(page: Page): Promise<AxeReport> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const other = results.violations.filter((v) => !blocking.includes(v))
  return { blocking, other }
}

/** One paragraph per rule: impact, rule, what is wrong, where, and how to fix it. */
export function formatViolations(url: string, violations: AxeResult[]): string {
  const parts = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 10)
      .map((n) => `    at ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').split('\n').join('\n      ')}`)
      .join('\n')
    const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : ''
    return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`
  })
  // the trailing newline keeps vitest's "expected … to equal" off the last line of the report
  return `${violations.length} accessibility violation(s) on ${url}:\n${parts.join('\n\n')}\n`
}

/**
 * Scans the page as it is now: zero serious or critical violations, the rest printed. `status`
 * guards against scanning another page than meant; `context` says more when it is not that.
 */
export async function expectAccessible(page: Page, response: Response, status: number, context?: () => Promise<string>) {
  expect(response.status(), `status of ${page.url()}${context ? `; ${await context()}` : ''}`).toBe(status)
  const report = await scanAccessibility(page)
  if (report.other.length > 0) console.info(formatViolations(page.url(), report.other))
  expect(
    report.blocking.map((v) => v.id),
    formatViolations(page.url(), report.blocking),
  ).toEqual([])
}

/** A scan page (a fresh context of the shared browser, as axe needs) signed in as `email`. */
export async function signedInScanPage(stack: Stack, email: string): Promise<Page> {
  const page = await stack.scanPage()
  const response = await login(page, email)
  if (response.status() !== 200) throw new Error(`login as ${email} answered ${response.status()}`)
  return page
}
