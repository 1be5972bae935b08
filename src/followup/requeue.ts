import { eq } from 'drizzle-orm'
import { cases } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canRequeueCase } from '../auth/access'
import { type CaseRow, caseStep, referrerMail, transitionStatements } from '../cases/transitions'
import type { Deps } from '../deps'
import type { Result } from '../result'

const NOT_NOW = 'Alleen een casus in opvolging kan opnieuw op de wachtrij gezet worden.'

export function requeueStep(deps: Deps, user: AuthUser, caseId: string): Promise<Result<{ row: CaseRow; to: CaseRow['status'] }>> {
  return caseStep(deps, user, caseId, 'requeue', NOT_NOW, canRequeueCase)
}

/**
 * The coordinator puts the case back in the region's queue for another bespreking. It queues by
 * its new waiting time (acceptedAt is now), not ahead of cases that have waited since.
 */
export async function requeueCase(deps: Deps, actor: Actor, user: AuthUser, caseId: string): Promise<Result> {
  const step = await requeueStep(deps, user, caseId)
  if (!step.ok) return step
  const { row, to } = step
  const mail = await referrerMail(
    deps,
    row,
    'Opnieuw bespreken:',
    'Het ROTS zet uw aanmelding opnieuw op de wachtrij voor een nieuwe bespreking. U hoort wanneer ze op de agenda staat.',
  )
  await audit(deps, actor, { action: 'casus.opnieuw_bespreken', objectType: 'case', objectId: caseId }, () => [
    ...transitionStatements(deps, row, user, to, null),
    deps.db.update(cases).set({ acceptedAt: deps.clock.now() }).where(eq(cases.id, caseId)),
    ...mail,
  ])
  return { ok: true }
}
