import { Notice } from '../components/field'

export interface ConsultListRow {
  id: string
  reference: string
  formatLabel: string
  zittingDate: string
  tableName: string
}

/** The coordinator's work after a zitting: besprekingen to record, and reports to release. */
export function ConsultListPage(props: { toRecord: ConsultListRow[]; toRelease: ConsultListRow[]; notice?: string | undefined }) {
  return (
    <section>
      <h1>Besprekingen</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <h2>Vast te leggen</h2>
      <p class="hint">Casussen op de agenda van een zitting die vandaag of eerder plaatsvond.</p>
      <ConsultTable rows={props.toRecord} caption="Vast te leggen besprekingen" action="Bespreking vastleggen" href={(id) => `/bespreking/${id}`} />
      <h2>Verslag vrij te geven</h2>
      <p class="hint">Vastgelegd, maar de aanmelder kan het verslag nog niet lezen.</p>
      <ConsultTable rows={props.toRelease} caption="Vrij te geven verslagen" action="Verslag nakijken" href={(id) => `/verslag/${id}`} />
    </section>
  )
}

function ConsultTable(props: { rows: ConsultListRow[]; caption: string; action: string; href: (id: string) => string }) {
  if (props.rows.length === 0) return <p class="empty">Niets te doen.</p>
  return (
    <table>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Casus</th>
          <th scope="col">Formaat</th>
          <th scope="col">Zitting</th>
          <th scope="col">Tafel</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr>
            <td>
              <a href={props.href(r.id)}>
                {r.reference}
                <span class="visually-hidden"> — {props.action}</span>
              </a>
            </td>
            <td>{r.formatLabel}</td>
            <td>{r.zittingDate}</td>
            <td>{r.tableName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
