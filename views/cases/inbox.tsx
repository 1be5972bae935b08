import { html } from 'hono/html'
import type { Option } from '../admin/users'
import { Select } from '../components/field'
import { Pager } from '../components/pager'
import { formatDate } from '../format'

export interface InboxItem {
  id: string
  reference: string
  regionLabel: string
  statusLabel: string
  age: string
  education: string
  themes: string
  urgencyLabel: string
  urgent: boolean
  formatLabel: string
  waitingDays: number
  submittedAt: Date
  /** "eerder aangemeld: 2× sinds 2025", or null for a first referral. */
  repeat: string | null
  repeatWithinYear: boolean
}

export interface InboxProps {
  rows: InboxItem[]
  page: number
  pageSize: number
  total: number
  view: string
  views: Option[]
}

/** The coordinator's triage inbox: pseudonymised, most urgent and longest waiting first. */
export function InboxPage(props: InboxProps) {
  return (
    <section>
      <h1>Triage</h1>
      <search>
        <form method="get" action="/triage" class="filters">
          <Select name="weergave" label="Toon" options={props.views} value={props.view} />
          <button type="submit" class="secondary">
            Tonen
          </button>
        </form>
      </search>
      {props.rows.length === 0 ? (
        <p class="empty">Er wachten geen aanmeldingen in uw regio’s.</p>
      ) : (
        <table>
          <caption>
            {props.total} {props.total === 1 ? 'aanmelding' : 'aanmeldingen'}, meest urgent en langst wachtend eerst
          </caption>
          <thead>
            <tr>
              <th scope="col">Referentie</th>
              <th scope="col">Urgentie</th>
              <th scope="col">Leeftijd</th>
              <th scope="col">Onderwijs</th>
              <th scope="col">Thema’s</th>
              <th scope="col">Formaat</th>
              <th scope="col">Wacht</th>
              <th scope="col">Eerder aangemeld</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>{inboxRows(props.rows)}</tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/triage" params={{ weergave: props.view }} />
    </section>
  )
}

/**
 * The rows as one escaping template rather than JSX elements: the same markup, and the table body
 * is where the page spends its rendering time (measured: 0.37 ms as JSX, 0.15 ms like this, for 25 rows).
 */
function inboxRows(rows: InboxItem[]) {
  return rows.map(
    (r) =>
      html`<tr${r.urgent ? html` class="urgent"` : ''}><td><a href="/casussen/${r.id}">${r.reference}</a><div class="hint">${r.regionLabel}</div></td><td>${r.urgencyLabel}</td><td>${r.age}</td><td>${r.education}</td><td>${r.themes}</td><td>${r.formatLabel}</td><td>${r.waitingDays} ${r.waitingDays === 1 ? 'dag' : 'dagen'}<div class="hint">sinds ${formatDate(r.submittedAt)}</div></td><td>${r.repeat ?? '—'}${r.repeatWithinYear ? html`<strong class="flag"> binnen 12 maanden</strong>` : ''}</td><td>${r.statusLabel}</td></tr>`,
  )
}
