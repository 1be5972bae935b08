import { and, eq, ne, sql } from 'drizzle-orm'
import { organisations, sessions, users } from '../../db/schema'
import type { Db } from '../db'
import type { Deps } from '../deps'
import { constantTimeEqual, newId, sha256Hex } from '../ids'
import type { Role } from '../lists'
import { preparedFor } from '../prepared'
import type { AuthUser } from './access'

// Lucia's guide: a token is `id.secret`; the id finds the row, only a hash of the secret is
// stored, so a leaked database does not hand out live sessions.
const ACTIVITY_CHECK_MS = 60 * 60 * 1000

export interface Session {
  id: string
  userId: string
  createdAt: Date
  lastVerifiedAt: Date
}

export function generateSessionToken(): string {
  return `${newId(15)}.${newId(20)}`
}

export async function createSession(deps: Pick<Deps, 'db' | 'clock'>, userId: string): Promise<{ token: string; session: Session }> {
  const token = generateSessionToken()
  const [id, secret] = token.split('.') as [string, string]
  const now = deps.clock.now()
  const session = { id, userId, createdAt: now, lastVerifiedAt: now }
  await deps.db.insert(sessions).values({ ...session, secretHash: sha256Hex(secret) })
  return { token, session }
}

/**
 * Every request with a cookie runs this: session, user, organisation and grants in one prepared
 * statement (the grants as a JSON array) instead of two queries built anew each time.
 */
function sessionQuery(db: Db) {
  return db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      secretHash: sessions.secretHash,
      createdAt: sessions.createdAt,
      lastVerifiedAt: sessions.lastVerifiedAt,
      email: users.email,
      name: users.name,
      active: users.active,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      administration: organisations.administration,
      // in the grants' key order, as the separate query returned them
      grants: sql<string>`(select json_group_array(json_array(g.role, g.region_code)) from (select role, region_code from grants where user_id = ${sessions.userId} order by role, region_code) as g)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .limit(1)
    .prepare()
}

/**
 * Returns the session's user, or null when the token is unknown, wrong, expired, or the user
 * was deactivated. Sliding expiry: activity extends it, written at most once an hour.
 */
export async function validateSessionToken(deps: Pick<Deps, 'db' | 'clock' | 'config'>, token: string): Promise<{ session: Session; user: AuthUser } | null> {
  const [id, secret, extra] = token.split('.')
  if (!id || !secret || extra !== undefined) return null
  const row = await preparedFor(deps.db, 'session', () => sessionQuery(deps.db)).get({ id })
  if (!row || !constantTimeEqual(row.secretHash, sha256Hex(secret))) return null
  const now = deps.clock.now().getTime()
  const idleMs = deps.config.sessionIdleHours * 60 * 60 * 1000
  if (!row.active || now - row.lastVerifiedAt.getTime() >= idleMs) {
    await invalidateSession(deps, row.id)
    return null
  }
  let lastVerifiedAt = row.lastVerifiedAt
  if (now - lastVerifiedAt.getTime() >= ACTIVITY_CHECK_MS) {
    lastVerifiedAt = new Date(now)
    await deps.db.update(sessions).set({ lastVerifiedAt }).where(eq(sessions.id, row.id))
  }
  return {
    session: { id: row.id, userId: row.userId, createdAt: row.createdAt, lastVerifiedAt },
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      administration: row.administration,
      grants: (JSON.parse(row.grants) as [Role, string][]).map(([role, regionCode]) => ({ role, regionCode })),
    },
  }
}

export async function invalidateSession(deps: Pick<Deps, 'db'>, sessionId: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.id, sessionId))
}

/** The statement that ends every session of a user (deactivation, password change). */
export function invalidateUserSessions(deps: Pick<Deps, 'db'>, userId: string, exceptSessionId?: string) {
  const mine = eq(sessions.userId, userId)
  return deps.db.delete(sessions).where(exceptSessionId ? and(mine, ne(sessions.id, exceptSessionId)) : mine)
}
