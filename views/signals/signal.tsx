import { Notice } from '../components/field'
import { Responses, type ResponseView, SignalFacts, type SignalView } from './facts'

export interface HistoryLine {
  atLabel: string
  what: string
  who: string
}

export interface CoordinatorSignalProps {
  signal: SignalView
  bundle: { id: string; title: string } | null
  members: { id: string; title: string }[]
  cases: { id: string; reference: string }[]
  consult: { caseId: string; reference: string } | null
  responses: ResponseView[]
  history: HistoryLine[]
  can: { edit: boolean; forward: boolean; close: boolean }
  notice?: string | undefined
}

/** One signal for the region's coordinators: the signal, its cases by reference, what it rests on and what happened to it. */
export function CoordinatorSignalPage(props: CoordinatorSignalProps) {
  const s = props.signal
  return (
    <section>
      <p>
        <a href="/signalen">← Signalen</a>
      </p>
      <h1>{s.title}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.bundle ? (
        <Notice>
          Dit signaal zit in de bundel <a href={`/signalen/${props.bundle.id}`}>{props.bundle.title}</a> en gaat samen met die bundel verder.
        </Notice>
      ) : null}
      <SignalFacts signal={s} caseCount={String(props.cases.length)} />

      {props.members.length > 0 ? (
        <section aria-labelledby="gebundeld">
          <h2 id="gebundeld">Signalen in deze bundel</h2>
          <ul>
            {props.members.map((m) => (
              <li>
                <a href={`/signalen/${m.id}`}>{m.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="casussen">
        <h2 id="casussen">Gekoppelde casussen</h2>
        {props.consult ? (
          <p>
            Aangemaakt uit de bespreking van <a href={`/verslag/${props.consult.caseId}`}>{props.consult.reference}</a>.
          </p>
        ) : null}
        {props.cases.length === 0 ? (
          <p class="empty">Geen casussen gekoppeld.</p>
        ) : (
          <ul>
            {props.cases.map((c) => (
              <li>
                <a href={`/casussen/${c.id}`}>{c.reference}</a>
              </li>
            ))}
          </ul>
        )}
        <p class="hint">Analisten zien enkel het aantal (1 tot 4 als “&lt;5”), nooit de referenties.</p>
      </section>

      <Responses responses={props.responses} />

      {props.can.edit || props.can.forward || props.can.close ? (
        <section aria-labelledby="verder" class="section">
          <h2 id="verder">Verder met dit signaal</h2>
          <div class="actions">
            {props.can.forward ? (
              <a class="button" href={`/signalen/${s.id}/doorsturen`}>
                Doorsturen
              </a>
            ) : null}
            {props.can.edit ? (
              <a class="button secondary" href={`/signalen/${s.id}/bewerken`}>
                Wijzigen
              </a>
            ) : null}
            {props.can.close ? (
              <a class="button secondary" href={`/signalen/${s.id}/afsluiten`}>
                Afsluiten
              </a>
            ) : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="geschiedenis">
        <h2 id="geschiedenis">Geschiedenis</h2>
        {props.history.length === 0 ? (
          <p class="empty">Nog niets geregistreerd.</p>
        ) : (
          <ol class="thread">
            {props.history.map((h) => (
              <li>
                {h.atLabel} — {h.what}
                {h.who ? ` (${h.who})` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  )
}
