import { and, asc, eq, gte, inArray } from 'drizzle-orm'
import { grants, organisations, tableMembers, tables, users, zittingen } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canManageTables } from '../auth/access'
import type { Deps } from '../deps'
import { newId } from '../ids'
import { forbidden, invalid, notFound, type Result } from '../result'
import type { TableInput } from './schemas'

export type Table = typeof tables.$inferSelect

export interface MemberCandidate {
  id: string
  name: string
  organisation: string
  sector: string
  regionCode: string
}

/** Who may sit at a table of a region: active users holding the tafellid role there. */
export async function memberCandidates(deps: Pick<Deps, 'db'>, regions: string[]): Promise<MemberCandidate[]> {
  return deps.db
    .select({ id: users.id, name: users.name, organisation: organisations.name, sector: organisations.sector, regionCode: grants.regionCode })
    .from(grants)
    .innerJoin(users, eq(users.id, grants.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(grants.role, 'tafellid'), inArray(grants.regionCode, regions.length ? regions : ['-']), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id))
}

export async function getTable(deps: Pick<Deps, 'db'>, id: string): Promise<(Table & { memberIds: string[] }) | null> {
  const [row] = await deps.db.select().from(tables).where(eq(tables.id, id)).limit(1)
  if (!row) return null
  const members = await deps.db.select({ userId: tableMembers.userId }).from(tableMembers).where(eq(tableMembers.tableId, id))
  return { ...row, memberIds: members.map((m) => m.userId) }
}

/** The active tables of some regions, each with its upcoming planned zittingen. */
export async function listTables(deps: Pick<Deps, 'db'>, regions: string[], today: string) {
  const rows = await deps.db
    .select()
    .from(tables)
    .where(and(inArray(tables.regionCode, regions.length ? regions : ['-']), eq(tables.active, true)))
    .orderBy(asc(tables.name), asc(tables.id))
  const upcoming = rows.length
    ? await deps.db
        .select({ id: zittingen.id, tableId: zittingen.tableId, date: zittingen.date, startTime: zittingen.startTime, endTime: zittingen.endTime })
        .from(zittingen)
        .where(
          and(
            inArray(
              zittingen.tableId,
              rows.map((r) => r.id),
            ),
            eq(zittingen.status, 'gepland'),
            gte(zittingen.date, today),
          ),
        )
        .orderBy(asc(zittingen.date), asc(zittingen.startTime))
    : []
  return rows.map((t) => ({ ...t, upcoming: upcoming.filter((z) => z.tableId === t.id) }))
}

function columns(input: TableInput) {
  return {
    regionCode: input.regio,
    name: input.naam,
    slotMinutes: input.slotduur,
    capacity: input.capaciteit,
    location: input.locatie,
    videoLink: input.videolink,
  }
}

/** Members must hold the tafellid role in the table's region: the table only ever sees its region's cases. */
async function checkMembers(deps: Pick<Deps, 'db'>, input: TableInput): Promise<Result> {
  const allowed = new Set((await memberCandidates(deps, [input.regio])).map((m) => m.id))
  if (input.leden.some((id) => !allowed.has(id))) return invalid({ leden: 'Kies enkel tafelleden van de regio van de tafel.' })
  return { ok: true }
}

export async function createTable(deps: Deps, actor: Actor, user: AuthUser, input: TableInput): Promise<Result<{ id: string }>> {
  if (!canManageTables(user, input.regio)) return forbidden('U kunt enkel een tafel oprichten in een regio waarvan u coördinator bent.')
  const members = await checkMembers(deps, input)
  if (!members.ok) return members
  const id = newId()
  const memberIds = [...new Set(input.leden)]
  await audit(deps, actor, { action: 'tafel.opgericht', objectType: 'table', objectId: id, details: { leden: memberIds.length } }, () => [
    deps.db.insert(tables).values({ id, ...columns(input), createdAt: deps.clock.now() }),
    ...memberIds.map((userId) => deps.db.insert(tableMembers).values({ tableId: id, userId })),
  ])
  return { ok: true, id }
}

/** Membership is replaced as a whole: the form shows every candidate with the current members ticked. */
export async function updateTable(deps: Deps, actor: Actor, user: AuthUser, id: string, input: TableInput): Promise<Result> {
  const table = await getTable(deps, id)
  if (!table?.active) return notFound()
  if (!canManageTables(user, table.regionCode) || !canManageTables(user, input.regio)) return forbidden()
  const members = await checkMembers(deps, input)
  if (!members.ok) return members
  const memberIds = [...new Set(input.leden)]
  await audit(deps, actor, { action: 'tafel.gewijzigd', objectType: 'table', objectId: id, details: { leden: memberIds.length } }, () => [
    deps.db.update(tables).set(columns(input)).where(eq(tables.id, id)),
    deps.db.delete(tableMembers).where(eq(tableMembers.tableId, id)),
    ...memberIds.map((userId) => deps.db.insert(tableMembers).values({ tableId: id, userId })),
  ])
  return { ok: true }
}
