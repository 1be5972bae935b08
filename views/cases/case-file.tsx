import { ErrorSummary, type FieldErrors, Notice, TextArea } from '../components/field'
import { CaseDetails, type CaseDetailsProps } from './case-details'

export interface CaseFileProps {
  caseId: string
  reference: string
  details: CaseDetailsProps
  repeat: string | null
  repeatWithinYear: boolean
  canRequestInfo: boolean
  errors?: FieldErrors | undefined
  values?: Record<string, string>
  notice?: string | undefined
}

/** The coordinator's pseudonymised case file. */
export function CaseFilePage(props: CaseFileProps) {
  return (
    <section>
      <p>
        <a href="/triage">← Triage</a>
      </p>
      <h1>{props.reference}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.repeat ? (
        <div class={props.repeatWithinYear ? 'notice notice--warning' : 'notice'} role="status">
          {props.repeat}
          {props.repeatWithinYear ? ' — opnieuw aangemeld binnen 12 maanden.' : ''}
        </div>
      ) : null}
      <CaseDetails {...props.details} />
      {props.canRequestInfo ? (
        <section aria-labelledby="info-titel">
          <h2 id="info-titel">Bijkomende informatie vragen</h2>
          <ErrorSummary errors={props.errors} labels={{ vraag: 'Vraag' }} />
          <form method="post" action={`/casussen/${props.caseId}/info-vragen`} novalidate>
            <TextArea
              name="vraag"
              label="Wat wilt u weten?"
              hint="Noem geen namen: de vraag wordt ook ontdaan van persoonsgegevens."
              value={props.values?.vraag}
              errors={props.errors}
              required
              rows={4}
            />
            <button type="submit">Vraag versturen</button>
          </form>
        </section>
      ) : null}
    </section>
  )
}
