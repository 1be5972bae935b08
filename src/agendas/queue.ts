import { and, asc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm'
import { agendaItems, cases, tables, zittingen } from '../../db/schema'
import { type AuthUser, canRecordConsult } from '../auth/access'
import type { Deps } from '../deps'
import { sha256Hex } from '../ids'
import type { Format, Urgency } from '../lists'
import { forbidden, type Result } from '../result'
import { type Proposal, prioritise, proposeAgendas, type Session } from '../tables/scheduling'
import { plusDays } from '../tables/today'

/** How far ahead the planning looks: about three monthly zittingen. */
export const HORIZON_DAYS = 90

export interface QueuedCaseRow {
  caseId: string
  reference: string
  urgency: Urgency
  format: Format | null
  acceptedAt: Date
}

export interface PlannedSession extends Session {
  tableId: string
  tableName: string
  endTime: string
  location: string
  agendaSentAt: Date | null
}

export interface Planning {
  region: string
  /** In the order it is served. */
  queue: QueuedCaseRow[]
  sessions: PlannedSession[]
  tables: { id: string; name: string }[]
  proposal: Proposal
  /** Cases of the region already on these agendas (reference and urgency for the overview). */
  booked: Map<string, { reference: string; urgency: Urgency; format: Format | null }>
  /** Identifies this proposal, so accepting it can check nothing moved in between. */
  fingerprint: string
}

/** The region's queue: accepted cases waiting for a zitting, in priority order. */
export async function regionQueue(deps: Pick<Deps, 'db'>, region: string): Promise<QueuedCaseRow[]> {
  const rows = await deps.db
    .select({ caseId: cases.id, reference: cases.reference, urgency: cases.urgency, format: cases.format, acceptedAt: cases.acceptedAt })
    .from(cases)
    .where(and(eq(cases.regionCode, region), eq(cases.status, 'aanvaard'), isNotNull(cases.acceptedAt)))
  const byId = new Map(
    rows.map((r) => [r.caseId, { ...r, reference: r.reference ?? r.caseId, urgency: r.urgency ?? 'gewoon', acceptedAt: r.acceptedAt ?? new Date(0) }]),
  )
  return prioritise([...byId.values()].map((r) => ({ caseId: r.caseId, urgency: r.urgency, acceptedAt: r.acceptedAt.toISOString() }))).flatMap(
    (q) => byId.get(q.caseId) ?? [],
  )
}

/** The planned zittingen of the region's active tables from today to the horizon, each with its agenda in order. */
async function regionSessions(deps: Pick<Deps, 'db'>, region: string, today: string) {
  const rows = await deps.db
    .select({
      id: zittingen.id,
      date: zittingen.date,
      start: zittingen.startTime,
      endTime: zittingen.endTime,
      location: zittingen.location,
      agendaSentAt: zittingen.agendaSentAt,
      tableId: tables.id,
      tableName: tables.name,
      slotMinutes: tables.slotMinutes,
      capacity: tables.capacity,
    })
    .from(zittingen)
    .innerJoin(tables, eq(tables.id, zittingen.tableId))
    .where(
      and(
        eq(tables.regionCode, region),
        eq(tables.active, true),
        eq(zittingen.status, 'gepland'),
        gte(zittingen.date, today),
        lte(zittingen.date, plusDays(today, HORIZON_DAYS)),
      ),
    )
    .orderBy(asc(zittingen.date), asc(zittingen.id))
  const items = rows.length
    ? await deps.db
        .select({ zittingId: agendaItems.zittingId, caseId: agendaItems.caseId, reference: cases.reference, urgency: cases.urgency, format: cases.format })
        .from(agendaItems)
        .innerJoin(cases, eq(cases.id, agendaItems.caseId))
        .where(
          inArray(
            agendaItems.zittingId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt), asc(agendaItems.caseId))
    : []
  const sessions: PlannedSession[] = rows.map((r) => ({
    ...r,
    cancelled: false,
    booked: items.filter((i) => i.zittingId === r.id).map((i) => i.caseId),
  }))
  const booked = new Map(items.map((i) => [i.caseId, { reference: i.reference ?? i.caseId, urgency: i.urgency ?? 'gewoon', format: i.format }]))
  return { sessions, booked }
}

/** The queue, the coming zittingen and the tool's proposal for filling them (DESIGN.md "Scheduling rules"). */
export async function planningOf(deps: Pick<Deps, 'db'>, user: AuthUser, region: string, today: string): Promise<Result<{ planning: Planning }>> {
  if (!canRecordConsult(user, region)) return forbidden()
  const queue = await regionQueue(deps, region)
  const { sessions, booked } = await regionSessions(deps, region, today)
  const regionTables = await deps.db
    .select({ id: tables.id, name: tables.name })
    .from(tables)
    .where(and(eq(tables.regionCode, region), eq(tables.active, true)))
    .orderBy(asc(tables.name), asc(tables.id))
  const proposal = proposeAgendas({
    today,
    queue: queue.map((q) => ({ caseId: q.caseId, urgency: q.urgency, acceptedAt: q.acceptedAt.toISOString() })),
    sessions,
  })
  return { ok: true, planning: { region, queue, sessions, tables: regionTables, proposal, booked, fingerprint: fingerprintOf(proposal) } }
}

/** Only what accepting would write: which case goes to which zitting, in which order. */
export function fingerprintOf(proposal: Proposal): string {
  const additions = proposal.agendas.map((a) => [a.sessionId, a.slots.filter((s) => s.proposed).map((s) => s.caseId)])
  return sha256Hex(JSON.stringify(additions)).slice(0, 32)
}
