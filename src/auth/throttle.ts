import { and, eq, gte, lt, sql } from 'drizzle-orm'
import { loginFailures } from '../../db/schema'
import type { Deps } from '../deps'

// Failures are counted in the database, not in memory: Workers isolates share nothing, and a
// restart must not reset an attacker's budget.
const WINDOW_MS = 15 * 60 * 1000
export const LIMITS = { account: 5, ip: 30 } as const

type Scope = keyof typeof LIMITS

export type ThrottleResult = { ok: true } | { ok: false; scope: Scope; retryAfterMinutes: number }

const keyFor = (scope: Scope, value: string) => `${scope}:${value.trim().toLowerCase()}`

export async function checkLoginThrottle(deps: Pick<Deps, 'db' | 'clock'>, email: string, ip: string): Promise<ThrottleResult> {
  const since = new Date(deps.clock.now().getTime() - WINDOW_MS)
  for (const [scope, value] of [
    ['account', email],
    ['ip', ip],
  ] as const) {
    const [row] = await deps.db
      .select({ n: sql<number>`count(*)`, oldest: sql<number>`min(${loginFailures.at})` })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, keyFor(scope, value)), gte(loginFailures.at, since)))
    if (row && row.n >= LIMITS[scope]) {
      const freeAt = Number(row.oldest) + WINDOW_MS
      const retryAfterMinutes = Math.max(1, Math.ceil((freeAt - deps.clock.now().getTime()) / 60_000))
      return { ok: false, scope, retryAfterMinutes }
    }
  }
  return { ok: true }
}

export function recordLoginFailure(deps: Pick<Deps, 'db' | 'clock'>, email: string, ip: string) {
  const at = deps.clock.now()
  return deps.db.insert(loginFailures).values([
    { key: keyFor('account', email), at },
    { key: keyFor('ip', ip), at },
  ])
}

/** A successful login clears the account's failures (not the address's: others may share it). */
export function clearAccountFailures(deps: Pick<Deps, 'db'>, email: string) {
  return deps.db.delete(loginFailures).where(eq(loginFailures.key, keyFor('account', email)))
}

/** Old failures carry no information; dropping them keeps the table small. */
export function pruneLoginFailures(deps: Pick<Deps, 'db' | 'clock'>) {
  return deps.db.delete(loginFailures).where(lt(loginFailures.at, new Date(deps.clock.now().getTime() - WINDOW_MS)))
}
