import { and, asc, eq, gte } from 'drizzle-orm'
import { zittingen } from '../../db/schema'
import { agendaCancellation } from '../agendas/cancel'
import { agendaChangeMails } from '../agendas/change'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canManageTables, canSeeZittingCalendar } from '../auth/access'
import type { Deps } from '../deps'
import { newId } from '../ids'
import { redactCase } from '../privacy/scrub'
import { conflict, forbidden, invalid, notFound, type Result } from '../result'
import { zittingCalendar } from './ics'
import { memberMails } from './notify'
import type { SeriesInput, ZittingInput } from './schemas'
import { seriesDates } from './series'
import { getTable, type Table } from './tables'
import { isWorkingDay } from './working-days'

export type Zitting = typeof zittingen.$inferSelect

import { brusselsToday } from './today'

export { brusselsToday }

export async function listZittingen(deps: Pick<Deps, 'db'>, tableId: string, today: string): Promise<Zitting[]> {
  return deps.db
    .select()
    .from(zittingen)
    .where(and(eq(zittingen.tableId, tableId), gte(zittingen.date, today)))
    .orderBy(asc(zittingen.date), asc(zittingen.startTime), asc(zittingen.id))
}

export async function getZitting(deps: Pick<Deps, 'db'>, id: string) {
  const [zitting] = await deps.db.select().from(zittingen).where(eq(zittingen.id, id)).limit(1)
  if (!zitting) return null
  const table = await getTable(deps, zitting.tableId)
  return table ? { zitting, table } : null
}

async function managedTable(deps: Deps, user: AuthUser, tableId: string): Promise<Result<{ table: Table & { memberIds: string[] } }>> {
  const table = await getTable(deps, tableId)
  if (!table?.active) return notFound()
  if (!canManageTables(user, table.regionCode)) return forbidden()
  return { ok: true, table }
}

export async function planZitting(deps: Deps, actor: Actor, user: AuthUser, tableId: string, input: ZittingInput): Promise<Result<{ id: string }>> {
  const found = await managedTable(deps, user, tableId)
  if (!found.ok) return found
  if (!isWorkingDay(input.datum)) return invalid({ datum: 'Deze dag is een weekend of een wettelijke feestdag.' })
  const now = deps.clock.now()
  const row: Zitting = {
    id: newId(),
    tableId,
    date: input.datum,
    startTime: input.begin,
    endTime: input.einde,
    location: input.locatie ?? found.table.location,
    status: 'gepland',
    cancelReason: null,
    icsSequence: 0,
    agendaSentAt: null,
    createdAt: now,
    updatedAt: now,
  }
  const mails = await memberMails(deps, found.table, [row], 'gepland', (z) => calendarOf(deps, found.table, z))
  await audit(deps, actor, { action: 'zitting.gepland', objectType: 'zitting', objectId: row.id }, () => [deps.db.insert(zittingen).values(row), ...mails])
  return { ok: true, id: row.id }
}

/** A series is planned as one change: every zitting of it, one audit entry and one mail per member. */
export async function planSeries(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  tableId: string,
  input: SeriesInput,
): Promise<Result<{ planned: number; skipped: string[] }>> {
  const found = await managedTable(deps, user, tableId)
  if (!found.ok) return found
  const { dates, skipped } = seriesDates(
    input.ritme === 'maandelijks'
      ? { kind: 'monthly', from: input.vanaf, nth: input.rang, weekday: input.weekdag, months: input.aantal }
      : { kind: 'weekly', from: input.vanaf, everyWeeks: input.ritme === 'wekelijks' ? 1 : 2, count: input.aantal },
  )
  if (dates.length === 0) return invalid({ vanaf: 'Deze reeks valt volledig op weekends of feestdagen.' })
  const now = deps.clock.now()
  const rows: Zitting[] = dates.map((date) => ({
    id: newId(),
    tableId,
    date,
    startTime: input.reeks_begin,
    endTime: input.reeks_einde,
    location: input.reeks_locatie ?? found.table.location,
    status: 'gepland',
    cancelReason: null,
    icsSequence: 0,
    agendaSentAt: null,
    createdAt: now,
    updatedAt: now,
  }))
  const mails = await memberMails(deps, found.table, rows, 'gepland', (z) => calendarOf(deps, found.table, z))
  await audit(
    deps,
    actor,
    { action: 'zitting.reeks_gepland', objectType: 'table', objectId: tableId, details: { gepland: rows.length, overgeslagen: skipped.length } },
    () => [...rows.map((row) => deps.db.insert(zittingen).values(row)), ...mails],
  )
  return { ok: true, planned: rows.length, skipped }
}

async function managedZitting(deps: Deps, user: AuthUser, id: string) {
  const found = await getZitting(deps, id)
  if (!found?.table.active) return notFound()
  if (!canManageTables(user, found.table.regionCode)) return forbidden()
  if (found.zitting.status !== 'gepland') return conflict('Deze zitting is geannuleerd.')
  return { ok: true as const, ...found }
}

/** A new date, time or place is a new version of the calendar entry: SEQUENCE goes up, for members and agenda participants alike. */
export async function changeZitting(deps: Deps, actor: Actor, user: AuthUser, id: string, input: ZittingInput): Promise<Result> {
  const found = await managedZitting(deps, user, id)
  if (!found.ok) return found
  if (!isWorkingDay(input.datum)) return invalid({ datum: 'Deze dag is een weekend of een wettelijke feestdag.' })
  const changed: Zitting = {
    ...found.zitting,
    date: input.datum,
    startTime: input.begin,
    endTime: input.einde,
    location: input.locatie ?? found.table.location,
    icsSequence: found.zitting.icsSequence + 1,
    updatedAt: deps.clock.now(),
  }
  const mails = await memberMails(deps, found.table, [changed], 'gewijzigd', (z) => calendarOf(deps, found.table, z))
  const others = await agendaChangeMails(deps, changed, brusselsToday(deps.clock.now()), (span) => calendarOf(deps, found.table, changed, span))
  await audit(deps, actor, { action: 'zitting.gewijzigd', objectType: 'zitting', objectId: id }, () => [
    ...others,
    deps.db
      .update(zittingen)
      .set({
        date: changed.date,
        startTime: changed.startTime,
        endTime: changed.endTime,
        location: changed.location,
        icsSequence: changed.icsSequence,
        updatedAt: changed.updatedAt,
      })
      .where(eq(zittingen.id, id)),
    ...mails,
  ])
  return { ok: true }
}

/**
 * The reason is free text that members read: scrubbed before it is stored or mailed. Cases on the
 * agenda go back to the queue in the same unit.
 */
export async function cancelZitting(deps: Deps, actor: Actor, user: AuthUser, id: string, reason: string): Promise<Result> {
  const found = await managedZitting(deps, user, id)
  if (!found.ok) return found
  const [scrubbed] = redactCase([{ name: 'reden', text: reason.trim() }])
  const cancelled: Zitting = {
    ...found.zitting,
    status: 'geannuleerd',
    cancelReason: scrubbed?.redacted ?? null,
    icsSequence: found.zitting.icsSequence + 1,
    updatedAt: deps.clock.now(),
  }
  const mails = await memberMails(deps, found.table, [cancelled], 'geannuleerd', (z) => calendarOf(deps, found.table, z))
  const agenda = await agendaCancellation(deps, user, cancelled, calendarOf(deps, found.table, cancelled), brusselsToday(deps.clock.now()))
  await audit(deps, actor, { action: 'zitting.geannuleerd', objectType: 'zitting', objectId: id }, () => [
    ...agenda,
    deps.db
      .update(zittingen)
      .set({ status: cancelled.status, cancelReason: cancelled.cancelReason, icsSequence: cancelled.icsSequence, updatedAt: cancelled.updatedAt })
      .where(eq(zittingen.id, id)),
    ...mails,
  ])
  return { ok: true }
}

/** The .ics of a zitting, for the table's members and the region's coordinators. */
export async function zittingIcs(deps: Deps, user: AuthUser, id: string): Promise<Result<{ ics: string }>> {
  const found = await getZitting(deps, id)
  if (!found) return notFound()
  if (!canSeeZittingCalendar(user, found.table)) return forbidden()
  return { ok: true, ics: calendarOf(deps, found.table, found.zitting) }
}

/**
 * The calendar entry of a zitting. `span` narrows it to the slots someone attends (a guest or a
 * referrer comes for one case, not the whole afternoon); the UID stays the zitting's.
 */
export function calendarOf(
  deps: Pick<Deps, 'config'>,
  table: Pick<Table, 'name' | 'videoLink'>,
  zitting: Zitting,
  span?: { start: string; end: string },
): string {
  return zittingCalendar({
    zittingId: zitting.id,
    method: zitting.status === 'geannuleerd' ? 'CANCEL' : 'REQUEST',
    sequence: zitting.icsSequence,
    stamp: zitting.updatedAt,
    date: zitting.date,
    startTime: span?.start ?? zitting.startTime,
    endTime: span?.end ?? zitting.endTime,
    summary: table.name,
    location: zitting.location,
    description: table.videoLink ? `Online deelnemen: ${table.videoLink}` : undefined,
    organizer: mailAddress(deps.config.mailFrom),
  })
}

function mailAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim()
}
