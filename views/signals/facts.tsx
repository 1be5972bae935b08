import { RedactedText } from '../cases/redacted'

export interface SignalView {
  id: string
  title: string
  description: string
  regionLabel: string
  levelLabel: string
  statusLabel: string
  themesLabel: string
  addresseesLabel: string
  createdLabel: string
  forwardedLabel: string | null
  closedLabel: string | null
}

export interface ResponseView {
  addresseeLabel: string
  authorName: string
  atLabel: string
  text: string
}

/** The signal itself, as both coordinators and analists read it. */
export function SignalFacts(props: { signal: SignalView; caseCount: string }) {
  const s = props.signal
  return (
    <>
      <dl class="facts">
        <dt>Status</dt>
        <dd>{s.statusLabel}</dd>
        <dt>Regio</dt>
        <dd>{s.regionLabel}</dd>
        <dt>Niveau</dt>
        <dd>{s.levelLabel}</dd>
        <dt>Thema’s</dt>
        <dd>{s.themesLabel}</dd>
        <dt>Bestemmelingen</dt>
        <dd>{s.addresseesLabel}</dd>
        <dt>Gekoppelde casussen</dt>
        <dd>{props.caseCount}</dd>
        <dt>Aangemaakt</dt>
        <dd>{s.createdLabel}</dd>
        {s.forwardedLabel ? (
          <>
            <dt>Doorgestuurd</dt>
            <dd>{s.forwardedLabel}</dd>
          </>
        ) : null}
        {s.closedLabel ? (
          <>
            <dt>Afgesloten</dt>
            <dd>{s.closedLabel}</dd>
          </>
        ) : null}
      </dl>
      <h2>Beschrijving</h2>
      <p class="prose">
        <RedactedText text={s.description} />
      </p>
    </>
  )
}

export function Responses(props: { responses: ResponseView[] }) {
  return (
    <section aria-labelledby="antwoorden">
      <h2 id="antwoorden">Antwoorden van de overheid</h2>
      {props.responses.length === 0 ? (
        <p class="empty">Nog geen antwoord.</p>
      ) : (
        <ol class="thread">
          {props.responses.map((r) => (
            <li>
              <p class="hint">
                {r.addresseeLabel} · {r.authorName} · {r.atLabel}
              </p>
              <p class="prose">
                <RedactedText text={r.text} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
