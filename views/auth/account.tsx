import { ErrorSummary, Field, type FieldErrors } from '../components/field'
import { RoleTable } from '../components/role-table'
import { NewPasswordFields } from './new-password'

export function AccountPage(props: {
  name: string
  email: string
  organisationName: string
  roles: { role: string; region: string }[]
  minLength: number
  errors?: FieldErrors
  changed?: boolean
}) {
  return (
    <section>
      <h1>Mijn account</h1>
      <dl class="facts">
        <dt>Naam</dt>
        <dd>{props.name}</dd>
        <dt>E-mailadres</dt>
        <dd>{props.email}</dd>
        <dt>Organisatie</dt>
        <dd>{props.organisationName}</dd>
      </dl>
      <h2>Rollen</h2>
      <RoleTable roles={props.roles} />
      <h2 id="wachtwoord">Wachtwoord wijzigen</h2>
      {props.changed ? (
        <div class="notice notice--success" role="status">
          Uw wachtwoord is gewijzigd. Uw andere sessies zijn afgemeld.
        </div>
      ) : null}
      <ErrorSummary errors={props.errors} labels={{ huidig: 'Huidig wachtwoord', nieuw: 'Nieuw wachtwoord', bevestiging: 'Bevestiging' }} />
      <form method="post" action="/account/wachtwoord" novalidate>
        <Field name="huidig" label="Huidig wachtwoord" type="password" errors={props.errors} autocomplete="current-password" required />
        <NewPasswordFields name="nieuw" minLength={props.minLength} errors={props.errors} />
        <button type="submit">Wachtwoord wijzigen</button>
      </form>
    </section>
  )
}
