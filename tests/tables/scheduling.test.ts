import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Urgency } from '../../src/lists'
import { type Proposal, proposeAgendas, type QueuedCase, type Session } from '../../src/tables/scheduling'
import { addWorkingDays } from '../../src/tables/working-days'

// A Monday; ten working days later is Monday 2026-03-16.
const TODAY = '2026-03-02'

function session(id: string, date: string, more: Partial<Session> = {}): Session {
  return { id, date, start: '13:30', slotMinutes: 30, capacity: 4, cancelled: false, booked: [], ...more }
}

function queued(caseId: string, urgency: Urgency, acceptedAt = '2026-02-01'): QueuedCase {
  return { caseId, urgency, acceptedAt }
}

function caseIds(proposal: Proposal, sessionId: string): string[] {
  return proposal.agendas.find((a) => a.sessionId === sessionId)?.slots.map((s) => s.caseId) ?? []
}

describe('proposeAgendas: priority', () => {
  it('puts crisis before hoog before gewoon, whoever waited longest', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('g', 'gewoon', '2025-01-01'), queued('h', 'hoog', '2025-06-01'), queued('c', 'crisis', '2026-02-28')],
      sessions: [session('s1', '2026-03-05')],
    })
    expect(caseIds(proposal, 's1')).toEqual(['c', 'h', 'g'])
  })

  it('serves the longest waiting case first within a level', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('late', 'hoog', '2026-02-20'), queued('early', 'hoog', '2026-01-10'), queued('middle', 'hoog', '2026-02-01')],
      sessions: [session('s1', '2026-03-05', { capacity: 2 })],
    })
    expect(caseIds(proposal, 's1')).toEqual(['early', 'middle'])
    expect(proposal.unplaced).toEqual(['late'])
  })

  it('compares moments, not strings: a date is midnight UTC and an offset is honoured', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [
        queued('nine', 'gewoon', '2026-02-01T09:00:00.000Z'),
        queued('eight', 'gewoon', '2026-02-01T10:00:00+02:00'),
        queued('midnight', 'gewoon', '2026-02-01'),
      ],
      sessions: [session('s1', '2026-03-05')],
    })
    expect(caseIds(proposal, 's1')).toEqual(['midnight', 'eight', 'nine'])
  })

  it('reads a datetime without offset as UTC, whatever zone the server runs in', () => {
    const zone = process.env.TZ
    process.env.TZ = 'Europe/Brussels'
    try {
      const proposal = proposeAgendas({
        today: TODAY,
        queue: [queued('local', 'gewoon', '2026-02-01T09:30:00'), queued('utc', 'gewoon', '2026-02-01T09:00:00Z')],
        sessions: [session('s1', '2026-03-05')],
      })
      expect(caseIds(proposal, 's1')).toEqual(['utc', 'local'])
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('breaks a tie in waiting time by case id, whatever the queue order', () => {
    const queue = [queued('b', 'gewoon', '2026-02-01T08:00:00Z'), queued('c', 'gewoon', '2026-02-01T08:00:00Z'), queued('a', 'gewoon', '2026-02-01T08:00:00Z')]
    const sessions = [session('s1', '2026-03-05', { capacity: 2 })]
    const forward = proposeAgendas({ today: TODAY, queue, sessions })
    const backward = proposeAgendas({ today: TODAY, queue: [...queue].reverse(), sessions })
    expect(caseIds(forward, 's1')).toEqual(['a', 'b'])
    expect(backward).toEqual(forward)
    expect(forward.unplaced).toEqual(['c'])
  })

  it('lists unplaced cases in priority order', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('g', 'gewoon', '2025-01-01'), queued('h2', 'hoog', '2026-01-02'), queued('h1', 'hoog', '2026-01-01')],
      sessions: [],
    })
    expect(proposal.unplaced).toEqual(['h1', 'h2', 'g'])
  })
})

describe('proposeAgendas: which zittingen and how full', () => {
  it('fills zittingen in date order, ties by id, whatever their input order', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: ['1', '2', '3', '4', '5'].map((id) => queued(id, 'gewoon', `2026-01-0${id}`)),
      sessions: [session('z', '2026-03-20', { capacity: 2 }), session('b', '2026-03-10', { capacity: 1 }), session('a', '2026-03-10', { capacity: 1 })],
    })
    expect(proposal.agendas.map((a) => a.sessionId)).toEqual(['a', 'b', 'z'])
    expect(caseIds(proposal, 'a')).toEqual(['1'])
    expect(caseIds(proposal, 'b')).toEqual(['2'])
    expect(caseIds(proposal, 'z')).toEqual(['3', '4'])
    expect(proposal.unplaced).toEqual(['5'])
  })

  it('gives a zitting with capacity 0 no slots', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('a', 'gewoon')],
      sessions: [session('none', '2026-03-03', { capacity: 0 }), session('later', '2026-03-04', { capacity: 1 })],
    })
    expect(proposal.agendas).toEqual([
      { sessionId: 'none', slots: [] },
      { sessionId: 'later', slots: [{ caseId: 'a', start: '13:30', proposed: true }] },
    ])
  })

  it('leaves cancelled zittingen out entirely', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('a', 'gewoon')],
      sessions: [session('off', '2026-03-03', { cancelled: true }), session('on', '2026-03-04')],
    })
    expect(proposal.agendas.map((a) => a.sessionId)).toEqual(['on'])
    expect(caseIds(proposal, 'on')).toEqual(['a'])
  })

  it('leaves past zittingen out but includes one held today', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('a', 'gewoon'), queued('b', 'gewoon', '2026-02-02')],
      sessions: [session('past', '2026-03-01'), session('today', TODAY, { capacity: 1 }), session('next', '2026-03-09')],
    })
    expect(proposal.agendas.map((a) => a.sessionId)).toEqual(['today', 'next'])
    expect(caseIds(proposal, 'today')).toEqual(['a'])
    expect(caseIds(proposal, 'next')).toEqual(['b'])
  })

  it('reports every case as unplaced when there is no zitting, and never throws on empty input', () => {
    expect(proposeAgendas({ today: TODAY, queue: [], sessions: [] })).toEqual({ agendas: [], needsExtraSession: [], unplaced: [] })
    expect(proposeAgendas({ today: TODAY, queue: [queued('a', 'gewoon')], sessions: [] }).unplaced).toEqual(['a'])
  })

  it('schedules a case that appears twice in the queue once', () => {
    const proposal = proposeAgendas({ today: TODAY, queue: [queued('a', 'gewoon'), queued('a', 'gewoon')], sessions: [session('s1', '2026-03-05')] })
    expect(caseIds(proposal, 's1')).toEqual(['a'])
  })
})

describe('proposeAgendas: cases already booked', () => {
  it('keeps booked cases first, unproposed, and counts them against capacity', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('crisis', 'crisis'), queued('new', 'gewoon')],
      sessions: [session('s1', '2026-03-05', { capacity: 3, booked: ['old1', 'old2'] })],
    })
    expect(proposal.agendas[0]?.slots).toEqual([
      { caseId: 'old1', start: '13:30', proposed: false },
      { caseId: 'old2', start: '14:00', proposed: false },
      { caseId: 'crisis', start: '14:30', proposed: true },
    ])
    expect(proposal.unplaced).toEqual(['new'])
  })

  it('does not propose a queued case again that is booked on a later zitting', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('a', 'gewoon'), queued('b', 'gewoon', '2026-02-02')],
      sessions: [session('early', '2026-03-03'), session('late', '2026-03-20', { booked: ['a'] })],
    })
    expect(caseIds(proposal, 'early')).toEqual(['b'])
    expect(caseIds(proposal, 'late')).toEqual(['a'])
    expect(proposal.unplaced).toEqual([])
  })

  it('keeps bookings that exceed a lowered capacity and adds nothing to them', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('a', 'gewoon')],
      sessions: [session('s1', '2026-03-05', { capacity: 1, booked: ['x', 'y'] })],
    })
    expect(caseIds(proposal, 's1')).toEqual(['x', 'y'])
    expect(proposal.unplaced).toEqual(['a'])
  })

  it('proposes again a queued case whose zitting was cancelled or has passed', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('called-off', 'gewoon'), queued('requeued', 'gewoon', '2026-02-02')],
      sessions: [
        session('off', '2026-03-03', { cancelled: true, booked: ['called-off'] }),
        session('past', '2026-02-20', { booked: ['requeued'] }),
        session('next', '2026-03-09'),
      ],
    })
    expect(caseIds(proposal, 'next')).toEqual(['called-off', 'requeued'])
  })
})

describe('proposeAgendas: start times', () => {
  it('gives each slot the zitting start plus its index times the slot length, across the hour', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: ['a', 'b', 'c'].map((id) => queued(id, 'gewoon', `2026-01-01T0${'abc'.indexOf(id)}:00:00Z`)),
      sessions: [session('s1', '2026-03-05', { start: '13:30', slotMinutes: 20, booked: ['x'] })],
    })
    expect(proposal.agendas[0]?.slots.map((s) => `${s.caseId}@${s.start}`)).toEqual(['x@13:30', 'a@13:50', 'b@14:10', 'c@14:30'])
  })

  it('writes hours with two digits', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('a', 'gewoon'), queued('b', 'gewoon', '2026-02-02')],
      sessions: [session('s1', '2026-03-05', { start: '09:15', slotMinutes: 45 })],
    })
    expect(proposal.agendas[0]?.slots.map((s) => s.start)).toEqual(['09:15', '10:00'])
  })
})

describe('proposeAgendas: crisis within 10 working days', () => {
  it('places a crisis case on a zitting on the tenth working day without asking for an extra one', () => {
    const proposal = proposeAgendas({ today: TODAY, queue: [queued('c', 'crisis')], sessions: [session('s1', '2026-03-16')] })
    expect(caseIds(proposal, 's1')).toEqual(['c'])
    expect(proposal.needsExtraSession).toEqual([])
  })

  it('asks for an extra zitting when the only room is later, and still places the case there', () => {
    const proposal = proposeAgendas({
      today: TODAY,
      queue: [queued('c1', 'crisis', '2026-02-01'), queued('c2', 'crisis', '2026-02-02'), queued('c3', 'crisis', '2026-02-03')],
      sessions: [session('soon', '2026-03-05', { capacity: 2 }), session('late', '2026-03-17')],
    })
    expect(caseIds(proposal, 'soon')).toEqual(['c1', 'c2'])
    expect(caseIds(proposal, 'late')).toEqual(['c3'])
    expect(proposal.needsExtraSession).toEqual([{ caseId: 'c3', latestDate: '2026-03-16' }])
  })

  it('asks for an extra zitting, and reports the case unplaced, when there is no room at all', () => {
    const proposal = proposeAgendas({ today: TODAY, queue: [queued('c', 'crisis')], sessions: [session('full', '2026-03-05', { capacity: 1, booked: ['x'] })] })
    expect(proposal.needsExtraSession).toEqual([{ caseId: 'c', latestDate: '2026-03-16' }])
    expect(proposal.unplaced).toEqual(['c'])
  })

  it('asks for an extra zitting for a crisis case already booked too late', () => {
    const proposal = proposeAgendas({ today: TODAY, queue: [queued('c', 'crisis')], sessions: [session('late', '2026-03-30', { booked: ['c'] })] })
    expect(proposal.needsExtraSession).toEqual([{ caseId: 'c', latestDate: '2026-03-16' }])
    expect(caseIds(proposal, 'late')).toEqual(['c'])
  })

  it('never asks for an extra zitting for hoog or gewoon cases', () => {
    const proposal = proposeAgendas({ today: TODAY, queue: [queued('h', 'hoog'), queued('g', 'gewoon')], sessions: [session('late', '2026-04-30')] })
    expect(proposal.needsExtraSession).toEqual([])
  })

  it('does not count Goede Vrijdag as a holiday, but skips Paasmaandag (today just before Easter)', () => {
    // Counting weekdays only would end on 16 April and wrongly call a zitting on the 17th late.
    const before = '2026-04-02'
    const inTime = proposeAgendas({ today: before, queue: [queued('c', 'crisis')], sessions: [session('s', '2026-04-17')] })
    expect(inTime.needsExtraSession).toEqual([])
    const late = proposeAgendas({ today: before, queue: [queued('c', 'crisis')], sessions: [session('s', '2026-04-20')] })
    expect(late.needsExtraSession).toEqual([{ caseId: 'c', latestDate: '2026-04-17' }])
  })

  it('skips Christmas, the weekends and New Year when today is just before Christmas', () => {
    const before = '2026-12-23'
    const inTime = proposeAgendas({ today: before, queue: [queued('c', 'crisis')], sessions: [session('s', '2027-01-08')] })
    expect(inTime.needsExtraSession).toEqual([])
    const late = proposeAgendas({ today: before, queue: [queued('c', 'crisis')], sessions: [session('s', '2027-01-11')] })
    expect(late.needsExtraSession).toEqual([{ caseId: 'c', latestDate: '2027-01-08' }])
  })

  it('counts from the next working day when today is a Saturday', () => {
    const proposal = proposeAgendas({ today: '2026-03-07', queue: [queued('c', 'crisis')], sessions: [session('s', '2026-03-23')] })
    expect(proposal.needsExtraSession).toEqual([{ caseId: 'c', latestDate: '2026-03-20' }])
  })
})

// Property tests: random regions with a few zittingen around today and a queue that overlaps the bookings.

const URGENCY_RANK: Record<Urgency, number> = { crisis: 0, hoog: 1, gewoon: 2 }

const CASE_IDS = Array.from({ length: 24 }, (_, i) => `c${String(i).padStart(2, '0')}`)

const moment = fc.oneof(
  fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2025, 11, 1 + d)).toISOString().slice(0, 10)),
  fc.integer({ min: 0, max: 120 * 24 }).map((h) => new Date(Date.UTC(2025, 11, 1, h)).toISOString()),
)

const region = fc
  .record({
    today: fc.integer({ min: 0, max: 90 }).map((d) => new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10)),
    queue: fc.uniqueArray(
      fc.record({ caseId: fc.constantFrom(...CASE_IDS), urgency: fc.constantFrom<Urgency>('crisis', 'hoog', 'gewoon'), acceptedAt: moment }),
      { selector: (q) => q.caseId, maxLength: 20 },
    ),
    sessions: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7'),
        offset: fc.integer({ min: -10, max: 30 }),
        start: fc
          .tuple(fc.integer({ min: 8, max: 17 }), fc.integer({ min: 0, max: 59 }))
          .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
        slotMinutes: fc.integer({ min: 5, max: 60 }),
        capacity: fc.integer({ min: 0, max: 6 }),
        cancelled: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
        booked: fc.uniqueArray(fc.constantFrom(...CASE_IDS), { maxLength: 4 }),
      }),
      { selector: (s) => s.id, maxLength: 7 },
    ),
  })
  .map(({ today, queue, sessions }) => {
    // A case is booked on at most one zitting, as in the database.
    const taken = new Set<string>()
    const base = Date.parse(`${today}T00:00:00Z`)
    return {
      today,
      queue,
      sessions: sessions.map(({ offset, booked, ...s }): Session => {
        const mine = booked.filter((id) => !taken.has(id))
        for (const id of mine) taken.add(id)
        return { ...s, date: new Date(base + offset * 86_400_000).toISOString().slice(0, 10), booked: mine }
      }),
    }
  })

function outranks(a: QueuedCase, b: QueuedCase): boolean {
  const byLevel = URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]
  if (byLevel !== 0) return byLevel < 0
  const byWait = Date.parse(a.acceptedAt) - Date.parse(b.acceptedAt)
  if (byWait !== 0) return byWait < 0
  return a.caseId < b.caseId
}

function upcoming(input: { today: string; sessions: Session[] }): Session[] {
  return input.sessions.filter((s) => !s.cancelled && s.date >= input.today)
}

function placements(input: { today: string; sessions: Session[] }, proposal: Proposal) {
  const byId = new Map(input.sessions.map((s) => [s.id, s]))
  const placed = new Map<string, { session: Session; order: number; index: number; proposed: boolean }>()
  proposal.agendas.forEach((agenda, order) => {
    const session = byId.get(agenda.sessionId)
    if (!session) throw new Error(`unknown session ${agenda.sessionId}`)
    agenda.slots.forEach((slot, index) => {
      placed.set(slot.caseId, { session, order, index, proposed: slot.proposed })
    })
  })
  return placed
}

describe('proposeAgendas under random queues and zittingen', () => {
  it('never goes over capacity, except for bookings it must keep', () => {
    fc.assert(
      fc.property(region, (input) => {
        const proposal = proposeAgendas(input)
        for (const agenda of proposal.agendas) {
          const session = input.sessions.find((s) => s.id === agenda.sessionId)
          expect(agenda.slots.length).toBeLessThanOrEqual(Math.max(session?.capacity ?? 0, session?.booked.length ?? 0))
        }
      }),
    )
  })

  it('never puts a case on two agendas or twice on one', () => {
    fc.assert(
      fc.property(region, (input) => {
        const all = proposeAgendas(input).agendas.flatMap((a) => a.slots.map((s) => s.caseId))
        expect(new Set(all).size).toBe(all.length)
      }),
    )
  })

  it('shows exactly the upcoming, non-cancelled zittingen, in date order, with their bookings first and untouched', () => {
    fc.assert(
      fc.property(region, (input) => {
        const proposal = proposeAgendas(input)
        const expected = upcoming(input).sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1))
        expect(proposal.agendas.map((a) => a.sessionId)).toEqual(expected.map((s) => s.id))
        for (const [i, session] of expected.entries()) {
          const slots = proposal.agendas[i]?.slots ?? []
          expect(slots.slice(0, session.booked.length)).toEqual(session.booked.map((caseId) => expect.objectContaining({ caseId, proposed: false })))
          expect(slots.slice(session.booked.length).every((s) => s.proposed)).toBe(true)
        }
      }),
    )
  })

  it('accounts for every queued case: placed somewhere or unplaced, never both, and proposes only queued cases', () => {
    fc.assert(
      fc.property(region, (input) => {
        const proposal = proposeAgendas(input)
        const placed = placements(input, proposal)
        const queued = new Set(input.queue.map((q) => q.caseId))
        for (const item of input.queue) expect(placed.has(item.caseId) !== proposal.unplaced.includes(item.caseId)).toBe(true)
        expect(proposal.unplaced.every((id) => queued.has(id))).toBe(true)
        for (const [caseId, where] of placed) if (where.proposed) expect(queued.has(caseId)).toBe(true)
      }),
    )
  })

  it('leaves a case unplaced only when every upcoming zitting is full', () => {
    fc.assert(
      fc.property(region, (input) => {
        const proposal = proposeAgendas(input)
        if (proposal.unplaced.length === 0) return
        for (const agenda of proposal.agendas) {
          const session = input.sessions.find((s) => s.id === agenda.sessionId)
          expect(agenda.slots.length).toBeGreaterThanOrEqual(session?.capacity ?? 0)
        }
      }),
    )
  })

  it('places every crisis case within 10 working days or asks for an extra zitting for it', () => {
    fc.assert(
      fc.property(region, (input) => {
        const proposal = proposeAgendas(input)
        const placed = placements(input, proposal)
        const deadline = addWorkingDays(input.today, 10)
        for (const item of input.queue) {
          const where = placed.get(item.caseId)
          const inTime = where !== undefined && where.session.date <= deadline
          const flagged = proposal.needsExtraSession.some((n) => n.caseId === item.caseId && n.latestDate === deadline)
          expect(flagged).toBe(item.urgency === 'crisis' && !inTime)
        }
      }),
    )
  })

  it('puts proposed cases in priority order within and across zittingen, and leaves no higher case behind', () => {
    fc.assert(
      fc.property(region, (input) => {
        const proposal = proposeAgendas(input)
        const placed = placements(input, proposal)
        const proposed = input.queue.filter((q) => placed.get(q.caseId)?.proposed)
        const unplaced = input.queue.filter((q) => proposal.unplaced.includes(q.caseId))
        for (const a of proposed) {
          for (const b of proposed) {
            const pa = placed.get(a.caseId)
            const pb = placed.get(b.caseId)
            if (!pa || !pb || !outranks(a, b)) continue
            expect(pa.order < pb.order || (pa.order === pb.order && pa.index < pb.index)).toBe(true)
          }
          for (const u of unplaced) expect(outranks(u, a)).toBe(false)
        }
      }),
    )
  })

  it('times every slot from the zitting start plus its index times the slot length', () => {
    fc.assert(
      fc.property(region, (input) => {
        const proposal = proposeAgendas(input)
        for (const agenda of proposal.agendas) {
          const session = input.sessions.find((s) => s.id === agenda.sessionId)
          if (!session) continue
          const [h = 0, m = 0] = session.start.split(':').map(Number)
          agenda.slots.forEach((slot, index) => {
            const minutes = (h * 60 + m + index * session.slotMinutes) % 1440
            expect(slot.start).toBe(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`)
          })
        }
      }),
    )
  })
})
