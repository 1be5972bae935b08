import { ErrorSummary, Field, type FieldErrors, TextArea } from '../components/field'

export interface ZittingFormProps {
  id: string
  tableId: string
  tableName: string
  values: Record<string, string>
  errors?: FieldErrors | undefined
}

const LABELS = { datum: 'Datum', begin: 'Begin', einde: 'Einde', locatie: 'Locatie', reden: 'Reden' }

export function ZittingFormPage(props: ZittingFormProps) {
  const v = props.values
  return (
    <section class="narrow">
      <p>
        <a href={`/tafels/${props.tableId}`}>← {props.tableName}</a>
      </p>
      <h1>Zitting wijzigen</h1>
      <p>De tafelleden krijgen een bijgewerkt agenda-item.</p>
      <ErrorSummary errors={props.errors} labels={LABELS} />
      <form method="post" action={`/tafels/zittingen/${props.id}`} novalidate>
        <Field name="datum" label={LABELS.datum} type="date" value={v.datum} errors={props.errors} required />
        <Field name="begin" label={LABELS.begin} type="time" value={v.begin} errors={props.errors} required />
        <Field name="einde" label={LABELS.einde} type="time" value={v.einde} errors={props.errors} required />
        <Field name="locatie" label={LABELS.locatie} hint="Leeg: de locatie van de tafel." value={v.locatie} errors={props.errors} />
        <div class="actions">
          <button type="submit">Opslaan</button>
          <a class="button danger" href={`/tafels/zittingen/${props.id}/annuleren`}>
            Annuleren…
          </a>
        </div>
      </form>
    </section>
  )
}

/** The confirmation step of a cancellation, with the reason the members will read. */
export function CancelZittingPage(props: { id: string; tableId: string; when: string; values: Record<string, string>; errors?: FieldErrors | undefined }) {
  return (
    <section class="narrow">
      <h1>Zitting van {props.when} annuleren?</h1>
      <p>De tafelleden krijgen een annulering met uw reden. Schrijf geen namen of andere gegevens van jongeren.</p>
      <ErrorSummary errors={props.errors} labels={LABELS} />
      <form method="post" action={`/tafels/zittingen/${props.id}/annuleren`} novalidate>
        <TextArea name="reden" label={LABELS.reden} value={props.values.reden} errors={props.errors} rows={3} required />
        <div class="actions">
          <button type="submit" class="danger">
            Ja, annuleren
          </button>
          <a href={`/tafels/${props.tableId}`}>Terug</a>
        </div>
      </form>
    </section>
  )
}
