import * as z from 'zod'

/**
 * Every setting the app reads, with its default. This module and the entry files are the only
 * places that see the environment; everything else receives a parsed `Config`.
 */
const booleanish = z.enum(['true', 'false', '1', '0', 'ja', 'nee']).transform((v) => v === 'true' || v === '1' || v === 'ja')

const positiveInt = z.string().trim().regex(/^\d+$/, 'verwacht een positief geheel getal').transform(Number).pipe(z.number().int().positive())

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: positiveInt.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_PATH: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ message: 'PUBLIC_URL moet een volledige URL zijn, bv. https://rots.example.be' }).optional(),
  DEMO: booleanish.optional(),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('ROTS casuïstiek <no-reply@rots.example>'),
  SESSION_IDLE_HOURS: positiveInt.default(8),
  INVITATION_HOURS: positiveInt.default(72),
  TRUST_PROXY: booleanish.default(false),
})

export interface Config {
  production: boolean
  /** Seed demo organisations and accounts, and allow generated keys. */
  demo: boolean
  port: number
  host: string
  dataDir: string
  databasePath: string
  /** Base of links in e-mails; https here also makes cookies Secure. */
  publicUrl: string
  smtpUrl: string | undefined
  mailFrom: string
  sessionIdleHours: number
  invitationHours: number
  /** Read the client address from X-Forwarded-For (only behind a proxy you control). */
  trustProxy: boolean
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] }

export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(withoutEmpty(env))
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }
  }
  const e = parsed.data
  const production = e.NODE_ENV === 'production'
  const errors: string[] = []
  if (production && !e.PUBLIC_URL) errors.push('PUBLIC_URL ontbreekt (verplicht in productie)')
  if (production && e.DEMO) errors.push('DEMO=true is niet toegestaan in productie')
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    config: {
      production,
      demo: e.DEMO ?? !production,
      port: e.PORT,
      host: e.HOST,
      dataDir: e.DATA_DIR,
      databasePath: e.DATABASE_PATH ?? `${e.DATA_DIR}/rots.db`,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      sessionIdleHours: e.SESSION_IDLE_HOURS,
      invitationHours: e.INVITATION_HOURS,
      trustProxy: e.TRUST_PROXY,
    },
  }
}

/** Reads a process environment or a Workers env; non-string bindings (D1, assets) are ignored. */
export function stringEnv(env: object): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string'))
}

function withoutEmpty(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
}
