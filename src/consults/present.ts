import type { ConsultReportProps } from '../../views/consults/report'
import { formatDate } from '../../views/format'
import { ATTENDANCE, FORMATS, INTERVENTION_TYPES, labelOf, SECTORS } from '../lists'
import { dutchDate } from '../tables/today'
import type { ConsultReport } from './report'

// Turning stored codes into the Dutch the report and letters show; views never look up lists.

const weekday = new Intl.DateTimeFormat('nl-BE', { timeZone: 'UTC', weekday: 'long' })

/** "donderdag 19/03/2026": a letter for a family names the day as well as the date. */
export function dayLabel(iso: string): string {
  return `${weekday.format(new Date(`${iso}T12:00:00Z`))} ${dutchDate(iso)}`
}

export const formatLabel = (format: string | null) => labelOf(FORMATS, format).split(' (')[0] ?? ''
export const sectorLabel = (sector: string) => labelOf(SECTORS, sector)

const yesNo = (v: boolean | null) => (v === null ? 'niet genoteerd' : v ? 'ja' : 'nee')
const waiting = (weeks: number | null) => (weeks === null ? 'onbekend' : weeks === 0 ? 'geen' : `${weeks} ${weeks === 1 ? 'week' : 'weken'}`)

export function reportProps(
  report: ConsultReport,
  extra: Pick<ConsultReportProps, 'links' | 'releaseHref' | 'back' | 'notice'> & { showSignal: boolean },
): ConsultReportProps {
  const { consult, details } = report
  return {
    caseId: report.case.id,
    reference: report.case.reference ?? '',
    formatLabel: formatLabel(consult.format),
    zitting: { dateLabel: dutchDate(report.zitting.date), startTime: report.zitting.startTime, location: report.zitting.location, tableName: report.tableName },
    attendance: details.attendance.map((a) => ({ name: a.name, sectorLabel: sectorLabel(a.sector), statusLabel: labelOf(ATTENDANCE, a.status) })),
    family: consult.format === 'overlegtafel' ? { youngPerson: yesNo(consult.youngPersonAttended), parents: yesNo(consult.parentsAttended) } : null,
    analysis: consult.analysis,
    advice: consult.advice,
    offers: details.offers.map((o) => ({
      name: o.name,
      provider: o.provider,
      typeLabel: labelOf(INTERVENTION_TYPES, o.type),
      contact: o.contact,
      waitingLabel: waiting(o.waitingWeeks),
    })),
    actions: details.actions.map((a) => ({
      description: a.description,
      sectorLabel: sectorLabel(a.sector),
      organisation: a.organisation,
      owner: a.owner,
      dueDateLabel: dutchDate(a.dueDate),
    })),
    followUpDateLabel: dutchDate(consult.followUpDate),
    signal: extra.showSignal ? { raised: consult.signalRaised, text: consult.signalText } : null,
    releasedLabel: consult.releasedAt ? formatDate(consult.releasedAt) : null,
    links: extra.links,
    releaseHref: extra.releaseHref,
    back: extra.back,
    notice: extra.notice,
  }
}

/** Who does an action, as a family reads it: the organisation if known, else the sector, and the role. */
export function actionOwner(a: { sector: string; organisation: string | null; owner: string | null }): string {
  return [a.organisation ?? sectorLabel(a.sector), a.owner].filter(Boolean).join(', ')
}

/** Does scrubbed text still carry aanduidingen such as [PERSOON 1]? */
export const hasPlaceholders = (...texts: (string | null)[]) => texts.some((t) => t !== null && /\[[A-ZÀ-Ý-]+ \d+\]/u.test(t))
