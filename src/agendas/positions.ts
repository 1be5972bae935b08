import { and, eq } from 'drizzle-orm'
import { agendaItems, caseGuests, zittingen } from '../../db/schema'
import type { Deps } from '../deps'

// Agenda order is stored as dense positions 0..n-1, so slot times follow from the position alone.

/** Writes the given order as positions 0..n-1. */
export function orderStatements(deps: Pick<Deps, 'db'>, zittingId: string, caseIds: readonly string[]) {
  return caseIds.map((caseId, position) =>
    deps.db
      .update(agendaItems)
      .set({ position })
      .where(and(eq(agendaItems.zittingId, zittingId), eq(agendaItems.caseId, caseId))),
  )
}

/** Takes one case (and its guests there) off an agenda and renumbers the cases that stay, in their order. */
export function leaveStatements(deps: Pick<Deps, 'db'>, zittingId: string, caseId: string, remaining: readonly string[]) {
  return [
    deps.db.delete(agendaItems).where(and(eq(agendaItems.zittingId, zittingId), eq(agendaItems.caseId, caseId))),
    deps.db.delete(caseGuests).where(and(eq(caseGuests.zittingId, zittingId), eq(caseGuests.caseId, caseId))),
    ...orderStatements(
      deps,
      zittingId,
      remaining.filter((id) => id !== caseId),
    ),
  ]
}

/**
 * After the agenda was sent, a change makes the participants' copy outdated: moving `updatedAt`
 * past `agendaSentAt` is what the agenda page reads to say so.
 */
export function changedStatements(deps: Pick<Deps, 'db' | 'clock'>, zitting: { id: string; agendaSentAt: Date | null }) {
  if (zitting.agendaSentAt === null) return []
  return [deps.db.update(zittingen).set({ updatedAt: deps.clock.now() }).where(eq(zittingen.id, zitting.id))]
}
