import { asc, eq, ne } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { caseEvents, caseInterventions, caseMessages, cases, users } from '../../db/schema'
import { seedHistory } from '../../db/seed-history'
import { getCaseFile, getTriageCaseFile, listInbox } from '../../src/cases/queries'
import type { Deps } from '../../src/deps'
import type { CaseStatus } from '../../src/lists'
import { testDeps } from '../support'

// The inbox and the case file are each read with one statement; these compare what they return
// with the same facts read the plain way, over a synthetic history with every status.

const ALL: CaseStatus[] = ['aangemeld', 'info_gevraagd', 'aanvaard', 'ingepland', 'besproken', 'opvolging', 'afgesloten', 'doorverwezen', 'ingetrokken']
const RANK: Record<string, number> = { crisis: 0, hoog: 1 }

let deps: Deps

beforeAll(async () => {
  deps = (await testDeps()).deps
  await seedHistory(deps, { cases: 600, now: deps.clock.now() })
})

async function expected(regions: string[], statuses: CaseStatus[]) {
  const all = await deps.db
    .select({
      id: cases.id,
      regionCode: cases.regionCode,
      status: cases.status,
      urgency: cases.urgency,
      submittedAt: cases.submittedAt,
      pseudonym: cases.pseudonym,
    })
    .from(cases)
    .where(ne(cases.status, 'concept'))
  const matching = all
    .filter((c) => regions.includes(c.regionCode) && statuses.includes(c.status))
    .sort(
      (a, b) =>
        (RANK[a.urgency ?? ''] ?? 2) - (RANK[b.urgency ?? ''] ?? 2) ||
        (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0) ||
        (a.id < b.id ? -1 : 1),
    )
  return matching.map((c) => {
    const earlier = all.filter((e) => e.pseudonym === c.pseudonym && e.id !== c.id && (e.submittedAt?.getTime() ?? 0) < (c.submittedAt?.getTime() ?? 0))
    const times = earlier.map((e) => e.submittedAt?.getTime() ?? 0)
    return { id: c.id, earlierCount: earlier.length, first: times.length ? Math.min(...times) : null, last: times.length ? Math.max(...times) : null }
  })
}

describe('listInbox', () => {
  it('pages in urgency, then waiting order, with the total and the earlier referrals of each row', async () => {
    let repeats = 0
    for (const [regions, statuses] of [
      [['VB'], ['aangemeld']],
      [['VB', 'WVL'], ALL],
      [['ANT'], ['aanvaard', 'opvolging']],
    ] as [string[], CaseStatus[]][]) {
      const want = await expected(regions, statuses)
      const got: Awaited<ReturnType<typeof listInbox>>['rows'] = []
      for (let page = 1; page <= Math.ceil(want.length / 40); page++) {
        const { rows, total } = await listInbox(deps.db, regions, statuses, page, 40)
        expect(total).toBe(want.length)
        got.push(...rows)
      }
      expect(got.map((r) => r.id)).toEqual(want.map((w) => w.id))
      expect(got.map((r) => [r.earlierCount, r.firstEarlierAt?.getTime() ?? null, r.lastEarlierAt?.getTime() ?? null])).toEqual(
        want.map((w) => [w.earlierCount, w.first, w.last]),
      )
      repeats += want.filter((w) => w.earlierCount > 0).length
    }
    expect(repeats).toBeGreaterThan(0)
  })

  it('still counts the cases on a page past the end', async () => {
    const want = await expected(['VB'], ALL)
    const { rows, total } = await listInbox(deps.db, ['VB'], ALL, 1000, 25)
    expect(rows).toEqual([])
    expect(total).toBe(want.length)
  })
})

describe('the case file', () => {
  it('holds the trajectory, the messages and the history in order, as separate queries would read them', async () => {
    const [withThread] = await deps.db.select({ id: caseMessages.caseId }).from(caseMessages).limit(1)
    const id = withThread?.id as string
    const file = await getCaseFile(deps.db, id)
    expect(file?.interventions).toEqual(
      await deps.db
        .select({ type: caseInterventions.type, provider: caseInterventions.provider, period: caseInterventions.period, effect: caseInterventions.effect })
        .from(caseInterventions)
        .where(eq(caseInterventions.caseId, id))
        .orderBy(asc(caseInterventions.position)),
    )
    expect(file?.messages).toEqual(
      await deps.db
        .select({ at: caseMessages.at, kind: caseMessages.kind, text: caseMessages.text, authorName: users.name })
        .from(caseMessages)
        .innerJoin(users, eq(users.id, caseMessages.authorId))
        .where(eq(caseMessages.caseId, id))
        .orderBy(asc(caseMessages.at)),
    )
    expect(file?.events).toEqual(
      await deps.db
        .select({ at: caseEvents.at, fromStatus: caseEvents.fromStatus, toStatus: caseEvents.toStatus, note: caseEvents.note })
        .from(caseEvents)
        .where(eq(caseEvents.caseId, id))
        .orderBy(asc(caseEvents.at)),
    )
    expect(file?.messages.length).toBeGreaterThan(0)
    const triage = await getTriageCaseFile(deps.db, id)
    expect(triage?.file).toEqual(file)
    const want = (await expected([file?.regionCode ?? ''], ALL)).find((w) => w.id === id)
    expect(triage?.earlier).toEqual({
      count: want?.earlierCount,
      first: want?.first ? new Date(want.first) : null,
      last: want?.last ? new Date(want.last) : null,
    })
    expect(await getCaseFile(deps.db, 'bestaat-niet')).toBeNull()
  })
})
