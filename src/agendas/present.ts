import { FORMATS, labelOf, URGENCIES } from '../lists'
import { dutchDate as dutch } from '../tables/today'
import type { Agenda } from './agenda'
import type { Planning } from './queue'

// Turns domain data into what the planning views show: labels, Dutch dates, counts.

const DAY_MS = 86_400_000
const dateTime = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})
const dateOnly = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric' })

export const urgencyLabel = (code: string) => labelOf(URGENCIES, code)
export const formatLabel = (code: string | null) => (code ? labelOf(FORMATS, code) : 'Nog niet gekozen')

export function waitingDays(acceptedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - acceptedAt.getTime()) / DAY_MS))
}

export function planningView(planning: Planning, now: Date) {
  const sessionById = new Map(planning.sessions.map((s) => [s.id, s]))
  const proposedAt = new Map<string, string>()
  for (const a of planning.proposal.agendas) {
    const s = sessionById.get(a.sessionId)
    for (const slot of a.slots) if (slot.proposed && s) proposedAt.set(slot.caseId, `${dutch(s.date)} ${slot.start}`)
  }
  const refOf = new Map<string, { reference: string; urgency: string }>([
    ...planning.queue.map((q) => [q.caseId, q] as const),
    ...[...planning.booked].map(([caseId, b]) => [caseId, b] as const),
  ])
  return {
    queue: planning.queue.map((q) => ({
      reference: q.reference,
      urgency: urgencyLabel(q.urgency),
      crisis: q.urgency === 'crisis',
      format: formatLabel(q.format),
      waitingSince: dateOnly.format(q.acceptedAt),
      waitingDays: waitingDays(q.acceptedAt, now),
      proposedFor: proposedAt.get(q.caseId) ?? null,
    })),
    sessions: planning.proposal.agendas.flatMap((a) => {
      const s = sessionById.get(a.sessionId)
      if (!s) return []
      return [
        {
          id: s.id,
          title: s.tableName,
          when: `${dutch(s.date)} ${s.start}–${s.endTime}`,
          location: s.location,
          capacity: s.capacity,
          sent: s.agendaSentAt !== null,
          slots: a.slots.map((slot) => ({
            start: slot.start,
            reference: refOf.get(slot.caseId)?.reference ?? slot.caseId,
            urgency: urgencyLabel(refOf.get(slot.caseId)?.urgency ?? ''),
            proposed: slot.proposed,
          })),
        },
      ]
    }),
    crisis: planning.proposal.needsExtraSession.map((c) => ({ reference: refOf.get(c.caseId)?.reference ?? c.caseId, latestDate: dutch(c.latestDate) })),
    unplaced: planning.proposal.unplaced.map((id) => refOf.get(id)?.reference ?? id),
    proposedCount: planning.proposal.agendas.reduce((n, a) => n + a.slots.filter((s) => s.proposed).length, 0),
  }
}

export function agendaZittingView(agenda: Agenda) {
  const z = agenda.zitting
  return {
    id: z.id,
    tableId: agenda.table.id,
    tableName: agenda.table.name,
    date: dutch(z.date),
    time: `${z.startTime}–${z.endTime}`,
    location: z.location,
    capacity: agenda.table.capacity,
    slotMinutes: agenda.table.slotMinutes,
    cancelled: z.status === 'geannuleerd',
    editable: agenda.editable,
    sentAt: z.agendaSentAt ? dateTime.format(z.agendaSentAt) : null,
    changedSinceSent: agenda.changedSinceSent,
  }
}

export { dutch }
