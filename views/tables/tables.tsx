import type { Option } from '../admin/users'
import { Choices, ErrorSummary, Field, type FieldErrors, Notice, Select } from '../components/field'

export interface TableItem {
  id: string
  name: string
  regionLabel: string
  location: string
  upcoming: { id: string; when: string }[]
}

/** The coordinator's overlegtafels, each with its next zittingen. */
export function TablesPage(props: { rows: TableItem[]; notice?: string | undefined }) {
  return (
    <section>
      <div class="page-head">
        <h1>Overlegtafels</h1>
        <a class="button" href="/tafels/nieuw">
          Tafel oprichten
        </a>
      </div>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.rows.length === 0 ? (
        <p class="empty">Er zijn nog geen overlegtafels in uw regio.</p>
      ) : (
        <table>
          <caption>{props.rows.length} overlegtafels</caption>
          <thead>
            <tr>
              <th scope="col">Tafel</th>
              <th scope="col">Locatie</th>
              <th scope="col">Volgende zittingen</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((t) => (
              <tr>
                <td>
                  <a href={`/tafels/${t.id}`}>{t.name}</a>
                  <div class="hint">{t.regionLabel}</div>
                </td>
                <td>{t.location}</td>
                <td>
                  {t.upcoming.length === 0 ? (
                    'geen gepland'
                  ) : (
                    <ul>
                      {t.upcoming.map((z) => (
                        <li>{z.when}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

export interface TableFormProps {
  id: string | null
  values: Record<string, string | string[]>
  errors?: FieldErrors | undefined
  message?: string | undefined
  regions: Option[]
  /** Tafelleden of the coordinator's regions; the label names organisation, sector and region. */
  candidates: Option[]
}

const LABELS = {
  regio: 'Regio',
  naam: 'Naam',
  slotduur: 'Minuten per casus',
  capaciteit: 'Casussen per zitting',
  locatie: 'Locatie',
  videolink: 'Videolink',
  leden: 'Vaste tafelleden',
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export function TableFormPage(props: TableFormProps) {
  const v = props.values
  return (
    <section class="narrow">
      <p>
        <a href={props.id ? `/tafels/${props.id}` : '/tafels'}>← {props.id ? 'Tafel' : 'Overlegtafels'}</a>
      </p>
      <h1>{props.id ? 'Tafel wijzigen' : 'Tafel oprichten'}</h1>
      <ErrorSummary errors={props.errors} labels={LABELS} message={props.message} />
      <form method="post" action={props.id ? `/tafels/${props.id}` : '/tafels'} novalidate>
        <Select name="regio" label={LABELS.regio} options={props.regions} value={one(v.regio)} errors={props.errors} placeholder="— kies —" required />
        <Field name="naam" label={LABELS.naam} value={one(v.naam)} errors={props.errors} autocomplete="off" required />
        <Field name="slotduur" label={LABELS.slotduur} hint="Standaard 45." value={one(v.slotduur)} errors={props.errors} inputmode="numeric" />
        <Field name="capaciteit" label={LABELS.capaciteit} hint="Standaard 4." value={one(v.capaciteit)} errors={props.errors} inputmode="numeric" />
        <Field name="locatie" label={LABELS.locatie} value={one(v.locatie)} errors={props.errors} autocomplete="off" required />
        <Field name="videolink" label={LABELS.videolink} hint="Begint met https://" value={one(v.videolink)} errors={props.errors} type="url" />
        <Choices
          type="checkbox"
          name="leden"
          legend={LABELS.leden}
          hint="Tafelleden van de regio van de tafel; wie hier staat, krijgt elke uitnodiging."
          options={props.candidates}
          checked={Array.isArray(v.leden) ? v.leden : v.leden ? [v.leden] : []}
          errors={props.errors}
        />
        <div class="actions">
          <button type="submit">Opslaan</button>
        </div>
      </form>
    </section>
  )
}
