import type { Config } from './config'
import type { Db } from './db'
import type { MailSender } from './mail/sender'
import type { Keys } from './privacy/keys'

export interface Clock {
  now(): Date
}

/** Structured log lines; fields must never carry identity data or case text. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void
  warn(event: string, fields?: Record<string, unknown>): void
  error(event: string, fields?: Record<string, unknown>): void
}

/** Everything that touches the world, injected by the entry files (and by tests). */
export interface Deps {
  db: Db
  keys: Keys
  clock: Clock
  mailer: MailSender
  config: Config
  log: Logger
}

export const systemClock: Clock = { now: () => new Date() }

/** One JSON object per line, so log shippers can parse it; the entry files pick the sink. */
export function jsonLogger(write: (line: string) => void, clock: Clock): Logger {
  const emit =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) =>
      write(JSON.stringify({ time: clock.now().toISOString(), level, event, ...fields }))
  return { info: emit('info'), warn: emit('warn'), error: emit('error') }
}
