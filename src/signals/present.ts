import { formatDate, formatDateTime } from '../../views/format'
import type { ResponseView, SignalView } from '../../views/signals/facts'
import type { HistoryLine } from '../../views/signals/signal'
import { ADDRESSEES, type ListItem, labelOf, regionName, SIGNAL_LEVELS, SIGNAL_STATUSES, THEMES } from '../lists'
import type { SignalSummary } from './file'

// Codes to the words users read; the views only print.

export const options = (list: readonly ListItem[]) => list.map((i) => ({ value: i.code, label: i.label }))
export const labels = (list: readonly ListItem[], codes: readonly string[]) => codes.map((c) => labelOf(list, c)).join(', ') || '—'
export const themesLabel = (codes: readonly string[]) => labels(THEMES, codes)
export const addresseesLabel = (codes: readonly string[]) => labels(ADDRESSEES, codes)
export const statusLabel = (code: string) => labelOf(SIGNAL_STATUSES, code)
export const levelLabel = (code: string) => labelOf(SIGNAL_LEVELS, code)

export function signalView(s: SignalSummary): SignalView {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    regionLabel: regionName(s.regionCode),
    levelLabel: levelLabel(s.level),
    statusLabel: statusLabel(s.status),
    themesLabel: themesLabel(s.themes),
    addresseesLabel: addresseesLabel(s.addressees),
    createdLabel: formatDate(s.createdAt),
    forwardedLabel: s.forwardedAt ? formatDate(s.forwardedAt) : null,
    closedLabel: s.closedAt ? formatDate(s.closedAt) : null,
  }
}

export function responseViews(rows: { addressee: string; authorName: string; at: Date; text: string }[]): ResponseView[] {
  return rows.map((r) => ({ addresseeLabel: labelOf(ADDRESSEES, r.addressee), authorName: r.authorName, atLabel: formatDate(r.at), text: r.text }))
}

const HISTORY: Record<string, string> = {
  'signaal.aangemaakt': 'Aangemaakt',
  'signaal.gewijzigd': 'Gewijzigd',
  'signaal.gebundeld': 'Bundel gemaakt',
  'signaal.doorgestuurd': 'Doorgestuurd',
  'signaal.beantwoord': 'Antwoord geregistreerd',
  'signaal.afgesloten': 'Afgesloten',
}

export function historyLines(rows: { at: Date; action: string; details: string | null; actorName: string | null }[]): HistoryLine[] {
  return rows.map((r) => {
    const details = r.details ? (JSON.parse(r.details) as Record<string, unknown>) : {}
    const extra =
      r.action === 'signaal.gebundeld'
        ? ` (${details.signalen} signalen)`
        : r.action === 'signaal.beantwoord'
          ? ` door ${labelOf(ADDRESSEES, String(details.bestuur ?? ''))}`
          : r.action === 'signaal.doorgestuurd'
            ? `, ${details.ontvangers} ${details.ontvangers === 1 ? 'analist' : 'analisten'} verwittigd`
            : ''
    return { atLabel: formatDateTime(r.at), what: `${HISTORY[r.action] ?? r.action}${extra}`, who: r.actorName ?? '' }
  })
}
