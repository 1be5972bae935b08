import { ErrorSummary, type FieldErrors, Select, TextArea } from '../components/field'

export interface ClosePageProps {
  caseId: string
  reference: string
  reasons: { value: string; label: string }[]
  values?: Record<string, string | string[]> | undefined
  errors?: FieldErrors | undefined
}

/** The confirmation step before a case is closed: closing is final, so it asks why and asks once more. */
export function ClosePage(props: ClosePageProps) {
  const value = (name: string) => (typeof props.values?.[name] === 'string' ? (props.values[name] as string) : undefined)
  const back = `/opvolging/${props.caseId}`
  return (
    <section class="narrow">
      <h1>{props.reference} afsluiten?</h1>
      <ErrorSummary errors={props.errors} labels={{ reden: 'Reden', notitie: 'Toelichting' }} />
      <p>Een afgesloten casus kan niet meer opgevolgd of opnieuw besproken worden. Wie de casus mee opvolgt, krijgt bericht.</p>
      <form method="post" action={`${back}/afsluiten`} novalidate>
        <Select
          name="reden"
          label="Waarom sluit u de casus af?"
          options={props.reasons}
          value={value('reden')}
          errors={props.errors}
          placeholder="— kies —"
          required
        />
        <TextArea
          name="notitie"
          label="Toelichting"
          hint="Niet verplicht. Noem geen namen: de tekst wordt ontdaan van persoonsgegevens voor ze bewaard wordt."
          value={value('notitie')}
          errors={props.errors}
          rows={3}
        />
        <div class="actions">
          <button type="submit" class="danger">
            Ja, casus afsluiten
          </button>
          <a href={back}>Annuleren</a>
        </div>
      </form>
    </section>
  )
}
