import { eq } from 'drizzle-orm'
import { users } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { atomic } from '../db'
import type { Deps } from '../deps'
import type { AuthUser } from './access'
import { checkPasswordPolicy, hashPassword, UNUSABLE_HASH, verifyPassword } from './passwords'
import { createSession, invalidateUserSessions } from './sessions'
import { checkLoginThrottle, clearAccountFailures, pruneLoginFailures, recordLoginFailure } from './throttle'

export type LoginResult =
  | { ok: true; token: string; userId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMinutes: number }

/**
 * Checks the throttle first (so a locked account cannot be probed), then the password. Unknown
 * e-mails cost a full hash too, so response times do not reveal who has an account.
 */
export async function login(deps: Deps, ip: string, email: string, password: string): Promise<LoginResult> {
  const normalisedEmail = email.trim().toLowerCase()
  const throttle = await checkLoginThrottle(deps, normalisedEmail, ip)
  if (!throttle.ok) {
    await audit(deps, { userId: null, ip }, { action: 'aanmelden.geblokkeerd', details: { scope: throttle.scope } })
    return { ok: false, reason: 'throttled', retryAfterMinutes: throttle.retryAfterMinutes }
  }
  const [user] = await deps.db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, normalisedEmail))
    .limit(1)
  const valid = await verifyPassword(user?.passwordHash ?? UNUSABLE_HASH, password)
  if (!user?.active || !user.passwordHash || !valid) {
    const reason = !user ? 'onbekend' : !user.active ? 'gedeactiveerd' : 'wachtwoord'
    await audit(deps, { userId: user?.id ?? null, ip }, { action: 'aanmelden.mislukt', details: { reden: reason } }, () => [
      recordLoginFailure(deps, normalisedEmail, ip),
      pruneLoginFailures(deps),
    ])
    return { ok: false, reason: 'invalid' }
  }
  await atomic(deps.db, [clearAccountFailures(deps, normalisedEmail)])
  const { token } = await createSession(deps, user.id)
  await audit(deps, { userId: user.id, ip }, { action: 'aanmelden', objectType: 'user', objectId: user.id })
  return { ok: true, token, userId: user.id }
}

export type PasswordChangeResult = { ok: true } | { ok: false; fieldErrors: Record<string, string> }

/** Changing the password ends every other session of the user (a stolen session dies with it). */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  currentSessionId: string,
  input: { current: string; next: string },
): Promise<PasswordChangeResult> {
  const [row] = await deps.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).limit(1)
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.current)))
    return { ok: false, fieldErrors: { huidig: 'Het huidige wachtwoord klopt niet.' } }
  const policy = checkPasswordPolicy(input.next, [user.email, user.name])
  if (!policy.ok) return { ok: false, fieldErrors: { nieuw: policy.message } }
  const passwordHash = await hashPassword(input.next)
  await audit(deps, actor, { action: 'wachtwoord.gewijzigd', objectType: 'user', objectId: user.id }, () => [
    deps.db.update(users).set({ passwordHash }).where(eq(users.id, user.id)),
    invalidateUserSessions(deps, user.id, currentSessionId),
  ])
  return { ok: true }
}
