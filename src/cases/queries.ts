import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import { type caseInterventions, type caseMessages, cases, organisations, users } from '../../db/schema'
import type { Db } from '../db'
import type { CaseStatus } from '../lists'
import { preparedFor } from '../prepared'

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

// Earlier submitted cases of the same young person (any region) as one JSON triple [count, first, last].
// Written out for the reason given at themesOf: the inner copy of the table must not capture the names.
const earlierOf = sql<string>`(select json_array(count(*), min(earlier.submitted_at), max(earlier.submitted_at)) from cases as earlier
  where earlier.pseudonym = cases.pseudonym and earlier.id <> cases.id and earlier.submitted_at < cases.submitted_at)`

function parseEarlier(json: string | null): { count: number; first: Date | null; last: Date | null } {
  const [count, first, last] = (json ? JSON.parse(json) : [0, null, null]) as [number, number | null, number | null]
  return { count, first: first === null ? null : new Date(first), last: last === null ? null : new Date(last) }
}

/**
 * One statement per shape of the inbox (number of regions and statuses). The page is chosen first,
 * over the (region, status, submitted) index, with the columns it shows; only its rows then get
 * their themes and repeat-referral lookups, and the total rides along as an uncorrelated subquery,
 * run once. (Asking every matching case for its themes and earlier referrals before sorting cost
 * more than the rest of the page.) Keep the page's select wider than cases_report_idx: a select that
 * index covers makes SQLite prefer it, and it matches on the region only (measured: 2 ms instead of 0.3).
 */
function inboxQuery(db: Db, regionCount: number, statusCount: number) {
  const regions = Array.from({ length: regionCount }, (_, i) => sql.placeholder(`r${i}`))
  const statuses = Array.from({ length: statusCount }, (_, i) => sql.placeholder(`s${i}`))
  const page = db.$with('page').as(
    db
      .select({
        id: cases.id,
        reference: cases.reference,
        regionCode: cases.regionCode,
        status: cases.status,
        ageYears: cases.ageYears,
        educationLevel: cases.educationLevel,
        studyType: cases.studyType,
        urgency: cases.urgency,
        proposedFormat: cases.proposedFormat,
        submittedAt: cases.submittedAt,
        pseudonym: cases.pseudonym,
        rank: URGENCY_ORDER.as('urgency_rank'),
      })
      .from(cases)
      .where(and(inArray(cases.regionCode, regions), inArray(cases.status, statuses)))
      .orderBy(URGENCY_ORDER, asc(cases.submittedAt), asc(cases.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset')),
  )
  return db
    .with(page)
    .select({
      id: page.id,
      reference: page.reference,
      regionCode: page.regionCode,
      status: page.status,
      ageYears: page.ageYears,
      educationLevel: page.educationLevel,
      studyType: page.studyType,
      // qualified by hand: Drizzle leaves names unqualified in a one-table select, and inside these
      // subqueries an unqualified "id" or "pseudonym" would bind to the inner table
      themes: sql<string | null>`(select group_concat(t.theme, ',') from case_themes as t where t.case_id = page.id)`,
      urgency: page.urgency,
      proposedFormat: page.proposedFormat,
      submittedAt: page.submittedAt,
      earlier: sql<string>`(select json_array(count(*), min(earlier.submitted_at), max(earlier.submitted_at)) from cases as earlier
        where earlier.pseudonym = page.pseudonym and earlier.id <> page.id and earlier.submitted_at < page.submitted_at)`,
      total: sql<number>`(select count(*) from cases as counted where counted.region_code in (${sql.join(regions, sql`, `)}) and counted.status in (${sql.join(statuses, sql`, `)}))`,
    })
    .from(page)
    .orderBy(asc(page.rank), asc(page.submittedAt), asc(page.id))
    .prepare()
}

/**
 * The triage inbox of a coordinator's regions: pseudonymised fields only, with the repeat-referral
 * marker derived from the pseudonym (earlier submitted cases of the same young person, any region).
 */
export async function listInbox(db: Db, regions: string[], statuses: CaseStatus[], page: number, pageSize: number) {
  const regionList = regions.length ? regions : ['-']
  const query = preparedFor(db, `inbox:${regionList.length}:${statuses.length}`, () => inboxQuery(db, regionList.length, statuses.length))
  const params: Record<string, string | number> = { limit: pageSize, offset: (page - 1) * pageSize }
  regionList.forEach((region, i) => {
    params[`r${i}`] = region
  })
  statuses.forEach((status, i) => {
    params[`s${i}`] = status
  })
  const rows = await query.all(params)
  // past the last page there is no row to carry the total
  const total =
    rows[0]?.total ??
    (page > 1
      ? ((
          await db
            .select({ n: sql<number>`count(*)` })
            .from(cases)
            .where(and(inArray(cases.regionCode, regionList), inArray(cases.status, statuses)))
        )[0]?.n ?? 0)
      : 0)
  const list: InboxRow[] = rows.map(({ earlier, total: _total, ...r }) => {
    const repeat = parseEarlier(earlier)
    return {
      ...r,
      reference: r.reference ?? '',
      themes: r.themes ? r.themes.split(',') : [],
      submittedAt: r.submittedAt ?? new Date(0),
      earlierCount: repeat.count,
      firstEarlierAt: repeat.first,
      lastEarlierAt: repeat.last,
    }
  })
  return { rows: list, total }
}

// The file's lists ride along as JSON arrays, so one statement reads the whole file. Each is also
// sorted again after parsing: SQLite keeps a subquery's order in practice, SQL does not promise it.
const interventionsOf = sql<string>`(select json_group_array(json_array(i.position, i.type, i.provider, i.period, i.effect))
  from (select position, type, provider, period, effect from case_interventions where case_id = cases.id order by position) as i)`
const messagesOf = sql<string>`(select json_group_array(json_array(m.at, m.kind, m.text, author.name))
  from (select at, kind, text, author_id from case_messages where case_id = cases.id order by at) as m join users as author on author.id = m.author_id)`
const eventsOf = sql<string>`(select json_group_array(json_array(e.at, e.from_status, e.to_status, e.note))
  from (select at, from_status, to_status, note from case_events where case_id = cases.id order by at) as e)`

const caseFileFields = {
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
  interventions: interventionsOf,
  messages: messagesOf,
  events: eventsOf,
}

function caseFileQuery(db: Db, withEarlier: boolean) {
  return db
    .select({ ...caseFileFields, earlier: withEarlier ? earlierOf : sql<string | null>`null` })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.organisationId))
    .innerJoin(users, eq(users.id, cases.referrerId))
    .where(eq(cases.id, sql.placeholder('id')))
    .limit(1)
    .prepare()
}

type CaseFileRow = NonNullable<Awaited<ReturnType<ReturnType<typeof caseFileQuery>['get']>>>
type InterventionType = (typeof caseInterventions.$inferSelect)['type']
type MessageKind = (typeof caseMessages.$inferSelect)['kind']

function caseFileOf({ earlier: _earlier, interventions, messages, events, ...row }: CaseFileRow) {
  const byFirst = (a: [number, ...unknown[]], b: [number, ...unknown[]]) => a[0] - b[0]
  return {
    ...row,
    themes: row.themes ? row.themes.split(',') : [],
    eligibility: JSON.parse(row.eligibility) as string[],
    consent: JSON.parse(row.consent) as { purposes?: string[]; givenBy?: string | null; date?: string | null; method?: string | null },
    interventions: (JSON.parse(interventions) as [number, InterventionType, string | null, string | null, string | null][])
      .sort(byFirst)
      .map(([, type, provider, period, effect]) => ({ type, provider, period, effect })),
    messages: (JSON.parse(messages) as [number, MessageKind, string, string][])
      .sort(byFirst)
      .map(([at, kind, text, authorName]) => ({ at: new Date(at), kind, text, authorName })),
    events: (JSON.parse(events) as [number, CaseStatus, CaseStatus, string | null][])
      .sort(byFirst)
      .map(([at, fromStatus, toStatus, note]) => ({ at: new Date(at), fromStatus, toStatus, note })),
  }
}

/** A case as the pseudonymised file shows it: no identity, only scrubbed text. */
export async function getCaseFile(db: Db, id: string) {
  const row = await preparedFor(db, 'caseFile', () => caseFileQuery(db, false)).get({ id })
  return row ? caseFileOf(row) : null
}
export type CaseFile = NonNullable<Awaited<ReturnType<typeof getCaseFile>>>

/** The coordinator's file: the case file and, in the same statement, its earlier referrals (count, first, last). */
export async function getTriageCaseFile(db: Db, id: string) {
  const row = await preparedFor(db, 'triageCaseFile', () => caseFileQuery(db, true)).get({ id })
  return row ? { file: caseFileOf(row), earlier: parseEarlier(row.earlier) } : null
}
