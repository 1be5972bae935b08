import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm'
import { actions, cases, consults, followUps, users } from '../../db/schema'
import type { Db } from '../db'

// Follow-up is always about the case's current bespreking: the last one whose report the referrer
// received. Actions and dates of an earlier bespreking (before a requeue) no longer count.
const isCurrentConsult = sql`${consults.releasedAt} is not null and ${consults.recordedAt} = (select max(c2.recorded_at) from consults c2 where c2.case_id = ${consults.caseId} and c2.released_at is not null)`
// Actions are shown as "actie 1, 2, …" in the order of the consult report, whatever their positions
const actionNumber = sql<number>`(select count(*) from actions a2 where a2.consult_id = ${actions.consultId} and a2.position <= ${actions.position})`
const noFollowUpYet = sql`not exists (select 1 from follow_ups f where f.consult_id = ${consults.id})`

export type FollowUpCase = Awaited<ReturnType<typeof getFollowUpCase>>

/** What the follow-up rules and page need of a case: scope, status and reference; no case content. */
export async function getFollowUpCase(db: Db, caseId: string) {
  const [row] = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      status: cases.status,
      regionCode: cases.regionCode,
      organisationId: cases.organisationId,
      referrerId: cases.referrerId,
      closureReason: cases.closureReason,
      closedAt: cases.closedAt,
    })
    .from(cases)
    .where(eq(cases.id, caseId))
    .limit(1)
  return row ?? null
}

export async function getCurrentConsult(db: Db, caseId: string) {
  const [row] = await db
    .select({ id: consults.id, followUpDate: consults.followUpDate, recordedAt: consults.recordedAt })
    .from(consults)
    .where(and(eq(consults.caseId, caseId), isCurrentConsult))
    .limit(1)
  return row ?? null
}

export async function listConsultActions(db: Db, consultId: string) {
  return db
    .select({
      id: actions.id,
      position: actions.position,
      description: actions.description,
      ownerSector: actions.ownerSector,
      ownerDescription: actions.ownerDescription,
      dueDate: actions.dueDate,
      status: actions.status,
      statusNote: actions.statusNote,
    })
    .from(actions)
    .where(eq(actions.consultId, consultId))
    .orderBy(asc(actions.position))
}

/** Earlier follow-ups of the case, newest first, with the author's name. */
export async function listFollowUps(db: Db, caseId: string) {
  return db
    .select({ id: followUps.id, consultId: followUps.consultId, at: followUps.at, outcome: followUps.outcome, note: followUps.note, authorName: users.name })
    .from(followUps)
    .innerJoin(users, eq(users.id, followUps.authorId))
    .where(eq(followUps.caseId, caseId))
    .orderBy(desc(followUps.at), desc(followUps.id))
}

export async function countFollowUps(db: Db, consultId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(followUps).where(eq(followUps.consultId, consultId))
  return row?.n ?? 0
}

export interface OverdueItem {
  caseId: string
  reference: string | null
  regionCode: string
  /** ISO date that passed. */
  date: string
  kind: 'opvolgdatum' | 'actie'
  /** "actie 2" as the consult report numbers it. */
  actionNo: number | null
  actionSector: string | null
}

/**
 * The coordinator's overdue list: follow-up dates that passed without a follow-up, and open actions
 * past their due date, of cases in opvolging in the given regions; the longest overdue first.
 */
export async function listOverdue(db: Db, regions: string[], today: string, page: number, pageSize: number) {
  const inFollowUp = and(eq(cases.status, 'opvolging'), inArray(cases.regionCode, regions.length ? regions : ['-']), isCurrentConsult)
  const lateDates = and(inFollowUp, lt(consults.followUpDate, today), noFollowUpYet)
  const lateActions = and(inFollowUp, eq(actions.status, 'open'), lt(actions.dueDate, today))
  const dates = db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      date: sql<string>`${consults.followUpDate}`.as('due'),
      kind: sql<OverdueItem['kind']>`'opvolgdatum'`.as('kind'),
      actionNo: sql<number | null>`null`.as('action_position'),
      actionSector: sql<string | null>`null`.as('action_sector'),
    })
    .from(consults)
    .innerJoin(cases, eq(cases.id, consults.caseId))
    .where(lateDates)
  const late = db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      date: sql<string>`${actions.dueDate}`.as('due'),
      kind: sql<OverdueItem['kind']>`'actie'`.as('kind'),
      actionNo: sql<number | null>`${actionNumber}`.as('action_position'),
      actionSector: sql<string | null>`${actions.ownerSector}`.as('action_sector'),
    })
    .from(actions)
    .innerJoin(consults, eq(consults.id, actions.consultId))
    .innerJoin(cases, eq(cases.id, actions.caseId))
    .where(lateActions)
  const rows: OverdueItem[] = await dates
    .unionAll(late)
    .orderBy(sql`due`, sql`reference`, sql`kind desc`, sql`action_position`)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [dateCount] = await db.select({ n: sql<number>`count(*)` }).from(consults).innerJoin(cases, eq(cases.id, consults.caseId)).where(lateDates)
  const [actionCount] = await db
    .select({ n: sql<number>`count(*)` })
    .from(actions)
    .innerJoin(consults, eq(consults.id, actions.consultId))
    .innerJoin(cases, eq(cases.id, actions.caseId))
    .where(lateActions)
  return { rows, total: (dateCount?.n ?? 0) + (actionCount?.n ?? 0) }
}

export interface OwnFollowUpRow {
  caseId: string
  reference: string | null
  regionCode: string
  followUpDate: string | null
  lastFollowUpAt: Date | null
  openActions: number
}

/** The referrer's organisation's cases in opvolging, the nearest follow-up date first. */
export async function listOwnFollowUps(db: Db, scope: { organisationId: string; regions: string[] }, page: number, pageSize: number) {
  const where = and(
    eq(cases.organisationId, scope.organisationId),
    inArray(cases.regionCode, scope.regions.length ? scope.regions : ['-']),
    eq(cases.status, 'opvolging'),
  )
  const rows = await db
    .select({
      caseId: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      followUpDate: consults.followUpDate,
      lastFollowUpAt: sql<number | null>`(select max(f.at) from follow_ups f where f.consult_id = ${consults.id})`,
      openActions: sql<number>`(select count(*) from actions a where a.consult_id = ${consults.id} and a.status = 'open')`,
    })
    .from(cases)
    .leftJoin(consults, and(eq(consults.caseId, cases.id), isCurrentConsult))
    .where(where)
    .orderBy(sql`${consults.followUpDate} is null`, asc(consults.followUpDate), asc(cases.reference))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(cases).where(where)
  return {
    rows: rows.map(
      (r): OwnFollowUpRow => ({ ...r, lastFollowUpAt: r.lastFollowUpAt === null ? null : new Date(r.lastFollowUpAt), openActions: r.openActions ?? 0 }),
    ),
    total: count?.n ?? 0,
  }
}

export interface DueActionReminder {
  actionId: string
  caseId: string
  reference: string | null
  number: number
  dueDate: string
  referrerEmail: string
  referrerName: string
}

/** Open actions of cases in opvolging due on or before `until` whose referrer has not been reminded. */
export async function listActionsToRemind(db: Db, until: string): Promise<DueActionReminder[]> {
  return db
    .select({
      actionId: actions.id,
      caseId: cases.id,
      reference: cases.reference,
      number: actionNumber,
      dueDate: actions.dueDate,
      referrerEmail: users.email,
      referrerName: users.name,
    })
    .from(actions)
    .innerJoin(consults, eq(consults.id, actions.consultId))
    .innerJoin(cases, eq(cases.id, actions.caseId))
    .innerJoin(users, eq(users.id, cases.referrerId))
    .where(
      and(eq(actions.status, 'open'), sql`${actions.dueDate} <= ${until}`, isNull(actions.reminderSentAt), eq(cases.status, 'opvolging'), isCurrentConsult),
    )
    .orderBy(asc(cases.id), asc(actions.position))
}

/** Current besprekingen whose follow-up date has come without a follow-up or a reminder. */
export async function listFollowUpDatesToRemind(db: Db, today: string) {
  return db
    .select({
      consultId: consults.id,
      caseId: cases.id,
      reference: cases.reference,
      followUpDate: consults.followUpDate,
      referrerEmail: users.email,
      referrerName: users.name,
    })
    .from(consults)
    .innerJoin(cases, eq(cases.id, consults.caseId))
    .innerJoin(users, eq(users.id, cases.referrerId))
    .where(
      and(sql`${consults.followUpDate} <= ${today}`, isNull(consults.followUpReminderSentAt), eq(cases.status, 'opvolging'), isCurrentConsult, noFollowUpYet),
    )
}
