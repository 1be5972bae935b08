import { ErrorSummary, Field, type FieldErrors, Notice, Select } from '../components/field'
import type { Option } from './users'

export interface OrganisationItem {
  id: string
  name: string
  sectorLabel: string
  regionLabel: string
  userCount: number
}

export interface OrganisationFormProps {
  values: Record<string, string>
  errors?: FieldErrors | undefined
  sectors: Option[]
  regions: Option[]
  administrations: Option[]
}

const LABELS = { naam: 'Naam', sector: 'Sector', regio: 'Regio', bestuur: 'Bestuur (voor analisten)' }

export function OrganisationsPage(props: { rows: OrganisationItem[]; form: OrganisationFormProps; notice?: string | undefined }) {
  return (
    <section>
      <h1>Organisaties</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.rows.length === 0 ? (
        <p class="empty">Er zijn nog geen organisaties. Voeg er hieronder een toe.</p>
      ) : (
        <table>
          <caption>
            {props.rows.length} {props.rows.length === 1 ? 'organisatie' : 'organisaties'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Sector</th>
              <th scope="col">Regio</th>
              <th scope="col">Gebruikers</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((o) => (
              <tr>
                <td>
                  <a href={`/beheer/organisaties/${o.id}`}>{o.name}</a>
                </td>
                <td>{o.sectorLabel}</td>
                <td>{o.regionLabel}</td>
                <td>{o.userCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="nieuw">Organisatie toevoegen</h2>
      <OrganisationForm action="/beheer/organisaties" submit="Toevoegen" {...props.form} />
    </section>
  )
}

export function EditOrganisationPage(props: { id: string; form: OrganisationFormProps }) {
  return (
    <section class="narrow">
      <p>
        <a href="/beheer/organisaties">← Organisaties</a>
      </p>
      <h1>Organisatie wijzigen</h1>
      <OrganisationForm action={`/beheer/organisaties/${props.id}`} submit="Opslaan" {...props.form} />
    </section>
  )
}

function OrganisationForm(props: OrganisationFormProps & { action: string; submit: string }) {
  return (
    <form method="post" action={props.action} novalidate>
      <ErrorSummary errors={props.errors} labels={LABELS} />
      <Field name="naam" label={LABELS.naam} value={props.values.naam} errors={props.errors} autocomplete="off" required />
      <Select name="sector" label={LABELS.sector} options={props.sectors} value={props.values.sector} errors={props.errors} placeholder="— kies —" required />
      <Select
        name="regio"
        label="Regio (leeg voor Vlaanderen-breed)"
        options={props.regions}
        value={props.values.regio}
        errors={props.errors}
        placeholder="Vlaanderen-breed"
      />
      <Select
        name="bestuur"
        label={LABELS.bestuur}
        options={props.administrations}
        value={props.values.bestuur}
        errors={props.errors}
        placeholder="Geen (geen analisten)"
      />
      <button type="submit">{props.submit}</button>
    </form>
  )
}
