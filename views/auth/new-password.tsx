import { Field, type FieldErrors } from '../components/field'

/** Choosing a password, wherever it happens: the same advice (NIST: length over composition rules) and a confirmation. */
export function NewPasswordFields(props: { name: string; minLength: number; errors?: FieldErrors | undefined }) {
  return (
    <>
      <Field
        name={props.name}
        label="Nieuw wachtwoord"
        type="password"
        hint={`Minstens ${props.minLength} tekens. Een zin van enkele woorden die alleen u kent, is sterk en goed te onthouden.`}
        errors={props.errors}
        autocomplete="new-password"
        required
      />
      <Field name="bevestiging" label="Herhaal het nieuwe wachtwoord" type="password" errors={props.errors} autocomplete="new-password" required />
    </>
  )
}
