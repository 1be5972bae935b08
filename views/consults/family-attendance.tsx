import { Choices, ErrorSummary, type FieldErrors, Notice } from '../components/field'

export interface FamilyAttendanceProps {
  caseId: string
  reference: string
  dayLabel: string
  values: { jongere: string; ouders: string }
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

const ANSWERS = [
  { value: 'ja', label: 'Ja, komt' },
  { value: 'nee', label: 'Nee, komt niet' },
  { value: 'onbekend', label: 'Nog niet bekend' },
]

/** The referrer tells the coordinator whether the young person and the parents will come to the overlegtafel. */
export function FamilyAttendancePage(props: FamilyAttendanceProps) {
  return (
    <section class="narrow">
      <p>
        <a href={`/aanmeldingen/${props.caseId}`}>← {props.reference}</a>
      </p>
      <h1>Komen de jongere en de ouders?</h1>
      <p>
        De overlegtafel voor {props.reference} is op {props.dayLabel}. Laat de coördinator weten wie er komt; u kunt dit aanpassen tot de zitting.
      </p>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary errors={props.errors} labels={{ jongere: 'De jongere', ouders: 'De ouders' }} />
      <form method="post" action={`/verslag/${props.caseId}/aanwezigheid`} novalidate>
        <Choices type="radio" name="jongere" legend="Komt de jongere?" options={ANSWERS} checked={[props.values.jongere]} errors={props.errors} required />
        <Choices type="radio" name="ouders" legend="Komen de ouders?" options={ANSWERS} checked={[props.values.ouders]} errors={props.errors} required />
        <div class="actions">
          <button type="submit">Doorgeven</button>
        </div>
      </form>
    </section>
  )
}
