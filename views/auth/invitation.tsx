import { ErrorSummary, type FieldErrors } from '../components/field'
import { NewPasswordFields } from './new-password'

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
        <NewPasswordFields name="wachtwoord" minLength={props.minLength} errors={props.errors} />
        <button type="submit">Account activeren</button>
      </form>
    </section>
  )
}

/** A used, expired or mangled link: no detail on which, so a link says nothing about the account. */
export function InvitationUnavailablePage() {
  return (
    <section class="narrow">
      <h1>Deze uitnodiging werkt niet meer</h1>
      <p>De link is al gebruikt, vervallen of niet volledig. Vraag de beheerder van uw regio om een nieuwe uitnodiging.</p>
      <p>
        <a href="/aanmelden">Naar aanmelden</a>
      </p>
    </section>
  )
}
