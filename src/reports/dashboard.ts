import type { Deps } from '../deps'
import { REGION_CODES } from '../lists'
import { brusselsToday } from '../tables/today'
import {
  actionTable,
  ageTable,
  educationTable,
  outcomeTable,
  type ReportTable,
  sectorTable,
  signalStatusTable,
  signalTable,
  statusTable,
  tableUseTable,
  themeTable,
  timeTable,
  urgencyTable,
  waitTable,
} from './build'
import { cached } from './cache'
import { type Cell, protectCount } from './disclosure'
import type { ReportView } from './filters'
import { FLANDERS } from './filters'
import { periodRanges, schoolYearOf, schoolYearsBetween, timeBuckets } from './period'
import * as q from './queries'

export interface Dashboard {
  tables: ReportTable[]
  /** Cases without consent for statistics: left out of every table above, counted only here. */
  withoutConsent: Cell
  generatedAt: Date
}

/** Every report for one view, through disclosure control; the same object feeds page, CSV and print. */
export function loadDashboard(deps: Deps, view: ReportView, schoolYears: readonly string[]): Promise<Dashboard> {
  const now = deps.clock.now()
  return cached(deps.db, JSON.stringify(view), now.getTime(), () => buildDashboard(deps, view, schoolYears, now))
}

async function buildDashboard(deps: Deps, view: ReportView, schoolYears: readonly string[], now: Date): Promise<Dashboard> {
  const { db } = deps
  const ranges = periodRanges(view.period, schoolYears)
  const scope: q.Scope = { regions: view.regions, ranges }
  const buckets = timeBuckets(view.period, schoolYears)
  // tables are used on the days of the period, up to today
  const from = brusselsToday(new Date(Math.min(...ranges.map((r) => r.from))))
  const through = brusselsToday(new Date(Math.min(Math.max(...ranges.map((r) => r.to)) - 1, now.getTime())))
  const [overTime, themes, education, ages, urgencies, sectors, statuses, waits, outcomes, actions, use, register, withoutConsent] = await Promise.all([
    q.countByBucket(db, scope, buckets),
    q.countBy(db, scope, 'theme'),
    q.countBy(db, scope, 'educationLevel'),
    q.countBy(db, scope, 'ageBand'),
    q.countBy(db, scope, 'urgency'),
    q.countBy(db, scope, 'sector'),
    q.countBy(db, scope, 'status'),
    q.waits(db, scope),
    q.latestOutcomes(db, scope),
    q.actionsBySectorAndStatus(db, scope),
    q.tableUse(db, view.regions, from, through),
    q.signalRegister(db, view.regions, ranges, view.addressee),
    q.countWithoutConsent(db, scope),
  ])
  return {
    tables: [
      timeTable(buckets, overTime),
      themeTable(themes),
      educationTable(education),
      ageTable(ages),
      urgencyTable(urgencies),
      sectorTable(sectors),
      statusTable(statuses),
      waitTable(waits),
      outcomeTable(outcomes),
      actionTable(actions),
      tableUseTable(use),
      signalStatusTable(register),
      signalTable(register),
    ],
    withoutConsent: protectCount(withoutConsent),
    generatedAt: now,
  }
}

/** The school years a reader can choose: from the first aanmelding in their regions up to now. */
export function reportYears(deps: Deps, regionChoices: readonly string[]): Promise<{ current: string; all: string[] }> {
  const now = deps.clock.now()
  const regions = regionChoices.includes(FLANDERS) ? [...REGION_CODES] : [...regionChoices]
  return cached(deps.db, `years:${regions.join(',')}`, now.getTime(), async () => {
    const first = await q.firstSubmission(deps.db, regions)
    return { current: schoolYearOf(now), all: schoolYearsBetween(first ?? now, now) }
  })
}
