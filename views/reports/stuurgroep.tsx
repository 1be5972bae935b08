import type { Dashboard } from '../../src/reports/dashboard'
import { cellText, SUPPRESSION_LEGEND } from '../../src/reports/disclosure'
import { formatDateTime } from '../format'
import { ReportSection } from './report-table'

export interface StuurgroepProps {
  dashboard: Dashboard
  regionLabel: string
  periodLabel: string
  backHref: string
}

/** The printable report for the stuurgroep: every report, one per page, signals last. */
export function StuurgroepReport(props: StuurgroepProps) {
  return (
    <article class="report stuurgroep">
      <p class="no-print">
        <a href={props.backHref}>Terug naar de rapporten</a> · Druk deze pagina af of bewaar ze als pdf via het afdrukmenu van uw browser.
      </p>
      <header class="print-header">
        <h1>ROTS-rapport voor de stuurgroep</h1>
        <p>
          <strong>{props.regionLabel}</strong> · {props.periodLabel} · opgemaakt op {formatDateTime(props.dashboard.generatedAt)}
        </p>
        <p>
          Zonder toestemming voor statistiek (niet meegeteld): {cellText(props.dashboard.withoutConsent)}. {SUPPRESSION_LEGEND}
        </p>
      </header>
      {props.dashboard.tables.map((t) => (
        <ReportSection table={t} csvHref={null} emptyText="Geen gegevens voor deze periode." />
      ))}
    </article>
  )
}
