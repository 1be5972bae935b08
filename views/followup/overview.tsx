import { Notice } from '../components/field'
import { Pager } from '../components/pager'

export interface OverdueItemView {
  caseId: string
  reference: string
  regionLabel: string
  /** "Opvolgdatum" or "Actie 2 (CLB)". */
  what: string
  dateLabel: string
  daysOverdue: number
}

export interface OwnFollowUpView {
  caseId: string
  reference: string
  regionLabel: string
  followUpDateLabel: string
  followUpLate: boolean
  lastFollowUpLabel: string
  openActions: number
}

interface Listing<T> {
  rows: T[]
  page: number
  pageSize: number
  total: number
}

export interface FollowUpOverviewProps {
  overdue: Listing<OverdueItemView> | null
  own: Listing<OwnFollowUpView> | null
  notice?: string | undefined
}

/** /opvolging: the coordinator's overdue list and the referrer's cases in opvolging, as the user's roles allow. */
export function FollowUpOverviewPage(props: FollowUpOverviewProps) {
  return (
    <section>
      <h1>Opvolging</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.overdue ? <OverdueSection {...props.overdue} /> : null}
      {props.own ? <OwnSection {...props.own} /> : null}
    </section>
  )
}

function OverdueSection(props: Listing<OverdueItemView>) {
  return (
    <section aria-labelledby="achterstand-titel">
      <h2 id="achterstand-titel">Te late opvolging in uw regio</h2>
      <p class="hint">Opvolgdatums die verstreken zonder opvolging, en acties die nog open staan na hun einddatum. Het langst verstreken eerst.</p>
      {props.rows.length === 0 ? (
        <p class="empty">Niets te laat: elke opvolging en elke actie is op tijd.</p>
      ) : (
        <table>
          <caption>
            {props.total} {props.total === 1 ? 'item te laat' : 'items te laat'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Referentie</th>
              <th scope="col">Regio</th>
              <th scope="col">Wat</th>
              <th scope="col">Datum</th>
              <th scope="col">Dagen te laat</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`/opvolging/${r.caseId}`}>{r.reference}</a>
                </td>
                <td>{r.regionLabel}</td>
                <td>{r.what}</td>
                <td>{r.dateLabel}</td>
                <td>{r.daysOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/opvolging" params={{ sectie: 'achterstand' }} />
    </section>
  )
}

function OwnSection(props: Listing<OwnFollowUpView>) {
  return (
    <section aria-labelledby="lopend-titel">
      <h2 id="lopend-titel">Casussen van uw organisatie in opvolging</h2>
      {props.rows.length === 0 ? (
        <p class="empty">Uw organisatie heeft geen casussen in opvolging.</p>
      ) : (
        <table>
          <caption>
            {props.total} {props.total === 1 ? 'casus in opvolging' : 'casussen in opvolging'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Referentie</th>
              <th scope="col">Regio</th>
              <th scope="col">Opvolgdatum</th>
              <th scope="col">Laatste opvolging</th>
              <th scope="col">Open acties</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`/opvolging/${r.caseId}`}>{r.reference}</a>
                </td>
                <td>{r.regionLabel}</td>
                <td>
                  {r.followUpDateLabel}
                  {r.followUpLate ? <strong class="flag"> (verstreken)</strong> : null}
                </td>
                <td>{r.lastFollowUpLabel}</td>
                <td>{r.openActions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/opvolging" params={{ sectie: 'lopend' }} />
    </section>
  )
}
