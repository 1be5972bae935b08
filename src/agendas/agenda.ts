import { and, asc, eq, inArray } from 'drizzle-orm'
import { agendaItems, caseGuests, cases, organisations, users, zittingen } from '../../db/schema'
import { type AuthUser, canRecordConsult } from '../auth/access'
import type { Deps } from '../deps'
import type { Format, Urgency } from '../lists'
import { conflict, forbidden, notFound, type Result } from '../result'
import { slotStart } from '../tables/scheduling'
import { getTable, type Table } from '../tables/tables'

export type ZittingRow = typeof zittingen.$inferSelect

/** One case on an agenda, with the slot its position gives it. */
export interface AgendaCase {
  caseId: string
  reference: string
  urgency: Urgency
  format: Format | null
  status: string
  referrerId: string
  position: number
  start: string
  end: string
}

export interface AgendaGuest {
  caseId: string
  userId: string
  name: string
  organisation: string
}

export interface Agenda {
  zitting: ZittingRow
  table: Table & { memberIds: string[] }
  items: AgendaCase[]
  guests: AgendaGuest[]
  /** Cases can still be added, moved and reordered: planned and not yet past. */
  editable: boolean
  /** Sent before, and changed since: the participants hold an outdated agenda. */
  changedSinceSent: boolean
}

/** Slot times follow from the position: the zitting's start plus one slot length per case before it. */
export function slotOf(zitting: Pick<ZittingRow, 'startTime'>, slotMinutes: number, position: number) {
  return { start: slotStart(zitting.startTime, position * slotMinutes), end: slotStart(zitting.startTime, (position + 1) * slotMinutes) }
}

export async function loadAgenda(deps: Pick<Deps, 'db'>, zittingId: string, today: string): Promise<Agenda | null> {
  const [zitting] = await deps.db.select().from(zittingen).where(eq(zittingen.id, zittingId)).limit(1)
  if (!zitting) return null
  const table = await getTable(deps, zitting.tableId)
  if (!table?.active) return null
  const rows = await deps.db
    .select({
      caseId: agendaItems.caseId,
      position: agendaItems.position,
      reference: cases.reference,
      urgency: cases.urgency,
      format: cases.format,
      status: cases.status,
      referrerId: cases.referrerId,
    })
    .from(agendaItems)
    .innerJoin(cases, eq(cases.id, agendaItems.caseId))
    .where(eq(agendaItems.zittingId, zittingId))
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt), asc(agendaItems.caseId))
  const items = rows.map((r, index) => ({
    ...r,
    reference: r.reference ?? r.caseId,
    urgency: r.urgency ?? 'gewoon',
    // the index, not the stored number: a gap left by an older write never shows as an empty slot
    position: index,
    ...slotOf(zitting, table.slotMinutes, index),
  }))
  const guests = rows.length
    ? await deps.db
        .select({ caseId: caseGuests.caseId, userId: caseGuests.userId, name: users.name, organisation: organisations.name })
        .from(caseGuests)
        .innerJoin(users, eq(users.id, caseGuests.userId))
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .where(
          and(
            eq(caseGuests.zittingId, zittingId),
            inArray(
              caseGuests.caseId,
              rows.map((r) => r.caseId),
            ),
          ),
        )
        .orderBy(asc(users.name), asc(users.id))
    : []
  return {
    zitting,
    table,
    items,
    guests,
    editable: zitting.status === 'gepland' && zitting.date >= today,
    changedSinceSent: zitting.agendaSentAt !== null && zitting.updatedAt.getTime() > zitting.agendaSentAt.getTime(),
  }
}

/** The agenda as its region's coordinators see it, whatever its state. */
export async function viewAgenda(deps: Pick<Deps, 'db'>, user: AuthUser, zittingId: string, today: string): Promise<Result<{ agenda: Agenda }>> {
  const agenda = await loadAgenda(deps, zittingId, today)
  if (!agenda) return notFound()
  if (!canRecordConsult(user, agenda.table.regionCode)) return forbidden()
  return { ok: true, agenda }
}

/** An agenda the coordinator may still change: not cancelled, not past. */
export async function editableAgenda(deps: Pick<Deps, 'db'>, user: AuthUser, zittingId: string, today: string): Promise<Result<{ agenda: Agenda }>> {
  const found = await viewAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  if (found.agenda.zitting.status !== 'gepland') return conflict('Deze zitting is geannuleerd; haar agenda kan niet meer wijzigen.')
  if (!found.agenda.editable) return conflict('Deze zitting is voorbij; haar agenda kan niet meer wijzigen.')
  return found
}
