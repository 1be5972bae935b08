import type { Option } from '../admin/users'
import { Notice, Select } from '../components/field'
import { Pager } from '../components/pager'
import { formatDate } from '../format'

export interface MyCaseItem {
  id: string
  reference: string | null
  statusLabel: string
  regionLabel: string
  urgencyLabel: string
  referrerName: string
  updatedAt: Date
  submittedAt: Date | null
}

export interface MyCasesProps {
  rows: MyCaseItem[]
  page: number
  pageSize: number
  total: number
  status: string
  statuses: Option[]
  regions: Option[]
  notice?: string | undefined
}

/** "Mijn aanmeldingen": the organisation's cases by reference; names appear only after a deliberate reveal. */
export function MyCasesPage(props: MyCasesProps) {
  return (
    <section>
      <div class="page-head">
        <h1>Mijn aanmeldingen</h1>
        <form method="post" action="/aanmeldingen" class="inline-actions">
          {props.regions.length > 1 ? <Select name="regio" label="Regio" options={props.regions} placeholder="— kies —" required /> : null}
          <button type="submit">Nieuwe aanmelding</button>
        </form>
      </div>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <search>
        <form method="get" action="/aanmeldingen" class="filters">
          <Select name="status" label="Status" options={props.statuses} value={props.status} placeholder="Alle statussen" />
          <button type="submit" class="secondary">
            Filteren
          </button>
        </form>
      </search>
      {props.rows.length === 0 ? (
        <p class="empty">
          {props.status ? 'Geen aanmeldingen met deze status.' : 'Uw organisatie heeft nog geen aanmeldingen. Start er een met “Nieuwe aanmelding”.'}
        </p>
      ) : (
        <table>
          <caption>
            {props.total} {props.total === 1 ? 'aanmelding' : 'aanmeldingen'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Referentie</th>
              <th scope="col">Status</th>
              <th scope="col">Regio</th>
              <th scope="col">Urgentie</th>
              <th scope="col">Aanmelder</th>
              <th scope="col">Aangemeld</th>
              <th scope="col">Laatst gewijzigd</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`/aanmeldingen/${r.id}`}>{r.reference ?? 'Concept'}</a>
                </td>
                <td>{r.statusLabel}</td>
                <td>{r.regionLabel}</td>
                <td>{r.urgencyLabel || '—'}</td>
                <td>{r.referrerName}</td>
                <td>{r.submittedAt ? formatDate(r.submittedAt) : '—'}</td>
                <td>{formatDate(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/aanmeldingen" params={props.status ? { status: props.status } : {}} />
    </section>
  )
}
