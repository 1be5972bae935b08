import { and, asc, eq, gte, inArray, or, sql } from 'drizzle-orm'
import { agendaItems, caseGuests, cases, organisations, prepRemarks, tableMembers, tables, users, zittingen } from '../../db/schema'
import type { Db } from '../db'
import type { ZittingAccess } from './visibility'

// Reads for the tafellid's pages. Which of these rows a user may see is decided in visibility.ts,
// never here: these queries only narrow down what is worth asking about.

export interface MemberZitting extends ZittingAccess {
  tableId: string
  tableName: string
  slotMinutes: number
  startTime: string
  endTime: string
  location: string
  videoLink: string | null
}

/** Zittingen since `since` at a table the user sits at, or with a case the user is a guest for. */
export async function zittingIdsOf(db: Db, userId: string, since: string): Promise<string[]> {
  const rows = await db
    .select({ id: zittingen.id })
    .from(zittingen)
    .where(
      and(
        gte(zittingen.date, since),
        or(
          inArray(zittingen.tableId, db.select({ id: tableMembers.tableId }).from(tableMembers).where(eq(tableMembers.userId, userId))),
          inArray(zittingen.id, db.select({ id: caseGuests.zittingId }).from(caseGuests).where(eq(caseGuests.userId, userId))),
        ),
      ),
    )
  return rows.map((r) => r.id)
}

/** The zittingen with their table, standing members, agenda and guests. */
export async function memberZittingen(db: Db, ids: string[]): Promise<MemberZitting[]> {
  if (ids.length === 0) return []
  const rows = await db
    .select({
      id: zittingen.id,
      date: zittingen.date,
      startTime: zittingen.startTime,
      endTime: zittingen.endTime,
      location: zittingen.location,
      status: zittingen.status,
      agendaSentAt: zittingen.agendaSentAt,
      tableId: tables.id,
      tableName: tables.name,
      regionCode: tables.regionCode,
      slotMinutes: tables.slotMinutes,
      videoLink: tables.videoLink,
    })
    .from(zittingen)
    .innerJoin(tables, eq(tables.id, zittingen.tableId))
    .where(inArray(zittingen.id, ids))
  const tableIds = [...new Set(rows.map((r) => r.tableId))]
  const members = await db
    .select()
    .from(tableMembers)
    .where(inArray(tableMembers.tableId, tableIds.length ? tableIds : ['-']))
  const items = await db
    .select({ zittingId: agendaItems.zittingId, caseId: agendaItems.caseId, position: agendaItems.position })
    .from(agendaItems)
    .where(inArray(agendaItems.zittingId, ids))
  const guests = await db
    .select({ zittingId: caseGuests.zittingId, caseId: caseGuests.caseId, userId: caseGuests.userId })
    .from(caseGuests)
    .where(inArray(caseGuests.zittingId, ids))
  return rows.map((r) => ({
    ...r,
    memberIds: members.filter((m) => m.tableId === r.tableId).map((m) => m.userId),
    items: items.filter((i) => i.zittingId === r.id),
    guests: guests.filter((g) => g.zittingId === r.id),
  }))
}

export async function memberZitting(db: Db, id: string): Promise<MemberZitting | null> {
  const [found] = await memberZittingen(db, [id])
  return found ?? null
}

export interface AgendaCaseRow {
  id: string
  reference: string | null
  urgency: string | null
  format: string | null
  proposedFormat: string | null
  themes: string[]
}

/** What the agenda shows of each case: pseudonymised codes only. */
export async function agendaCases(db: Db, caseIds: string[]): Promise<AgendaCaseRow[]> {
  if (caseIds.length === 0) return []
  const rows = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      urgency: cases.urgency,
      format: cases.format,
      proposedFormat: cases.proposedFormat,
      themes: sql<string | null>`(select group_concat(case_themes.theme, ',') from case_themes where case_themes.case_id = cases.id)`,
    })
    .from(cases)
    .where(inArray(cases.id, caseIds))
  return rows.map((r) => ({ ...r, themes: r.themes ? r.themes.split(',') : [] }))
}

export interface RemarkRow {
  id: string
  at: Date
  text: string
  authorName: string
  organisationName: string
}

/** The preparatory remarks on one case for one zitting, oldest first, as a conversation reads. */
export async function listRemarks(db: Db, zittingId: string, caseId: string): Promise<RemarkRow[]> {
  return db
    .select({ id: prepRemarks.id, at: prepRemarks.at, text: prepRemarks.text, authorName: users.name, organisationName: organisations.name })
    .from(prepRemarks)
    .innerJoin(users, eq(users.id, prepRemarks.authorId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(prepRemarks.zittingId, zittingId), eq(prepRemarks.caseId, caseId)))
    .orderBy(asc(prepRemarks.at), asc(prepRemarks.id))
}
