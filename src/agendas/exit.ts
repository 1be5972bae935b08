import { and, asc, eq, gte } from 'drizzle-orm'
import { agendaItems, zittingen } from '../../db/schema'
import type { Statement } from '../db'
import type { Deps } from '../deps'
import { brusselsToday } from '../tables/today'
import { changedStatements, leaveStatements } from './positions'

/**
 * A case that stops (withdrawn) leaves the agendas of zittingen still to come, with its guests;
 * agendas of zittingen already held stay as the record of what was discussed.
 */
export async function agendaExitStatements(deps: Pick<Deps, 'db' | 'clock'>, caseId: string): Promise<Statement[]> {
  const today = brusselsToday(deps.clock.now())
  const on = await deps.db
    .select({ id: zittingen.id, agendaSentAt: zittingen.agendaSentAt })
    .from(agendaItems)
    .innerJoin(zittingen, eq(zittingen.id, agendaItems.zittingId))
    .where(and(eq(agendaItems.caseId, caseId), eq(zittingen.status, 'gepland'), gte(zittingen.date, today)))
  const statements: Statement[] = []
  for (const zitting of on) {
    const items = await deps.db
      .select({ caseId: agendaItems.caseId })
      .from(agendaItems)
      .where(eq(agendaItems.zittingId, zitting.id))
      .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt), asc(agendaItems.caseId))
    statements.push(
      ...leaveStatements(
        deps,
        zitting.id,
        caseId,
        items.map((i) => i.caseId),
      ),
      ...changedStatements(deps, zitting),
    )
  }
  return statements
}
