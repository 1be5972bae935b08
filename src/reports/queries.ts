import { and, asc, eq, gte, inArray, isNull, lt, lte, min, ne, or, type SQL, sql } from 'drizzle-orm'
import {
  actions,
  cases,
  caseThemes,
  consults,
  followUps,
  organisations,
  signalAddressees,
  signalCases,
  signalResponses,
  signals,
  tables,
  zittingen,
} from '../../db/schema'
import type { Db } from '../db'
import type { Bucket } from './period'

/** Which cases a report counts: submitted in the period, in the regions the reader may see. */
export interface Scope {
  regions: string[]
  ranges: Bucket[]
}

export interface Counted {
  key: string | null
  n: number
}

function inPeriod(column: typeof cases.submittedAt | typeof signals.createdAt, ranges: readonly Bucket[]): SQL {
  const parts = ranges.map((r) => and(gte(column, new Date(r.from)), lt(column, new Date(r.to))) as SQL)
  return (parts.length === 1 ? parts[0] : or(...parts)) as SQL
}

/** Submitted cases in scope whose statistics consent matches `consented`. */
function caseScope(scope: Scope, consented = true): SQL {
  return and(
    inArray(cases.regionCode, scope.regions),
    inPeriod(cases.submittedAt, scope.ranges),
    ne(cases.status, 'concept'),
    eq(cases.statsConsent, consented),
  ) as SQL
}

/** Cases that said no to statistics: counted once, never broken down. */
export async function countWithoutConsent(db: Db, scope: Scope): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(cases).where(caseScope(scope, false))
  return row?.n ?? 0
}

/** Aanmeldingen per bucket; the buckets must lie inside the scope's ranges. */
export async function countByBucket(db: Db, scope: Scope, buckets: readonly Bucket[]): Promise<number[]> {
  if (buckets.length === 0) return []
  const index = sql.join([sql`case`, ...buckets.map((b, i) => sql`when ${cases.submittedAt} < ${b.to} then ${i}`), sql`else -1 end`], sql` `)
  const rows = await db
    .select({ bucket: sql<number>`${index}`.as('bucket'), n: sql<number>`count(*)` })
    .from(cases)
    .where(and(caseScope(scope), gte(cases.submittedAt, new Date(buckets[0]?.from ?? 0))))
    .groupBy(sql`bucket`)
  const counts = buckets.map(() => 0)
  for (const row of rows) if (row.bucket >= 0) counts[row.bucket] = row.n
  return counts
}

const AGE_BAND = sql<string>`case
  when ${cases.ageYears} is null then null
  when ${cases.ageYears} <= 11 then 'tot_11'
  when ${cases.ageYears} <= 14 then '12_14'
  when ${cases.ageYears} <= 16 then '15_16'
  when ${cases.ageYears} <= 18 then '17_18'
  else 'vanaf_19' end`

/** Counts per value of one attribute of the case. */
export async function countBy(db: Db, scope: Scope, dimension: 'urgency' | 'educationLevel' | 'status' | 'ageBand' | 'sector' | 'theme'): Promise<Counted[]> {
  if (dimension === 'theme') {
    return db
      .select({ key: caseThemes.theme, n: sql<number>`count(*)` })
      .from(cases)
      .innerJoin(caseThemes, eq(caseThemes.caseId, cases.id))
      .where(caseScope(scope))
      .groupBy(caseThemes.theme)
  }
  if (dimension === 'sector') {
    return db
      .select({ key: organisations.sector, n: sql<number>`count(*)` })
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.organisationId))
      .where(caseScope(scope))
      .groupBy(organisations.sector)
  }
  const column = dimension === 'ageBand' ? AGE_BAND : dimension === 'urgency' ? cases.urgency : dimension === 'status' ? cases.status : cases.educationLevel
  return db
    .select({ key: sql<string | null>`${column}`.as('dim'), n: sql<number>`count(*)` })
    .from(cases)
    .where(caseScope(scope))
    .groupBy(sql`dim`)
}

export interface Wait {
  urgency: string | null
  submittedAt: Date
  /** ISO date of the first zitting at which the case was discussed. */
  discussedOn: string
}

/** For each discussed case in scope: when it was filed and the date of its first bespreking. */
export async function waits(db: Db, scope: Scope): Promise<Wait[]> {
  const rows = await db
    .select({ urgency: cases.urgency, submittedAt: cases.submittedAt, discussedOn: min(zittingen.date) })
    .from(cases)
    .innerJoin(consults, eq(consults.caseId, cases.id))
    .innerJoin(zittingen, eq(zittingen.id, consults.zittingId))
    .where(caseScope(scope))
    .groupBy(cases.id)
  return rows.flatMap((r) => (r.submittedAt && r.discussedOn ? [{ urgency: r.urgency, submittedAt: r.submittedAt, discussedOn: r.discussedOn }] : []))
}

/** The latest follow-up outcome of each case in scope. */
export async function latestOutcomes(db: Db, scope: Scope): Promise<Counted[]> {
  return db
    .select({ key: followUps.outcome, n: sql<number>`count(*)` })
    .from(cases)
    .innerJoin(followUps, eq(followUps.caseId, cases.id))
    .where(and(caseScope(scope), sql`${followUps.at} = (select max(f2.at) from ${followUps} f2 where f2.case_id = ${cases.id})`))
    .groupBy(followUps.outcome)
}

export interface ActionCount {
  sector: string
  status: string
  n: number
}

/** Actions agreed for cases in scope, per owner sector and status. */
export async function actionsBySectorAndStatus(db: Db, scope: Scope): Promise<ActionCount[]> {
  return db
    .select({ sector: actions.ownerSector, status: actions.status, n: sql<number>`count(*)` })
    .from(cases)
    .innerJoin(actions, eq(actions.caseId, cases.id))
    .where(caseScope(scope))
    .groupBy(actions.ownerSector, actions.status)
}

export interface TableUse {
  id: string
  name: string
  regionCode: string
  zittingen: number
  slots: number
  discussed: number
}

/** Zittingen held per table between two ISO dates (inclusive), their slots, and the cases discussed. */
export async function tableUse(db: Db, regions: readonly string[], from: string, through: string, consented = true): Promise<TableUse[]> {
  const held = and(inArray(tables.regionCode, [...regions]), eq(zittingen.status, 'gepland'), gte(zittingen.date, from), lte(zittingen.date, through))
  const rows = await db
    .select({ id: tables.id, name: tables.name, regionCode: tables.regionCode, zittingen: sql<number>`count(*)`, slots: sql<number>`sum(${tables.capacity})` })
    .from(zittingen)
    .innerJoin(tables, eq(tables.id, zittingen.tableId))
    .where(held)
    .groupBy(tables.id)
    .orderBy(asc(tables.regionCode), asc(tables.name))
  const discussed = await db
    .select({ id: zittingen.tableId, n: sql<number>`count(*)` })
    .from(consults)
    .innerJoin(zittingen, eq(zittingen.id, consults.zittingId))
    .innerJoin(tables, eq(tables.id, zittingen.tableId))
    .innerJoin(cases, eq(cases.id, consults.caseId))
    .where(and(held, eq(cases.statsConsent, consented)))
    .groupBy(zittingen.tableId)
  const byTable = new Map(discussed.map((d) => [d.id, d.n]))
  return rows.map((r) => ({ ...r, discussed: byTable.get(r.id) ?? 0 }))
}

export interface SignalRow {
  id: string
  regionCode: string
  title: string
  description: string
  level: string
  status: string
  createdAt: Date
  forwardedAt: Date | null
  addressees: string[]
  linkedCases: number
  responses: { addressee: string; at: Date; text: string }[]
}

/**
 * Signals raised in the period (bundles, not the signals inside them). An analist passes their
 * administration and sees only what was forwarded to it.
 */
export async function signalRegister(db: Db, regions: readonly string[], ranges: readonly Bucket[], addressee: string | null): Promise<SignalRow[]> {
  const forwardedOnly = addressee
    ? and(
        inArray(signals.status, ['doorgestuurd', 'beantwoord', 'afgesloten']),
        sql`exists (select 1 from ${signalAddressees} where ${signalAddressees.signalId} = ${signals.id} and ${signalAddressees.addressee} = ${addressee})`,
      )
    : undefined
  const rows = await db
    .select({
      id: signals.id,
      regionCode: signals.regionCode,
      title: signals.title,
      description: signals.description,
      level: signals.level,
      status: signals.status,
      createdAt: signals.createdAt,
      forwardedAt: signals.forwardedAt,
      // a bundle rests on its own cases and those of the signals bundled into it
      linkedCases: sql<number>`(select count(distinct ${signalCases.caseId}) from ${signalCases} where ${signalCases.signalId} = ${signals.id} or ${signalCases.signalId} in (select s2.id from ${signals} s2 where s2.bundle_id = ${signals.id}))`,
    })
    .from(signals)
    .where(and(inArray(signals.regionCode, [...regions]), isNull(signals.bundleId), inPeriod(signals.createdAt, ranges), forwardedOnly))
    .orderBy(asc(signals.createdAt))
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const addressees = await db.select().from(signalAddressees).where(inArray(signalAddressees.signalId, ids))
  const responses = await db
    .select({ signalId: signalResponses.signalId, addressee: signalResponses.addressee, at: signalResponses.at, text: signalResponses.text })
    .from(signalResponses)
    .where(inArray(signalResponses.signalId, ids))
    .orderBy(asc(signalResponses.at))
  return rows.map((r) => ({
    ...r,
    addressees: addressees.filter((a) => a.signalId === r.id).map((a) => a.addressee),
    responses: responses.filter((x) => x.signalId === r.id && (!addressee || x.addressee === addressee)),
  }))
}

/** The first submission in the regions, to offer school years from then on. */
export async function firstSubmission(db: Db, regions: readonly string[]): Promise<Date | null> {
  const [row] = await db
    .select({ first: min(cases.submittedAt) })
    .from(cases)
    .where(inArray(cases.regionCode, [...regions]))
  return row?.first ?? null
}
