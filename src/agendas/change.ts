import type { Deps } from '../deps'
import { loadAgenda, slotOf, type ZittingRow } from './agenda'
import { agendaMails } from './mails'
import { agendaRecipients } from './participants'

/**
 * A sent agenda whose zitting moves (date, time, place): guests and referrers hold an invitation
 * too, so they get the new slot times and a new version of it. Members hear it from the zitting's
 * own change mail.
 */
export async function agendaChangeMails(deps: Deps, changed: ZittingRow, today: string, calendar: (span?: { start: string; end: string }) => string) {
  if (changed.agendaSentAt === null) return []
  const agenda = await loadAgenda(deps, changed.id, today)
  if (!agenda || agenda.items.length === 0) return []
  const slots = agenda.items.map((i) => ({ ...i, ...slotOf(changed, agenda.table.slotMinutes, i.position) }))
  const recipients = await agendaRecipients(deps, changed.id, agenda.table.id, agenda.items)
  return agendaMails(deps, { tableName: agenda.table.name, zitting: changed, slots, recipients, updated: true, calendar, skipMembers: true })
}
