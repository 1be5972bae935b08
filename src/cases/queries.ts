import { and, asc, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm'
import { caseEvents, caseInterventions, caseMessages, cases, organisations, users } from '../../db/schema'
import type { Db } from '../db'
import type { CaseStatus } from '../lists'

// Queries return plain objects with only what a page shows. None of them touches `identities`:
// identity leaves the vault through `revealIdentity` alone.

// written out for the same reason as the repeat-referral subquery below: qualified names on both sides
const themesOf = sql<string>`(select group_concat(case_themes.theme, ',') from case_themes where case_themes.case_id = cases.id)`

export interface MyCaseRow {
  id: string
  reference: string | null
  status: CaseStatus
  regionCode: string
  urgency: string | null
  referrerName: string
  updatedAt: Date
  submittedAt: Date | null
}

/** "Mijn aanmeldingen": the organisation's cases (concepts only for their author), newest first. */
export async function listOwnCases(
  db: Db,
  scope: { organisationId: string; userId: string; regions: string[] },
  filter: { status?: CaseStatus },
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(cases.organisationId, scope.organisationId),
    inArray(cases.regionCode, scope.regions.length ? scope.regions : ['-']),
    sql`(${cases.status} <> 'concept' or ${cases.referrerId} = ${scope.userId})`,
    filter.status ? eq(cases.status, filter.status) : undefined,
  )
  const rows: MyCaseRow[] = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      status: cases.status,
      regionCode: cases.regionCode,
      urgency: cases.urgency,
      referrerName: users.name,
      updatedAt: cases.updatedAt,
      submittedAt: cases.submittedAt,
    })
    .from(cases)
    .innerJoin(users, eq(users.id, cases.referrerId))
    .where(where)
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(cases).where(where)
  return { rows, total: count?.n ?? 0 }
}

export interface InboxRow {
  id: string
  reference: string
  regionCode: string
  status: CaseStatus
  ageYears: number | null
  educationLevel: string | null
  studyType: string | null
  themes: string[]
  urgency: string | null
  proposedFormat: string | null
  submittedAt: Date
  earlierCount: number
  firstEarlierAt: Date | null
  lastEarlierAt: Date | null
}

const URGENCY_ORDER = sql`case ${cases.urgency} when 'crisis' then 0 when 'hoog' then 1 else 2 end`

/**
 * The triage inbox of a coordinator's regions: pseudonymised fields only, with the repeat-referral
 * marker derived from the pseudonym (earlier submitted cases of the same young person, any region).
 */
export async function listInbox(db: Db, regions: string[], statuses: CaseStatus[], page: number, pageSize: number) {
  // a correlated subquery over the same table, written out: Drizzle leaves column names
  // unqualified in a one-table select, which would bind them to the inner copy
  const sameYoungster = (extra: string) =>
    sql.raw(
      `(select ${extra} from cases as earlier where earlier.pseudonym = cases.pseudonym and earlier.id <> cases.id and earlier.submitted_at < cases.submitted_at)`,
    )
  const where = and(inArray(cases.regionCode, regions.length ? regions : ['-']), inArray(cases.status, statuses))
  const rows = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      status: cases.status,
      ageYears: cases.ageYears,
      educationLevel: cases.educationLevel,
      studyType: cases.studyType,
      themes: themesOf,
      urgency: cases.urgency,
      proposedFormat: cases.proposedFormat,
      submittedAt: cases.submittedAt,
      earlierCount: sameYoungster('count(*)').mapWith(Number),
      firstEarlierAt: sameYoungster('min(earlier.submitted_at)'),
      lastEarlierAt: sameYoungster('max(earlier.submitted_at)'),
    })
    .from(cases)
    .where(where)
    .orderBy(URGENCY_ORDER, asc(cases.submittedAt), asc(cases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(cases).where(where)
  const list: InboxRow[] = rows.map((r) => ({
    ...r,
    reference: r.reference ?? '',
    themes: r.themes ? r.themes.split(',') : [],
    submittedAt: r.submittedAt ?? new Date(0),
    firstEarlierAt: r.firstEarlierAt === null ? null : new Date(Number(r.firstEarlierAt)),
    lastEarlierAt: r.lastEarlierAt === null ? null : new Date(Number(r.lastEarlierAt)),
  }))
  return { rows: list, total: count?.n ?? 0 }
}

/** A case as the pseudonymised file shows it: no identity, only scrubbed text. */
export async function getCaseFile(db: Db, id: string) {
  const [row] = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      regionCode: cases.regionCode,
      organisationId: cases.organisationId,
      organisationName: organisations.name,
      referrerId: cases.referrerId,
      referrerName: users.name,
      referrerEmail: users.email,
      status: cases.status,
      urgency: cases.urgency,
      urgencyMotivation: cases.urgencyMotivation,
      ageYears: cases.ageYears,
      gender: cases.gender,
      educationLevel: cases.educationLevel,
      studyType: cases.studyType,
      livingSituation: cases.livingSituation,
      proposedFormat: cases.proposedFormat,
      format: cases.format,
      deadlock: cases.deadlock,
      question: cases.question,
      partners: cases.partners,
      eligibility: cases.eligibility,
      consent: cases.consent,
      pseudonym: cases.pseudonym,
      createdAt: cases.createdAt,
      updatedAt: cases.updatedAt,
      submittedAt: cases.submittedAt,
      themes: themesOf,
    })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.organisationId))
    .innerJoin(users, eq(users.id, cases.referrerId))
    .where(eq(cases.id, id))
    .limit(1)
  if (!row) return null
  const interventions = await db
    .select({ type: caseInterventions.type, provider: caseInterventions.provider, period: caseInterventions.period, effect: caseInterventions.effect })
    .from(caseInterventions)
    .where(eq(caseInterventions.caseId, id))
    .orderBy(asc(caseInterventions.position))
  const messages = await db
    .select({ at: caseMessages.at, kind: caseMessages.kind, text: caseMessages.text, authorName: users.name })
    .from(caseMessages)
    .innerJoin(users, eq(users.id, caseMessages.authorId))
    .where(eq(caseMessages.caseId, id))
    .orderBy(asc(caseMessages.at))
  const events = await db
    .select({ at: caseEvents.at, fromStatus: caseEvents.fromStatus, toStatus: caseEvents.toStatus, note: caseEvents.note })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, id))
    .orderBy(asc(caseEvents.at))
  return {
    ...row,
    themes: row.themes ? row.themes.split(',') : [],
    eligibility: JSON.parse(row.eligibility) as string[],
    consent: JSON.parse(row.consent) as { purposes?: string[]; givenBy?: string | null; date?: string | null; method?: string | null },
    interventions,
    messages,
    events,
  }
}
export type CaseFile = NonNullable<Awaited<ReturnType<typeof getCaseFile>>>

/** Earlier referrals of the same young person, for the case file's repeat marker. */
export async function earlierReferrals(db: Db, c: { id: string; pseudonym: string | null; submittedAt: Date | null }) {
  if (!c.pseudonym || !c.submittedAt) return []
  return db
    .select({ submittedAt: cases.submittedAt, regionCode: cases.regionCode })
    .from(cases)
    .where(and(eq(cases.pseudonym, c.pseudonym), ne(cases.id, c.id), lt(cases.submittedAt, c.submittedAt)))
    .orderBy(asc(cases.submittedAt))
}
