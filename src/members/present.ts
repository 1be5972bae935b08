import type { AgendaPageProps } from '../../views/members/agenda'
import type { MemberCasePageProps } from '../../views/members/case'
import type { ZittingRow } from '../../views/members/my-zittingen'
import { caseDetailsProps } from '../cases/present'
import { FORMATS, labelOf, THEMES, URGENCIES } from '../lists'
import { dutchDate } from '../tables/today'
import type { MemberAgenda, MemberCaseFile, ZittingSummary } from './agenda'

// Turning the domain's results into what the member views show: Dutch labels and dates.

// the date is a calendar date already, so it is read in UTC to keep its day whatever the server's zone
const weekday = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', timeZone: 'UTC' })

/** "donderdag 19/03/2026" */
export function zittingDay(iso: string): string {
  return `${weekday.format(new Date(`${iso}T00:00:00Z`))} ${dutchDate(iso)}`
}

export const icsHref = (zittingId: string) => `/tafels/zittingen/${zittingId}/agenda.ics`

export function zittingRow(z: ZittingSummary): ZittingRow {
  return {
    id: z.id,
    day: zittingDay(z.date),
    time: `${z.startTime}–${z.endTime}`,
    tableName: z.tableName,
    location: z.location,
    caseCount: z.caseCount,
    icsHref: z.calendar ? icsHref(z.id) : null,
  }
}

function formatLabel(format: string | null): string {
  return format ? (labelOf(FORMATS, format).split(' (')[0] ?? '') : '—'
}

export function agendaPageProps(a: MemberAgenda): AgendaPageProps {
  const z = a.zitting
  return {
    zittingId: z.id,
    day: zittingDay(z.date),
    time: `${z.startTime}–${z.endTime}`,
    tableName: z.tableName,
    location: z.location,
    videoLink: z.videoLink,
    icsHref: a.calendar ? icsHref(z.id) : null,
    guest: a.guest,
    open: a.open,
    slots: a.slots.map((s) => ({
      caseId: s.id,
      start: s.start,
      reference: s.reference ?? '',
      urgencyLabel: s.urgency ? labelOf(URGENCIES, s.urgency) : '—',
      urgent: s.urgency === 'crisis',
      // the coordinator's choice at triage, else what the referrer proposed
      formatLabel: formatLabel(s.format ?? s.proposedFormat),
      themes: s.themes.map((t) => labelOf(THEMES, t)),
    })),
  }
}

export function casePageProps(found: MemberCaseFile): Omit<MemberCasePageProps, 'values' | 'errors' | 'notice'> {
  const z = found.zitting
  return {
    zittingId: z.id,
    caseId: found.file.id,
    reference: found.file.reference ?? '',
    zittingLabel: `${z.tableName}, ${zittingDay(z.date)} om ${found.slotStart}`,
    back: found.coordinatorView
      ? { href: `/casussen/${found.file.id}`, label: 'Casus in de triage' }
      : { href: `/mijn-zittingen/${z.id}`, label: `Agenda van ${zittingDay(z.date)}` },
    details: caseDetailsProps(found.file),
    remarks: found.remarks.map((r) => ({ authorName: r.authorName, organisationName: r.organisationName, at: r.at, text: r.text })),
    canRemark: found.canRemark,
    coordinatorView: found.coordinatorView,
  }
}
