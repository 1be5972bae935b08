import { eq } from 'drizzle-orm'
import { cases } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canFollowUpCase, canSeeOwnCase } from '../auth/access'
import { scrubHints } from '../cases/identity'
import { type CaseRow, caseStep, referrerMail, transitionStatements } from '../cases/transitions'
import type { Deps } from '../deps'
import { CLOSURE_REASONS, labelOf } from '../lists'
import { redactCase } from '../privacy/scrub'
import { conflict, type Result } from '../result'
import { coordinatorMails } from './notify'
import { countFollowUps, getCurrentConsult } from './queries'
import type { CloseInput } from './schemas'

const NOT_NOW = 'Alleen een casus in opvolging kan afgesloten worden.'
const NO_FOLLOW_UP = 'Registreer eerst de opvolging (uitkomst en stand van de acties); daarna kunt u de casus afsluiten.'

/**
 * Whether the user may close the case now. A case is only closed after its follow-up was recorded
 * for the current bespreking: the outcome is what the reports count.
 */
export async function closeStep(deps: Deps, user: AuthUser, caseId: string): Promise<Result<{ row: CaseRow; to: CaseRow['status'] }>> {
  const step = await caseStep(deps, user, caseId, 'close', NOT_NOW, canFollowUpCase)
  if (!step.ok) return step
  const consult = await getCurrentConsult(deps.db, caseId)
  if (!consult || (await countFollowUps(deps.db, consult.id)) === 0) return conflict(NO_FOLLOW_UP)
  return step
}

/**
 * Closes the case (afgesloten) with a reason. Whoever closes it, the other side hears of it: the
 * region's coordinators when the referring organisation closes, the referrer when a coordinator does.
 */
export async function closeCase(deps: Deps, actor: Actor, user: AuthUser, caseId: string, input: CloseInput): Promise<Result> {
  const step = await closeStep(deps, user, caseId)
  if (!step.ok) return step
  const { row, to } = step
  const [note] = input.notitie ? redactCase([{ name: 'notitie', text: input.notitie }], await scrubHints(deps, caseId)) : []
  const reason = labelOf(CLOSURE_REASONS, input.reden)
  const mail = canSeeOwnCase(user, row)
    ? await coordinatorMails(deps, row, 'Afgesloten:', `De aanmelder heeft ${row.reference} afgesloten. Reden: ${reason}.`)
    : await referrerMail(deps, row, 'Afgesloten:', `De coördinator heeft uw aanmelding afgesloten. Reden: ${reason}.`)
  const now = deps.clock.now()
  await audit(deps, actor, { action: 'casus.afgesloten', objectType: 'case', objectId: caseId, details: { reden: input.reden } }, () => [
    ...transitionStatements(deps, row, user, to, note?.redacted ?? null),
    deps.db.update(cases).set({ closedAt: now, closureReason: input.reden }).where(eq(cases.id, caseId)),
    ...mail,
  ])
  return { ok: true }
}
