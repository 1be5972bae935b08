import type { AuthUser } from '../auth/access'
import { caseStep, transitionStatements } from '../cases/transitions'
import type { Statement } from '../db'
import type { Deps } from '../deps'
import { dutchDate } from '../tables/today'
import { loadAgenda, type ZittingRow } from './agenda'
import { cancelMails } from './mails'
import { agendaRecipients } from './participants'
import { leaveStatements } from './positions'

/**
 * What cancelling a zitting does to its agenda, as statements for the caller's audit unit: each
 * booked case goes back to the queue (unschedule; acceptedAt unchanged, so it keeps its place),
 * the agenda and its guests are cleared, and guests and referrers get the cancellation with a
 * METHOD:CANCEL calendar entry. Standing members are told by the zitting's own mail.
 */
export async function agendaCancellation(deps: Deps, user: AuthUser, cancelled: ZittingRow, ics: string, today: string): Promise<Statement[]> {
  const agenda = await loadAgenda(deps, cancelled.id, today)
  if (!agenda || agenda.items.length === 0) return []
  const statements: Statement[] = []
  for (const item of agenda.items) {
    const step = await caseStep(deps, user, item.caseId, 'unschedule', '')
    // a case no longer ingepland (withdrawn meanwhile) just leaves the agenda
    if (step.ok) statements.push(...transitionStatements(deps, step.row, user, step.to, `Zitting van ${dutchDate(cancelled.date)} geannuleerd`))
  }
  const order = agenda.items.map((i) => i.caseId)
  for (const caseId of order) statements.push(...leaveStatements(deps, cancelled.id, caseId, []))
  const recipients = await agendaRecipients(deps, cancelled.id, agenda.table.id, agenda.items)
  return [...statements, ...cancelMails(deps, { tableName: agenda.table.name, zitting: cancelled, slots: agenda.items, recipients, ics })]
}
