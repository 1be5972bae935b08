import { ErrorSummary, Field, type FieldErrors } from '../components/field'

export interface LoginProps {
  email?: string
  next?: string | undefined
  errors?: FieldErrors
  message?: string | undefined
}

export function LoginPage(props: LoginProps) {
  return (
    <section class="narrow">
      <h1>Aanmelden</h1>
      <p>Meld u aan met het e-mailadres en wachtwoord van uw ROTS-account.</p>
      <ErrorSummary errors={props.errors} message={props.message} labels={{ email: 'E-mailadres', wachtwoord: 'Wachtwoord' }} />
      <form method="post" action="/aanmelden" novalidate>
        {props.next ? <input type="hidden" name="volgende" value={props.next} /> : null}
        <Field name="email" label="E-mailadres" type="email" value={props.email} errors={props.errors} autocomplete="username" required />
        <Field name="wachtwoord" label="Wachtwoord" type="password" errors={props.errors} autocomplete="current-password" required />
        <button type="submit">Aanmelden</button>
      </form>
      <p class="hint">Nog geen account? U krijgt een uitnodiging van de beheerder van uw ROTS-regio.</p>
    </section>
  )
}
