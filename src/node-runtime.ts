import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { Config } from './config'
import { openSqlite } from './db-sqlite'
import { type Deps, jsonLogger, systemClock } from './deps'
import { emlFileSender, smtpSender } from './mail/node-senders'
import { generateKeySettings, KEY_SETTINGS, type Keys, readKeys } from './privacy/keys'

/**
 * What the Node entry and the CLI share: turning configuration into deps. Failures are
 * returned as Dutch sentences for the operator; nothing here exits the process.
 */
export function nodeDeps(
  config: Config,
  env: Record<string, string | undefined>,
): { ok: true; deps: Deps; client: Database.Database; close: () => void; notes: string[] } | { ok: false; errors: string[] } {
  const notes: string[] = []
  const keys = loadKeys(config, env, notes)
  if (!keys.ok) return keys
  const { db, client, close } = openSqlite(config.databasePath)
  const log = jsonLogger((line) => process.stdout.write(`${line}\n`), systemClock)
  const mailer = config.smtpUrl ? smtpSender(config.smtpUrl) : emlFileSender(join(config.dataDir, 'outbox'))
  return { ok: true, deps: { db, keys: keys.keys, clock: systemClock, mailer, config, log }, client, close, notes }
}

/**
 * Keys come from the environment. A demo install without them gets generated keys in a file
 * only its owner can read; production refuses to start and names what is missing.
 */
function loadKeys(config: Config, env: Record<string, string | undefined>, notes: string[]): { ok: true; keys: Keys } | { ok: false; errors: string[] } {
  let settings = env
  if (config.demo && KEY_SETTINGS.some((name) => !env[name])) {
    const file = join(config.dataDir, 'keys.json')
    if (!existsSync(file)) {
      mkdirSync(config.dataDir, { recursive: true })
      writeFileSync(file, JSON.stringify(generateKeySettings(), null, 2), { mode: 0o600 })
    }
    chmodSync(file, 0o600)
    settings = { ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>), ...withoutUnset(env) }
    notes.push(`WAARSCHUWING: demo-sleutels uit ${file}. Gebruik dit nooit voor echte gegevens; zet VAULT_KEYS en PSEUDONYM_KEY in productie.`)
  }
  const result = readKeys(settings)
  if (result.ok) return result
  const errors = [
    ...result.missing.map((name) => `${name} ontbreekt`),
    ...result.invalid.map((name) => `${name} is ongeldig (verwacht: 32 bytes in base64${name === 'VAULT_KEYS' ? ', als id:sleutel,id:sleutel' : ''})`),
  ]
  return { ok: false, errors }
}

function withoutUnset(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => Boolean(e[1])))
}
