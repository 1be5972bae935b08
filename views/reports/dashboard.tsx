import type { Child } from 'hono/jsx'
import type { Dashboard } from '../../src/reports/dashboard'
import { cellText, SUPPRESSION_LEGEND } from '../../src/reports/disclosure'
import type { FilterValues } from '../../src/reports/filters'
import { ErrorSummary, Select } from '../components/field'
import { formatDateTime } from '../format'
import { ReportSection } from './report-table'

export interface FilterChoices {
  regions: { value: string; label: string }[]
  schoolYears: { value: string; label: string }[]
  trimesters: { value: string; label: string }[]
  months: { value: string; label: string }[]
}

export interface ReportsPageProps {
  values: FilterValues
  errors: Record<string, string>
  choices: FilterChoices
  /** `ReportBody`, or that fragment already rendered (reports are rendered once per view and cached). */
  report: Child
}

export interface ReportBodyProps {
  dashboard: Dashboard
  /** "Vlaams-Brabant, schooljaar 2025-2026". */
  heading: string
  /** The filters as a query string, for CSV and print links. */
  query: string
}

const LABELS = { regio: 'Regio', schooljaar: 'Schooljaar', trimester: 'Trimester', maand: 'Maand' }

/** /rapporten: filters (a plain GET form, enhanced by htmx) above every report of the period. */
export function ReportsPage(props: ReportsPageProps) {
  return (
    <section>
      <h1>Rapporten</h1>
      <p class="hint">
        Geaggregeerde cijfers voor de stuurgroep, Opgroeien en Onderwijs. Aantallen van 1 tot 4 staan als &lt;5; aanmeldingen zonder toestemming voor statistiek
        tellen niet mee.
      </p>
      <search>
        <form method="get" action="/rapporten" class="filters report-filters" hx-get="/rapporten" hx-target="#rapport" hx-swap="outerHTML" hx-push-url="true">
          <Select name="regio" label="Regio" options={props.choices.regions} value={props.values.regio} errors={props.errors} />
          <Select name="schooljaar" label="Schooljaar" options={props.choices.schoolYears} value={props.values.schooljaar} errors={props.errors} />
          <Select
            name="trimester"
            label="Trimester"
            options={props.choices.trimesters}
            value={props.values.trimester}
            errors={props.errors}
            placeholder="Heel het schooljaar"
          />
          <Select name="maand" label="Maand" options={props.choices.months} value={props.values.maand} errors={props.errors} placeholder="Alle maanden" />
          <button type="submit">Toon</button>
        </form>
      </search>
      {props.report}
    </section>
  )
}

/** The fragment the filters swap in; the full page includes the very same component. */
export function ReportBody(props: { body: ReportBodyProps | null; errors: Record<string, string> }) {
  const b = props.body
  if (!b)
    return (
      <div id="rapport">
        <ErrorSummary errors={props.errors} labels={LABELS} />
      </div>
    )
  return (
    <div id="rapport">
      <h2 class="report-heading">{b.heading}</h2>
      <p>
        Zonder toestemming voor statistiek (niet meegeteld): <strong>{cellText(b.dashboard.withoutConsent)}</strong>. {SUPPRESSION_LEGEND}
      </p>
      <p class="hint">
        Cijfers van {formatDateTime(b.dashboard.generatedAt)}; ze worden hoogstens een minuut bewaard.{' '}
        <a href={`/rapporten/stuurgroep?${b.query}`}>Afdrukbaar rapport voor de stuurgroep</a>
      </p>
      <nav aria-label="Rapporten op deze pagina" class="report-toc">
        <ul>
          {b.dashboard.tables.map((t) => (
            <li>
              <a href={`#rapport-${t.id}`}>{t.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {b.dashboard.tables.map((t) => (
        <ReportSection table={t} csvHref={`/rapporten/export/${t.id}.csv?${b.query}`} emptyText="Geen gegevens voor deze periode." />
      ))}
    </div>
  )
}
