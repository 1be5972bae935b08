import { Choices, ErrorSummary, type FieldErrors, Notice, Select, TextArea } from '../components/field'

interface Option {
  value: string
  label: string
}

export interface ActionView {
  id: string
  number: number
  description: string
  ownerLabel: string
  dueDateLabel: string
  overdue: boolean
  status: string
  statusLabel: string
  statusNote: string | null
}

export interface HistoryView {
  atLabel: string
  authorName: string
  outcomeLabel: string
  note: string | null
}

export interface FollowUpPageProps {
  caseId: string
  reference: string
  /** Why there is no form (closed, back in the queue, not discussed yet); null when there is one. */
  state: string | null
  followUpDateLabel: string | null
  actions: ActionView[]
  history: HistoryView[]
  outcomes: Option[]
  actionStatuses: Option[]
  can: { record: boolean; close: boolean; requeue: boolean }
  values?: Record<string, string | string[]> | undefined
  errors?: FieldErrors | undefined
  message?: string | undefined
  notice?: string | undefined
}

const text = (values: FollowUpPageProps['values'], name: string) => {
  const v = values?.[name]
  return typeof v === 'string' ? v : undefined
}

/** One case's follow-up: the form for the outcome and each action's status, and what was reported before. */
export function FollowUpPage(props: FollowUpPageProps) {
  const labels: Record<string, string> = { uitkomst: 'Uitkomst', notitie: 'Toelichting' }
  for (const a of props.actions) {
    labels[`status_${a.id}`] = `Actie ${a.number}`
    labels[`toelichting_${a.id}`] = `Toelichting bij actie ${a.number}`
  }
  return (
    <section>
      <p>
        <a href="/opvolging">← Opvolging</a>
      </p>
      <h1>Opvolging {props.reference}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.state ? <Notice>{props.state}</Notice> : null}
      <ErrorSummary errors={props.errors} labels={labels} message={props.message} />
      {props.followUpDateLabel ? (
        <p>
          Afgesproken opvolgdatum: <strong>{props.followUpDateLabel}</strong>
        </p>
      ) : null}
      {props.can.record ? <RecordForm {...props} /> : <ActionTable actions={props.actions} />}
      {props.can.close || props.can.requeue ? (
        <section aria-labelledby="afronden-titel" class="section">
          <h2 id="afronden-titel">Afronden</h2>
          <ul>
            {props.can.close ? (
              <li>
                <a href={`/opvolging/${props.caseId}/afsluiten`}>Casus afsluiten</a>
              </li>
            ) : null}
            {props.can.requeue ? (
              <li>
                <a href={`/opvolging/${props.caseId}/opnieuw-bespreken`}>Opnieuw op de wachtrij voor een nieuwe bespreking</a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : props.can.record ? (
        <p class="hint">Na het registreren van de opvolging kunt u de casus hier afsluiten.</p>
      ) : null}
      <History items={props.history} />
    </section>
  )
}

function RecordForm(props: FollowUpPageProps) {
  return (
    <form method="post" action={`/opvolging/${props.caseId}`} novalidate>
      {props.actions.length > 0 ? (
        <section aria-labelledby="acties-titel">
          <h2 id="acties-titel">Afgesproken acties</h2>
          {props.actions.map((a) => (
            <fieldset class="row">
              <legend>Actie {a.number}</legend>
              <p>{a.description}</p>
              <dl class="facts">
                <dt>Wie</dt>
                <dd>{a.ownerLabel}</dd>
                <dt>Uiterlijk</dt>
                <dd>
                  {a.dueDateLabel}
                  {a.overdue && a.status === 'open' ? <strong class="flag"> (verstreken)</strong> : null}
                </dd>
                {a.statusNote ? (
                  <>
                    <dt>Vorige toelichting</dt>
                    <dd>{a.statusNote}</dd>
                  </>
                ) : null}
              </dl>
              <Choices
                type="radio"
                name={`status_${a.id}`}
                legend={`Hoe staat actie ${a.number}?`}
                options={props.actionStatuses}
                checked={[text(props.values, `status_${a.id}`) ?? a.status]}
                errors={props.errors}
                required
              />
              <TextArea
                name={`toelichting_${a.id}`}
                label={`Toelichting bij actie ${a.number}`}
                hint="Vooral als de actie niet uitgevoerd is: waarom niet? Noem geen namen. Leeg laten behoudt de vorige toelichting."
                value={text(props.values, `toelichting_${a.id}`)}
                errors={props.errors}
                rows={2}
              />
            </fieldset>
          ))}
        </section>
      ) : (
        <p>Op de bespreking werden geen acties afgesproken.</p>
      )}
      <h2>Uitkomst</h2>
      <Select
        name="uitkomst"
        label="Hoe gaat het nu met de jongere?"
        options={props.outcomes}
        value={text(props.values, 'uitkomst')}
        errors={props.errors}
        placeholder="— kies —"
        required
      />
      <TextArea
        name="notitie"
        label="Toelichting"
        hint="Wat is er sinds de bespreking gebeurd? Noem geen namen: de tekst wordt ontdaan van persoonsgegevens voor ze bewaard wordt."
        value={text(props.values, 'notitie')}
        errors={props.errors}
        rows={4}
      />
      <button type="submit">Opvolging bewaren</button>
    </form>
  )
}

function ActionTable(props: { actions: ActionView[] }) {
  if (props.actions.length === 0) return null
  return (
    <table>
      <caption>Afgesproken acties</caption>
      <thead>
        <tr>
          <th scope="col">Actie</th>
          <th scope="col">Wie</th>
          <th scope="col">Uiterlijk</th>
          <th scope="col">Stand</th>
        </tr>
      </thead>
      <tbody>
        {props.actions.map((a) => (
          <tr>
            <td>
              {a.number}. {a.description}
            </td>
            <td>{a.ownerLabel}</td>
            <td>{a.dueDateLabel}</td>
            <td>
              {a.statusLabel}
              {a.statusNote ? <p class="hint">{a.statusNote}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function History(props: { items: HistoryView[] }) {
  return (
    <section aria-labelledby="historiek-titel">
      <h2 id="historiek-titel">Eerdere opvolging</h2>
      {props.items.length === 0 ? (
        <p class="empty">Er is nog geen opvolging geregistreerd.</p>
      ) : (
        <ol class="thread">
          {props.items.map((h) => (
            <li>
              <p>
                <strong>{h.outcomeLabel}</strong> — {h.atLabel}, {h.authorName}
              </p>
              {h.note ? <p>{h.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
