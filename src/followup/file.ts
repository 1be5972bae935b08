import { type AuthUser, canFollowUpCase, canRequeueCase, rolesOf } from '../auth/access'
import { checkTransition } from '../cases/lifecycle'
import type { Deps } from '../deps'
import { forbidden, notFound, type Result } from '../result'
import { countFollowUps, type FollowUpCase, getCurrentConsult, getFollowUpCase, listConsultActions, listFollowUps } from './queries'

export type ConsultAction = Awaited<ReturnType<typeof listConsultActions>>[number]

export interface FollowUpFile {
  case: NonNullable<FollowUpCase>
  consult: { id: string; followUpDate: string } | null
  actions: ConsultAction[]
  history: Awaited<ReturnType<typeof listFollowUps>>
  can: { record: boolean; close: boolean; requeue: boolean }
}

/** The follow-up page of one case, for the referring organisation and the region's coordinators. */
export async function openFollowUp(deps: Pick<Deps, 'db'>, user: AuthUser, caseId: string): Promise<Result<{ file: FollowUpFile }>> {
  const row = await getFollowUpCase(deps.db, caseId)
  if (!row || row.status === 'concept') return notFound()
  if (!canFollowUpCase(user, row)) return forbidden()
  const consult = await getCurrentConsult(deps.db, caseId)
  const [actions, history, recorded] = consult
    ? await Promise.all([listConsultActions(deps.db, consult.id), listFollowUps(deps.db, caseId), countFollowUps(deps.db, consult.id)])
    : [[], await listFollowUps(deps.db, caseId), 0]
  const inFollowUp = row.status === 'opvolging' && consult !== null
  return {
    ok: true,
    file: {
      case: row,
      consult,
      actions,
      history,
      can: {
        record: inFollowUp,
        close: inFollowUp && recorded > 0 && checkTransition('close', row.status, rolesOf(user)).ok,
        requeue: inFollowUp && canRequeueCase(user, row) && checkTransition('requeue', row.status, rolesOf(user)).ok,
      },
    },
  }
}
