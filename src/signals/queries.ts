import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm'
import {
  auditLog,
  cases,
  caseThemes,
  consults,
  grants,
  organisations,
  signalAddressees,
  signalCases,
  signalResponses,
  signals,
  signalThemes,
  users,
} from '../../db/schema'
import type { Db } from '../db'
import type { Addressee, SignalStatus } from '../lists'

// Plain reads for the signal register. None of them touches `identities`; the case references
// they return are for coordinators only (the analist's reads return counts).

const none = (list: readonly string[]) => (list.length > 0 ? list : ['-'])

// Spelled out: in a one-table select drizzle leaves columns unqualified, and a bare "id" inside a
// subquery would bind to the subquery's own table.
const SIGNAL_ID = sql.raw('"signals"."id"')
const themesOf = sql<string | null>`(select group_concat(st.theme, ',') from signal_themes st where st.signal_id = ${SIGNAL_ID})`
const addresseesOf = sql<string | null>`(select group_concat(sa.addressee, ',') from signal_addressees sa where sa.signal_id = ${SIGNAL_ID})`
const memberCount = sql<number>`(select count(*) from signals m where m.bundle_id = ${SIGNAL_ID})`
// a bundle rests on its own cases and on those of the signals in it, each case once
const caseCount = sql<number>`(select count(distinct sc.case_id) from signal_cases sc where sc.signal_id = ${SIGNAL_ID} or sc.signal_id in (select m.id from signals m where m.bundle_id = ${SIGNAL_ID}))`
const noSignalYet = sql`not exists (select 1 from signals s where s.consult_id = ${consults.id})`
const split = (v: string | null) => (v ? v.split(',').sort() : [])

export type SignalRow = typeof signals.$inferSelect

export async function getSignal(db: Db, id: string): Promise<(SignalRow & { addressees: Addressee[]; themes: string[] }) | null> {
  const [row] = await db.select({ signal: signals, themes: themesOf, addressees: addresseesOf }).from(signals).where(eq(signals.id, id)).limit(1)
  if (!row) return null
  return { ...row.signal, themes: split(row.themes), addressees: split(row.addressees) as Addressee[] }
}

export async function getSignals(db: Db, ids: readonly string[]) {
  return db
    .select({ id: signals.id, regionCode: signals.regionCode, status: signals.status, bundleId: signals.bundleId, title: signals.title })
    .from(signals)
    .where(inArray(signals.id, none(ids)))
}

export async function countSignalCases(db: Db, id: string): Promise<number> {
  const [row] = await db.select({ n: caseCount }).from(signals).where(eq(signals.id, id))
  return row?.n ?? 0
}

/** The cases a signal links to, by reference: for the coordinator's page and the scrubber's hints. */
export async function linkedCases(db: Db, signalIds: readonly string[]) {
  return db
    .selectDistinct({ id: cases.id, reference: cases.reference })
    .from(signalCases)
    .innerJoin(cases, eq(cases.id, signalCases.caseId))
    .where(inArray(signalCases.signalId, none(signalIds)))
    .orderBy(asc(cases.reference))
}

export async function bundleMembers(db: Db, bundleId: string) {
  return db
    .select({ id: signals.id, title: signals.title, description: signals.description, createdAt: signals.createdAt, themes: themesOf })
    .from(signals)
    .where(eq(signals.bundleId, bundleId))
    .orderBy(asc(signals.createdAt), asc(signals.id))
}

export async function listResponses(db: Db, signalId: string) {
  return db
    .select({ id: signalResponses.id, addressee: signalResponses.addressee, at: signalResponses.at, text: signalResponses.text, authorName: users.name })
    .from(signalResponses)
    .innerJoin(users, eq(users.id, signalResponses.authorId))
    .where(eq(signalResponses.signalId, signalId))
    .orderBy(asc(signalResponses.at), asc(signalResponses.id))
}

/** What happened to a signal, from the audit log: it already records who did what when. */
export async function signalHistory(db: Db, signalId: string) {
  return db
    .select({ at: auditLog.at, action: auditLog.action, details: auditLog.details, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.objectType, 'signal'), eq(auditLog.objectId, signalId)))
    .orderBy(asc(auditLog.seq))
}

export interface RegisterScope {
  regions: readonly string[]
  status?: SignalStatus | undefined
  level?: string | undefined
  theme?: string | undefined
}

/** The coordinator's register: signals that stand on their own (bundles included, their members not), newest change first. */
export async function listRegister(db: Db, scope: RegisterScope, page: number, pageSize: number) {
  const where = and(
    inArray(signals.regionCode, none(scope.regions)),
    isNull(signals.bundleId),
    scope.status ? eq(signals.status, scope.status) : undefined,
    scope.level ? eq(signals.level, scope.level as SignalRow['level']) : undefined,
    scope.theme ? sql`exists (select 1 from signal_themes t where t.signal_id = ${SIGNAL_ID} and t.theme = ${scope.theme})` : undefined,
  )
  const rows = await db
    .select({
      id: signals.id,
      title: signals.title,
      regionCode: signals.regionCode,
      level: signals.level,
      status: signals.status,
      updatedAt: signals.updatedAt,
      themes: themesOf,
      addressees: addresseesOf,
      members: memberCount,
      cases: caseCount,
    })
    .from(signals)
    .where(where)
    .orderBy(desc(signals.updatedAt), desc(signals.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(signals).where(where)
  return { rows: rows.map((r) => ({ ...r, themes: split(r.themes), addressees: split(r.addressees) })), total: count?.n ?? 0 }
}

/** Besprekingen that flagged a structural problem and have no signal yet, newest first. */
export async function listFlaggedConsults(db: Db, regions: readonly string[], limit = 50) {
  return db
    .select({
      consultId: consults.id,
      caseId: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      recordedAt: consults.recordedAt,
      signalText: consults.signalText,
    })
    .from(consults)
    .innerJoin(cases, eq(cases.id, consults.caseId))
    .where(and(eq(consults.signalRaised, true), inArray(cases.regionCode, none(regions)), noSignalYet))
    .orderBy(desc(consults.recordedAt))
    .limit(limit)
}

export async function getFlaggedConsult(db: Db, consultId: string) {
  const [row] = await db
    .select({
      consultId: consults.id,
      caseId: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      signalRaised: consults.signalRaised,
      signalText: consults.signalText,
      hasSignal: sql<number>`not (${noSignalYet})`,
    })
    .from(consults)
    .innerJoin(cases, eq(cases.id, consults.caseId))
    .where(eq(consults.id, consultId))
    .limit(1)
  return row ? { ...row, hasSignal: Boolean(row.hasSignal) } : null
}

export async function themesOfCase(db: Db, caseId: string): Promise<string[]> {
  return (await db.select({ theme: caseThemes.theme }).from(caseThemes).where(eq(caseThemes.caseId, caseId))).map((r) => r.theme)
}

/** Submitted cases of one region with these references; a concept has no reference and is never found. */
export async function findCasesByReference(db: Db, regionCode: string, references: readonly string[]) {
  return db
    .select({ id: cases.id, reference: cases.reference })
    .from(cases)
    .where(and(eq(cases.regionCode, regionCode), inArray(cases.reference, none(references))))
}

/** New signals of a region that could go into a bundle. */
export async function listBundleable(db: Db, regionCode: string) {
  const rows = await db
    .select({ id: signals.id, title: signals.title, level: signals.level, createdAt: signals.createdAt, themes: themesOf, cases: caseCount })
    .from(signals)
    .where(and(eq(signals.regionCode, regionCode), eq(signals.status, 'nieuw'), isNull(signals.bundleId)))
    .orderBy(desc(signals.createdAt))
    .limit(200)
  return rows.map((r) => ({ ...r, themes: split(r.themes) }))
}

export async function themesAndAddresseesOf(db: Db, signalIds: readonly string[]) {
  const themes = await db
    .selectDistinct({ theme: signalThemes.theme })
    .from(signalThemes)
    .where(inArray(signalThemes.signalId, none(signalIds)))
  const addressees = await db
    .selectDistinct({ addressee: signalAddressees.addressee })
    .from(signalAddressees)
    .where(inArray(signalAddressees.signalId, none(signalIds)))
  return { themes: themes.map((t) => t.theme), addressees: addressees.map((a) => a.addressee) }
}

/** Active analists of the addressed administrations who hold the analist role for the signal's region. */
export async function analistRecipients(db: Db, regionCode: string, addressees: readonly Addressee[]) {
  if (addressees.length === 0) return []
  return db
    .selectDistinct({ email: users.email, name: users.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .innerJoin(grants, and(eq(grants.userId, users.id), eq(grants.role, 'analist'), eq(grants.regionCode, regionCode)))
    .where(and(eq(users.active, true), inArray(organisations.administration, [...addressees])))
    .orderBy(asc(users.email))
}

export interface ForwardedScope {
  regions: readonly string[]
  administration: Addressee
  region?: string | undefined
  status?: SignalStatus | undefined
}

function forwardedWhere(scope: ForwardedScope): SQL | undefined {
  return and(
    inArray(signals.regionCode, none(scope.region ? scope.regions.filter((r) => r === scope.region) : scope.regions)),
    isNull(signals.bundleId),
    isNotNull(signals.forwardedAt),
    scope.status ? eq(signals.status, scope.status) : undefined,
    sql`exists (select 1 from signal_addressees a where a.signal_id = ${SIGNAL_ID} and a.addressee = ${scope.administration})`,
  )
}

/** The analist's list: forwarded signals addressed to their administration; no case data beyond a count. */
export async function listForwarded(db: Db, scope: ForwardedScope, page: number, pageSize: number) {
  const where = forwardedWhere(scope)
  const rows = await db
    .select({
      id: signals.id,
      title: signals.title,
      regionCode: signals.regionCode,
      level: signals.level,
      status: signals.status,
      forwardedAt: signals.forwardedAt,
      themes: themesOf,
      answered: sql<number>`exists (select 1 from signal_responses r where r.signal_id = ${SIGNAL_ID} and r.addressee = ${scope.administration})`,
    })
    .from(signals)
    .where(where)
    .orderBy(desc(signals.forwardedAt), desc(signals.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(signals).where(where)
  return {
    rows: rows.map((r) => ({ ...r, themes: split(r.themes), answered: Boolean(r.answered), forwardedAt: r.forwardedAt as Date })),
    total: count?.n ?? 0,
  }
}

/** How many signals reached the administration from each region, and how many it answered. */
export async function forwardedPerRegion(db: Db, scope: ForwardedScope) {
  return db
    .select({
      regionCode: signals.regionCode,
      total: sql<number>`count(*)`,
      open: sql<number>`sum(case when ${signals.status} = 'doorgestuurd' then 1 else 0 end)`,
    })
    .from(signals)
    .where(forwardedWhere({ ...scope, region: undefined, status: undefined }))
    .groupBy(signals.regionCode)
}
