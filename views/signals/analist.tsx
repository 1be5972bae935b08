import type { Option } from '../admin/users'
import { RedactedText } from '../cases/redacted'
import { ErrorSummary, type FieldErrors, Notice, Select, TextArea } from '../components/field'
import { Pager } from '../components/pager'
import { Responses, type ResponseView, SignalFacts, type SignalView } from './facts'

export interface ForwardedRowView {
  id: string
  title: string
  regionLabel: string
  levelLabel: string
  statusLabel: string
  themesLabel: string
  forwardedLabel: string
  answered: boolean
}

export interface AnalistSignalsProps {
  /** The administration's name; null when the user's organisation answers for none. */
  administrationLabel: string | null
  perRegion: { regionLabel: string; total: number; open: number }[]
  rows: ForwardedRowView[]
  page: number
  pageSize: number
  total: number
  filter: Record<string, string>
  regions: Option[]
  statuses: Option[]
}

/** The analist's view: signals forwarded to their administration, for all of Flanders or one region. */
export function AnalistSignalsPage(props: AnalistSignalsProps) {
  if (!props.administrationLabel)
    return (
      <section>
        <h1>Signalen</h1>
        <Notice kind="warning">
          Uw organisatie is nog aan geen bestuur gekoppeld, daarom ziet u geen signalen. Vraag de beheerder om het bestuur van uw organisatie in te stellen.
        </Notice>
      </section>
    )
  return (
    <section>
      <h1>Signalen aan {props.administrationLabel}</h1>
      <p>Structurele signalen die de ROTS-regio’s aan uw bestuur doorstuurden. Hier registreert u het antwoord van de overheid.</p>
      {props.perRegion.length > 0 ? (
        <table>
          <caption>Per regio</caption>
          <thead>
            <tr>
              <th scope="col">Regio</th>
              <th scope="col">Doorgestuurd</th>
              <th scope="col">Nog zonder antwoord</th>
            </tr>
          </thead>
          <tbody>
            {props.perRegion.map((r) => (
              <tr>
                <td>{r.regionLabel}</td>
                <td>{r.total}</td>
                <td>{r.open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <search>
        <form method="get" action="/signalen" class="filters">
          <Select name="regio" label="Regio" options={props.regions} value={props.filter.regio} placeholder="Heel Vlaanderen" />
          <Select name="status" label="Status" options={props.statuses} value={props.filter.status} placeholder="Alle statussen" />
          <button type="submit" class="secondary">
            Filteren
          </button>
        </form>
      </search>
      {props.rows.length === 0 ? (
        <p class="empty">
          {props.filter.regio || props.filter.status ? 'Geen signalen die aan deze filters voldoen.' : 'Er zijn nog geen signalen aan uw bestuur doorgestuurd.'}
        </p>
      ) : (
        <table>
          <caption>
            {props.total} {props.total === 1 ? 'signaal' : 'signalen'}, laatst doorgestuurd eerst
          </caption>
          <thead>
            <tr>
              <th scope="col">Signaal</th>
              <th scope="col">Regio</th>
              <th scope="col">Niveau</th>
              <th scope="col">Thema’s</th>
              <th scope="col">Doorgestuurd</th>
              <th scope="col">Status</th>
              <th scope="col">Uw antwoord</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`/signalen/${r.id}`}>{r.title}</a>
                </td>
                <td>{r.regionLabel}</td>
                <td>{r.levelLabel}</td>
                <td>{r.themesLabel}</td>
                <td>{r.forwardedLabel}</td>
                <td>{r.statusLabel}</td>
                <td>{r.answered ? 'Geregistreerd' : 'Nog niet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/signalen" params={props.filter} />
    </section>
  )
}

export interface AnalistSignalProps {
  signal: SignalView
  /** Already suppressed ("<5" for 1 to 4). */
  caseCount: string
  members: { title: string; description: string }[]
  responses: ResponseView[]
  canRespond: boolean
  administrationLabel: string
  values?: Record<string, string | string[]> | undefined
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

/** One forwarded signal for an analist: the signal and the responses, nothing about the cases but how many. */
export function AnalistSignalPage(props: AnalistSignalProps) {
  const answer = typeof props.values?.antwoord === 'string' ? props.values.antwoord : undefined
  return (
    <section>
      <p>
        <a href="/signalen">← Signalen</a>
      </p>
      <h1>{props.signal.title}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <SignalFacts signal={props.signal} caseCount={props.caseCount} />
      {props.members.length > 0 ? (
        <section aria-labelledby="gebundeld">
          <h2 id="gebundeld">Gebundelde signalen</h2>
          {props.members.map((m) => (
            <article class="section">
              <h3>{m.title}</h3>
              <p class="prose">
                <RedactedText text={m.description} />
              </p>
            </article>
          ))}
        </section>
      ) : null}
      <Responses responses={props.responses} />
      {props.canRespond ? (
        <section aria-labelledby="antwoord-titel" class="section">
          <h2 id="antwoord-titel">Antwoord van {props.administrationLabel} registreren</h2>
          <form method="post" action={`/signalen/${props.signal.id}/antwoord`} novalidate>
            <ErrorSummary errors={props.errors} labels={{ antwoord: 'Antwoord' }} />
            <TextArea
              name="antwoord"
              label="Antwoord"
              hint="Wat doet de overheid met dit signaal? Persoonsgegevens worden uit de tekst verwijderd voor hij bewaard wordt."
              value={answer}
              errors={props.errors}
              rows={6}
              required
            />
            <button type="submit">Antwoord registreren</button>
          </form>
        </section>
      ) : null}
    </section>
  )
}
