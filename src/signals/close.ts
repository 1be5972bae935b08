import { and, eq, isNull } from 'drizzle-orm'
import { signals } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import type { AuthUser } from '../auth/access'
import type { Deps } from '../deps'
import type { Result } from '../result'
import { coordinatorStep } from './step'

export function closeStep(deps: Deps, user: AuthUser, signalId: string) {
  return coordinatorStep(deps, user, signalId, 'close')
}

/** The coordinator closes a signal (afgesloten): answered, no longer relevant, or never to be forwarded. */
export async function closeSignal(deps: Deps, actor: Actor, user: AuthUser, signalId: string): Promise<Result> {
  const step = await closeStep(deps, user, signalId)
  if (!step.ok) return step
  const { signal, to } = step
  const now = deps.clock.now()
  await audit(deps, actor, { action: 'signaal.afgesloten', objectType: 'signal', objectId: signal.id, details: { van: signal.status } }, () => [
    deps.db
      .update(signals)
      .set({ status: to, closedAt: now, updatedAt: now })
      .where(and(eq(signals.id, signal.id), eq(signals.status, signal.status), isNull(signals.bundleId))),
    deps.db.update(signals).set({ status: to, closedAt: now, updatedAt: now }).where(eq(signals.bundleId, signal.id)),
  ])
  return { ok: true }
}
