import { EmailMessage } from 'cloudflare:email'
import type { D1Database, ExecutionContext, ScheduledController } from '@cloudflare/workers-types'
import { seedReference } from '../db/seed'
import { createApp } from './app'
import { readConfig, stringEnv } from './config'
import { fromD1 } from './db-d1'
import { type Deps, jsonLogger, type Logger, systemClock } from './deps'
import { queueReminders } from './followup/reminders'
import { deliverDue } from './mail/outbox'
import { sendEmailSender, unconfiguredSender } from './mail/workers-sender'
import { readKeys } from './privacy/keys'

/**
 * Bindings from wrangler.toml; settings (PUBLIC_URL, VAULT_KEYS, …) arrive as string vars and
 * secrets. ASSETS and MAIL are typed by what is used, with the standard Request and Response.
 */
export interface Env {
  DB: D1Database
  ASSETS: { fetch(request: Request): Promise<Response> }
  MAIL?: { send(message: EmailMessage): Promise<unknown> }
}

const MISCONFIGURED = 'De toepassing is niet goed ingesteld. De beheerder vindt de oorzaak in de logboeken.'

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const log = logger()
    const deps = buildDeps(env, log)
    if (!deps) return new Response(MISCONFIGURED, { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
    // Built per request: the D1 binding and the settings come with each request's env, and
    // nothing request-specific may leak between requests that share an isolate.
    const app = createApp(deps, {
      clientIp: (c) => c.req.header('CF-Connecting-IP') || 'onbekend',
      staticFiles: async (c) => {
        const url = new URL(c.req.url)
        url.pathname = url.pathname.slice('/static'.length)
        const file = await env.ASSETS.fetch(new Request(url, c.req.raw))
        // headers of a fetched response are immutable; the app's security headers go on a copy
        return new Response(file.body, file)
      },
      defer: (c, task) => c.executionCtx.waitUntil(task),
    })
    return app.fetch(request, env, ctx)
  },

  async scheduled(_controller: ScheduledController, env: Env): Promise<void> {
    const log = logger()
    const deps = buildDeps(env, log)
    if (!deps) throw new Error(MISCONFIGURED)
    // Workers have no start-up hook: the cron keeps regions and lists current, as a Node start does
    await seedReference(deps.db)
    // idempotent and two indexed queries: safe on every tick, and its mails go out in this same run
    const reminders = await queueReminders(deps)
    if (reminders.actionMails + reminders.followUpMails > 0) log.info('reminders_queued', reminders)
    const result = await deliverDue(deps)
    if (result.sent + result.failed > 0) log.info('mail_delivery', result)
  },
}

function logger(): Logger {
  return jsonLogger((line) => console.log(line), systemClock)
}

/** Null when settings are missing or invalid; the log names which ones, never their values. */
function buildDeps(env: Env, log: Logger): Deps | null {
  const settings = stringEnv(env)
  const config = readConfig(settings)
  const keys = readKeys(settings)
  if (!config.ok || !keys.ok) {
    log.error('configuration_invalid', {
      config: config.ok ? [] : config.errors,
      missing: keys.ok ? [] : keys.missing,
      invalid: keys.ok ? [] : keys.invalid,
    })
    return null
  }
  const mailer = env.MAIL ? sendEmailSender(env.MAIL, EmailMessage) : unconfiguredSender()
  return { db: fromD1(env.DB), keys: keys.keys, clock: systemClock, mailer, config: config.config, log }
}
