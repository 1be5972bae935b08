import { type AuthUser, canSeePseudonymisedCase, canSeeZittingCalendar } from '../auth/access'
import { type CaseFile, getCaseFile } from '../cases/queries'
import type { Deps } from '../deps'
import { MEMBER_WINDOW_DAYS } from '../lists'
import { notFound, type Result } from '../result'
import { slotStart } from '../tables/scheduling'
import { brusselsToday } from '../tables/today'
import { type AgendaCaseRow, agendaCases, listRemarks, type MemberZitting, memberZitting, memberZittingen, type RemarkRow, zittingIdsOf } from './queries'
import { canRemarkOn, canSeeCaseOn, canSeeZitting, isOnAgenda, visibleItems } from './visibility'

// "Mijn zittingen": what a tafellid sees of the zittingen they are invited to. Anything they may
// not see answers not_found, so a refusal never confirms that a zitting or a case exists.

const DAY_MS = 24 * 60 * 60 * 1000

export interface ZittingSummary {
  id: string
  date: string
  startTime: string
  endTime: string
  tableName: string
  location: string
  caseCount: number
  /** The .ics is the standing members'; a guest is invited for one case, not the calendar entry. */
  calendar: boolean
}

/** Upcoming zittingen first (soonest on top), then those of the last weeks (most recent on top). */
export async function myZittingen(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser): Promise<{ upcoming: ZittingSummary[]; recent: ZittingSummary[] }> {
  const now = deps.clock.now()
  const today = brusselsToday(now)
  // a day of margin bounds the query; canSeeAgendaCase decides
  const since = brusselsToday(new Date(now.getTime() - (MEMBER_WINDOW_DAYS + 1) * DAY_MS))
  const zittingen = await memberZittingen(deps.db, await zittingIdsOf(deps.db, user.id, since))
  const visible = zittingen
    .filter((z) => canSeeZitting(user, z, today))
    .map((z) => summary(user, z, today))
    .sort((a, b) => compare(a.date + a.startTime, b.date + b.startTime))
  return { upcoming: visible.filter((z) => z.date >= today), recent: visible.filter((z) => z.date < today).reverse() }
}

function summary(user: AuthUser, z: MemberZitting, today: string): ZittingSummary {
  return {
    id: z.id,
    date: z.date,
    startTime: z.startTime,
    endTime: z.endTime,
    tableName: z.tableName,
    location: z.location,
    caseCount: visibleItems(user, z, today).length,
    calendar: canSeeZittingCalendar(user, z),
  }
}

export interface AgendaSlot extends AgendaCaseRow {
  start: string
}

export interface MemberAgenda {
  zitting: MemberZitting
  slots: AgendaSlot[]
  /** Invited for some cases only: the rest of the agenda stays hidden. */
  guest: boolean
  calendar: boolean
  /** Remarks can still be posted (the zitting has not passed). */
  open: boolean
}

export async function zittingAgenda(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser, zittingId: string): Promise<Result<MemberAgenda>> {
  const today = brusselsToday(deps.clock.now())
  const z = await memberZitting(deps.db, zittingId)
  if (!z || !canSeeZitting(user, z, today)) return notFound()
  const items = visibleItems(user, z, today)
  const rows = new Map(
    (
      await agendaCases(
        deps.db,
        items.map((i) => i.caseId),
      )
    ).map((r) => [r.id, r]),
  )
  const slots = items.flatMap((i) => {
    const row = rows.get(i.caseId)
    return row ? [{ ...row, start: slotStart(z.startTime, i.position * z.slotMinutes) }] : []
  })
  return {
    ok: true,
    zitting: z,
    slots,
    guest: !z.memberIds.includes(user.id),
    calendar: canSeeZittingCalendar(user, z),
    open: items.some((i) => canRemarkOn(user, z, i.caseId, today)),
  }
}

export interface MemberCaseFile {
  zitting: MemberZitting
  file: CaseFile
  slotStart: string
  remarks: RemarkRow[]
  canRemark: boolean
  /** A coordinator of the region reading along, not a participant. */
  coordinatorView: boolean
}

/**
 * One case of the agenda, pseudonymised as the coordinator sees it, with the participants'
 * preparatory remarks. The region's coordinators may read along (they see the case anyway).
 */
export async function agendaCaseFile(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser, zittingId: string, caseId: string): Promise<Result<MemberCaseFile>> {
  const today = brusselsToday(deps.clock.now())
  const z = await memberZitting(deps.db, zittingId)
  if (!z || !isOnAgenda(z, caseId)) return notFound()
  const participant = canSeeCaseOn(user, z, caseId, today)
  const file = await getCaseFile(deps.db, caseId)
  if (!file) return notFound()
  const coordinatorView = !participant && canSeePseudonymisedCase(user, file)
  if (!participant && !coordinatorView) return notFound()
  const position = z.items.find((i) => i.caseId === caseId)?.position ?? 0
  return {
    ok: true,
    zitting: z,
    file,
    slotStart: slotStart(z.startTime, position * z.slotMinutes),
    remarks: await listRemarks(deps.db, zittingId, caseId),
    canRemark: participant && canRemarkOn(user, z, caseId, today),
    coordinatorView,
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
