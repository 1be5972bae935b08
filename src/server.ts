import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { serveStatic } from '@hono/node-server/serve-static'
import { DEMO_PASSWORD, seedDemo, seedDemoOffers, seedDemoTables, seedReference } from '../db/seed'
import { seedDemoCases } from '../db/seed-cases'
import { seedDemoSignals } from '../db/seed-signals'
import { createApp } from './app'
import { readConfig } from './config'
import { queueReminders } from './followup/reminders'
import { deliverDue } from './mail/outbox'
import { nodeDeps } from './node-runtime'

const DELIVERY_INTERVAL_MS = 15_000
// reminders work on calendar dates: an hourly look is plenty, and cheap
const REMINDER_INTERVAL_MS = 60 * 60_000

const configResult = readConfig(process.env)
if (!configResult.ok) fail('De configuratie is ongeldig:', configResult.errors)
const config = configResult.config
const runtime = nodeDeps(config, process.env)
if (!runtime.ok) fail('De app start niet: sleutels ontbreken of zijn ongeldig.', runtime.errors)
const { deps, close } = runtime
for (const note of runtime.notes) console.warn(note)

await seedReference(deps.db)
if (config.demo) {
  await seedDemoOffers(deps.db, deps.clock.now())
  const accounts = await seedDemo(deps.db)
  await seedDemoTables(deps.db, deps.clock.now())
  await seedDemoCases(deps)
  await seedDemoSignals(deps)
  if (accounts) {
    console.log('\nDemo-accounts (wachtwoord voor allemaal: %s):', DEMO_PASSWORD)
    for (const a of accounts) console.log(`  ${a.role.padEnd(12)} ${a.email.padEnd(32)} ${a.regions.join(', ')}`)
  }
}

const app = createApp(deps, {
  clientIp: (c) => {
    const forwarded = config.trustProxy ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined
    return forwarded || getConnInfo(c).remote.address || 'onbekend'
  },
  staticFiles: serveStatic({ root: join(import.meta.dirname, '..') }),
  defer: () => {},
})

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`\nROTS casuïstiek draait op ${config.publicUrl} (luistert op ${info.address}:${info.port})`)
})

const timer = setInterval(() => {
  deliverDue(deps).catch((error) => deps.log.error('mail_delivery_error', { message: String(error) }))
}, DELIVERY_INTERVAL_MS)
timer.unref()

const remind = () => queueReminders(deps).catch((error) => deps.log.error('reminders_error', { message: String(error) }))
// once at start, so a restart does not postpone the day's reminders by an hour
void remind()
const reminderTimer = setInterval(remind, REMINDER_INTERVAL_MS)
reminderTimer.unref()

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(timer)
    clearInterval(reminderTimer)
    server.close(() => {
      close()
      process.exit(0)
    })
  })
}

function fail(title: string, errors: string[]): never {
  console.error(title)
  for (const e of errors) console.error(`  - ${e}`)
  process.exit(1)
}
