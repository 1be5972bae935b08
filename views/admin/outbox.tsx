import { Notice } from '../components/field'
import { Pager } from '../components/pager'
import { formatDateTime } from '../format'

export interface OutboxItem {
  id: string
  to: string
  subject: string
  statusLabel: string
  failed: boolean
  attempts: number
  lastError: string | null
  createdAt: Date
  sentAt: Date | null
}

/** Delivery overview: failures must be visible to someone who can act on them. */
export function OutboxPage(props: { rows: OutboxItem[]; page: number; pageSize: number; total: number; sender: string; notice?: string | undefined }) {
  return (
    <section>
      <h1>Uitgaande e-mail</h1>
      <p>
        Verzendwijze: {props.sender}. Mislukte berichten worden automatisch opnieuw geprobeerd; na de laatste poging kunt u ze hier opnieuw in de wachtrij
        zetten.
      </p>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.rows.length === 0 ? (
        <p class="empty">Er zijn nog geen e-mails verstuurd.</p>
      ) : (
        <table>
          <caption>
            {props.total} {props.total === 1 ? 'bericht' : 'berichten'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Aangemaakt</th>
              <th scope="col">Aan</th>
              <th scope="col">Onderwerp</th>
              <th scope="col">Status</th>
              <th scope="col">Pogingen</th>
              <th scope="col">
                <span class="visually-hidden">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((m) => (
              <tr>
                <td>{formatDateTime(m.createdAt)}</td>
                <td>{m.to}</td>
                <td>{m.subject}</td>
                <td>
                  {m.statusLabel}
                  {m.sentAt ? ` (${formatDateTime(m.sentAt)})` : ''}
                  {m.lastError ? <div class="hint">Laatste fout: {m.lastError}</div> : null}
                </td>
                <td>{m.attempts}</td>
                <td>
                  {m.failed ? (
                    <form method="post" action={`/beheer/e-mail/${m.id}/opnieuw`}>
                      <button type="submit" class="link-button">
                        Opnieuw proberen
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/beheer/e-mail" />
    </section>
  )
}
