import { eq } from 'drizzle-orm'
import { zittingen } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import type { AuthUser } from '../auth/access'
import type { Deps } from '../deps'
import { conflict, type Result } from '../result'
import { calendarOf } from '../tables/zittingen'
import { editableAgenda } from './agenda'
import { agendaMails } from './mails'
import { agendaRecipients } from './participants'

/**
 * Sends the agenda to everyone it concerns. From this moment the members (and each guest, for
 * their case) see the pseudonymised files. Sending again after a change is a new version of the
 * calendar entry: SEQUENCE goes up, so calendar clients replace the earlier one.
 */
export async function sendAgenda(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  zittingId: string,
  today: string,
): Promise<Result<{ recipients: number; updated: boolean }>> {
  const found = await editableAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  const { agenda } = found
  if (agenda.items.length === 0) return conflict('Er staan nog geen casussen op deze agenda.')
  const updated = agenda.zitting.agendaSentAt !== null
  const now = deps.clock.now()
  const zitting = { ...agenda.zitting, icsSequence: agenda.zitting.icsSequence + (updated ? 1 : 0), agendaSentAt: now, updatedAt: now }
  const recipients = await agendaRecipients(deps, zittingId, agenda.table.id, agenda.items)
  const mails = agendaMails(deps, {
    tableName: agenda.table.name,
    zitting,
    slots: agenda.items,
    recipients,
    updated,
    calendar: (span) => calendarOf(deps, agenda.table, zitting, span),
  })
  await audit(
    deps,
    actor,
    {
      action: updated ? 'agenda.opnieuw_verstuurd' : 'agenda.verstuurd',
      objectType: 'zitting',
      objectId: zittingId,
      details: { versie: zitting.icsSequence, ontvangers: mails.length },
    },
    () => [deps.db.update(zittingen).set({ icsSequence: zitting.icsSequence, agendaSentAt: now, updatedAt: now }).where(eq(zittingen.id, zittingId)), ...mails],
  )
  return { ok: true, recipients: mails.length, updated }
}
