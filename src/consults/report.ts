import { type AuthUser, canFollowUpCase, canReadConsultReport, canSeeOwnCase } from '../auth/access'
import type { Deps } from '../deps'
import { conflict, forbidden, notFound, type Result } from '../result'
import { getZitting } from '../tables/zittingen'
import { type ConsultRow, consultDetails, consultSetting, latestConsult } from './queries'

export interface ConsultReport {
  /** Who reads: the referring organisation, or the region's coordinators (the same person may be both). */
  viewer: 'referrer' | 'coordinator'
  case: NonNullable<Awaited<ReturnType<typeof consultSetting>>>['case']
  consult: ConsultRow
  zitting: { date: string; startTime: string; location: string }
  tableName: string
  details: Awaited<ReturnType<typeof consultDetails>>
}

/**
 * The report of the latest bespreking of a case, for the referring organisation once released and
 * for the region's coordinators from the moment it is recorded (see `canReadConsultReport`).
 */
export async function consultReport(deps: Deps, user: AuthUser, caseId: string): Promise<Result<{ report: ConsultReport }>> {
  const setting = await consultSetting(deps.db, caseId)
  if (!setting || setting.case.status === 'concept') return notFound()
  if (!canFollowUpCase(user, setting.case)) return forbidden()
  const consult = await latestConsult(deps.db, caseId)
  if (!consult) return conflict('Deze casus is nog niet besproken: er is nog geen verslag.')
  if (!canReadConsultReport(user, setting.case, consult.releasedAt !== null))
    return conflict('Het verslag van de bespreking is nog niet vrijgegeven. U krijgt een e-mail zodra het klaarstaat.')
  const held = await getZitting(deps, consult.zittingId)
  if (!held) return notFound()
  return {
    ok: true,
    report: {
      viewer: canSeeOwnCase(user, setting.case) ? 'referrer' : 'coordinator',
      case: setting.case,
      consult,
      zitting: { date: held.zitting.date, startTime: held.zitting.startTime, location: held.zitting.location },
      tableName: held.table.name,
      details: await consultDetails(deps.db, consult.id),
    },
  }
}

/** The advice letter belongs to a consult: at an overlegtafel the young person heard the advice in person. */
export async function adviceLetter(deps: Deps, user: AuthUser, caseId: string): Promise<Result<{ report: ConsultReport }>> {
  const found = await consultReport(deps, user, caseId)
  if (!found.ok) return found
  if (found.report.consult.format !== 'consult')
    return conflict('Een adviesbrief hoort bij een consult. Bij een overlegtafel waren de jongere en de ouders zelf aanwezig.')
  return found
}
