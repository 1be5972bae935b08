import { ErrorSummary, Field, type FieldErrors } from '../components/field'

const hint = (minLength: number) => `Minstens ${minLength} tekens. Een zin van enkele woorden die alleen u kent, is sterk en goed te onthouden.`

/** Accepting an invitation: the invitee chooses their password. */
export function AcceptInvitationPage(props: { token: string; name: string; email: string; minLength: number; errors?: FieldErrors }) {
  return (
    <section class="narrow">
      <h1>Welkom bij ROTS casuïstiek</h1>
      <p>
        U bent uitgenodigd als <strong>{props.name}</strong> ({props.email}). Kies een wachtwoord om uw account te activeren.
      </p>
      <ErrorSummary errors={props.errors} labels={{ wachtwoord: 'Wachtwoord', bevestiging: 'Bevestiging' }} />
      <form method="post" action={`/uitnodiging/${props.token}`} novalidate>
        <Field
          name="wachtwoord"
          label="Nieuw wachtwoord"
          type="password"
          hint={hint(props.minLength)}
          errors={props.errors}
          autocomplete="new-password"
          required
        />
        <Field name="bevestiging" label="Herhaal het wachtwoord" type="password" errors={props.errors} autocomplete="new-password" required />
        <button type="submit">Account activeren</button>
      </form>
    </section>
  )
}

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
        <Field name="nieuw" label="Nieuw wachtwoord" type="password" hint={hint(props.minLength)} errors={props.errors} autocomplete="new-password" required />
        <Field name="bevestiging" label="Herhaal het nieuwe wachtwoord" type="password" errors={props.errors} autocomplete="new-password" required />
        <button type="submit">Wachtwoord wijzigen</button>
      </form>
    </section>
  )
}

export function RoleTable(props: { roles: { role: string; region: string }[] }) {
  if (props.roles.length === 0) return <p>Nog geen rollen toegekend. Vraag de beheerder van uw regio om toegang.</p>
  return (
    <table>
      <caption class="visually-hidden">Rollen per regio</caption>
      <thead>
        <tr>
          <th scope="col">Rol</th>
          <th scope="col">Regio</th>
        </tr>
      </thead>
      <tbody>
        {props.roles.map((r) => (
          <tr>
            <td>{r.role}</td>
            <td>{r.region}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
