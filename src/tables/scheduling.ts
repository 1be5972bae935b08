import type { Urgency } from '../lists'
import { addWorkingDays } from './working-days'

// The agenda proposal of DESIGN.md "Scheduling rules". Pure: the caller passes today's date, the
// region's queue and its zittingen, and decides what to do with the proposal; nothing here reads
// a clock or a database, so the rules are tested as plain functions.

export type QueuedCase = {
  caseId: string
  urgency: Urgency
  /** When the case entered the queue: an ISO date or datetime (a datetime without offset is read as UTC). */
  acceptedAt: string
}

/** A zitting of an overlegtafel. */
export type Session = {
  id: string
  /** ISO date. */
  date: string
  /** 'HH:MM', 24h. */
  start: string
  slotMinutes: number
  capacity: number
  cancelled: boolean
  /** Case ids already on its agenda, in agenda order. */
  booked: string[]
}

export type SchedulingInput = { today: string; queue: QueuedCase[]; sessions: Session[] }

export type AgendaSlot = { caseId: string; start: string; proposed: boolean }

export type Proposal = {
  /** Every upcoming, non-cancelled zitting, in date order (ties by id), each with its full agenda. */
  agendas: { sessionId: string; slots: AgendaSlot[] }[]
  /** Crisis cases with no slot within 10 working days: the coordinator should add a zitting by `latestDate`. */
  needsExtraSession: { caseId: string; latestDate: string }[]
  /** Queued cases for which no upcoming zitting has room, in priority order. */
  unplaced: string[]
}

/** How soon a crisis case must be discussed, in working days from today. */
export const CRISIS_WORKING_DAYS = 10

const RANK: Record<Urgency, number> = { crisis: 0, hoog: 1, gewoon: 2 }

/**
 * Fills the upcoming zittingen by priority: crisis, then hoog, then gewoon; within a level the
 * longest waiting first. Each queued case goes to the earliest zitting that still has room, which
 * is the same as filling the zittingen one after the other from the top of the queue.
 *
 * Decisions beyond DESIGN.md:
 * - Only upcoming (date >= today), non-cancelled zittingen are looked at. A case booked on a past or
 *   cancelled zitting but still in the queue (requeued after follow-up, or its zitting was called
 *   off) is proposed again; "already booked" means booked on a zitting that will still take place.
 * - Bookings are never moved or dropped, even when they exceed a lowered capacity; such a zitting
 *   simply gets no proposals. A booked case keeps its place at the top of its agenda.
 * - A crisis case with no room within 10 working days is still placed in the first later zitting
 *   with room, so it is not forgotten if no extra zitting is added, and it is listed in
 *   `needsExtraSession`. The same holds for a crisis case already booked too late, or not placed
 *   at all (then it is also in `unplaced`).
 */
export function proposeAgendas(input: SchedulingInput): Proposal {
  const sessions = input.sessions
    .filter((s) => !s.cancelled && s.date >= input.today)
    .sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id))
    .map((session) => ({ session, caseIds: [...session.booked] }))

  const bookedOn = new Map<string, string>()
  for (const { session } of sessions) for (const caseId of session.booked) if (!bookedOn.has(caseId)) bookedOn.set(caseId, session.date)

  const deadline = addWorkingDays(input.today, CRISIS_WORKING_DAYS)
  const needsExtraSession: Proposal['needsExtraSession'] = []
  const unplaced: string[] = []
  const seen = new Set<string>()

  for (const item of prioritise(input.queue)) {
    // A case queued twice is scheduled once.
    if (seen.has(item.caseId)) continue
    seen.add(item.caseId)
    let date = bookedOn.get(item.caseId)
    if (date === undefined) {
      const target = sessions.find(({ session, caseIds }) => caseIds.length < session.capacity)
      if (target) {
        target.caseIds.push(item.caseId)
        date = target.session.date
      } else unplaced.push(item.caseId)
    }
    if (item.urgency === 'crisis' && (date === undefined || date > deadline)) needsExtraSession.push({ caseId: item.caseId, latestDate: deadline })
  }

  const agendas = sessions.map(({ session, caseIds }) => ({
    sessionId: session.id,
    slots: caseIds.map((caseId, index) => ({
      caseId,
      start: slotStart(session.start, index * session.slotMinutes),
      proposed: index >= session.booked.length,
    })),
  }))
  return { agendas, needsExtraSession, unplaced }
}

/** The queue in the order it is served; ties end on the case id so the same input always gives the same proposal. */
export function prioritise(queue: readonly QueuedCase[]): QueuedCase[] {
  return queue
    .map((item) => ({ item, waitingSince: instant(item.acceptedAt) }))
    .sort((a, b) => RANK[a.item.urgency] - RANK[b.item.urgency] || a.waitingSince - b.waitingSince || compare(a.item.caseId, b.item.caseId))
    .map(({ item }) => item)
}

function instant(value: string): number {
  // Date.parse reads an offset-less datetime in the machine's local zone; pin it to UTC so the
  // order never depends on where the code runs. A date alone already parses as UTC midnight.
  const pinned = /T[\d:.]+$/.test(value) ? `${value}Z` : value
  const ms = Date.parse(pinned)
  // An unreadable moment sorts last within its level rather than breaking the sort's consistency.
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms
}

/** The 'HH:MM' at which a slot begins, `offsetMinutes` after the zitting's start. */
export function slotStart(start: string, offsetMinutes: number): string {
  const [hours = 0, minutes = 0] = start.split(':').map(Number)
  // Wraps past midnight only to keep the HH:MM shape; a zitting running that late is a typo upstream.
  const total = (((hours * 60 + minutes + offsetMinutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
