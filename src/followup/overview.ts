import { type AuthUser, regionsWithRole } from '../auth/access'
import type { Deps } from '../deps'
import { brusselsToday } from '../tables/today'
import { listOverdue, listOwnFollowUps } from './queries'

/**
 * What /opvolging shows a user: the overdue list of the regions they coordinate, and the cases in
 * opvolging of their own organisation where they refer. A user with both roles gets both.
 */
export async function followUpOverview(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser, pages: { overdue: number; own: number }, pageSize: number) {
  const today = brusselsToday(deps.clock.now())
  const coordinated = regionsWithRole(user, 'coordinator')
  const referred = regionsWithRole(user, 'aanmelder')
  const overdue = coordinated.length > 0 ? await listOverdue(deps.db, coordinated, today, pages.overdue, pageSize) : null
  const own = referred.length > 0 ? await listOwnFollowUps(deps.db, { organisationId: user.organisationId, regions: referred }, pages.own, pageSize) : null
  return {
    today,
    overdue: overdue && { total: overdue.total, rows: overdue.rows.map((r) => ({ ...r, daysOverdue: calendarDaysBetween(r.date, today) })) },
    own,
  }
}

function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
