import { Pager } from '../components/pager'
import { formatDateTime } from '../format'

export interface AuditItem {
  seq: number
  at: Date
  actor: string
  action: string
  object: string
  ip: string
  details: string
}

export type ChainStatus = { ok: true; entries: number } | { ok: false; seq: number; reason: string } | null

export function AuditPage(props: { rows: AuditItem[]; page: number; pageSize: number; total: number; chain: ChainStatus }) {
  return (
    <section>
      <div class="page-head">
        <h1>Auditlog</h1>
        <form method="get" action="/beheer/audit">
          <input type="hidden" name="controle" value="1" />
          <button type="submit" class="secondary">
            Keten controleren
          </button>
        </form>
      </div>
      <p>Elke registratie bevat de hash van de vorige; een gewijzigde of verwijderde registratie breekt de keten.</p>
      {props.chain ? (
        props.chain.ok ? (
          <div class="notice notice--success" role="status">
            De keten is intact ({props.chain.entries} registraties gecontroleerd).
          </div>
        ) : (
          <div class="error-summary" role="alert">
            <h2>De keten is verbroken</h2>
            <p>
              Registratie {props.chain.seq}: {props.chain.reason}.
            </p>
          </div>
        )
      ) : null}
      {props.rows.length === 0 ? (
        <p class="empty">Nog geen registraties.</p>
      ) : (
        <table>
          <caption>{props.total} registraties, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Tijdstip</th>
              <th scope="col">Wie</th>
              <th scope="col">Actie</th>
              <th scope="col">Object</th>
              <th scope="col">Vanaf</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>{r.seq}</td>
                <td>{formatDateTime(r.at)}</td>
                <td>{r.actor}</td>
                <td>{r.action}</td>
                <td>{r.object}</td>
                <td>{r.ip}</td>
                <td>{r.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/beheer/audit" />
    </section>
  )
}
