import { CaseDetails, type CaseDetailsProps } from '../cases/case-details'
import { ErrorSummary, type FieldErrors, Notice } from '../components/field'
import { RemarkForm, type RemarkItem, RemarkList } from './remarks'

export interface MemberCasePageProps {
  zittingId: string
  caseId: string
  reference: string
  /** "Overlegtafel Vlaams-Brabant, donderdag 19/03/2026 om 13:30" */
  zittingLabel: string
  back: { href: string; label: string }
  details: CaseDetailsProps
  remarks: RemarkItem[]
  canRemark: boolean
  coordinatorView: boolean
  values?: Record<string, string> | undefined
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

/** The pseudonymised file of a case on the agenda, with the participants' preparatory remarks. */
export function MemberCasePage(props: MemberCasePageProps) {
  return (
    <section>
      <p>
        <a href={props.back.href}>← {props.back.label}</a>
      </p>
      <h1>{props.reference}</h1>
      <p class="hint">{props.zittingLabel}</p>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary errors={props.errors} labels={{ opmerking: 'Opmerking' }} />
      <p>Pseudoniem dossier: de identiteit van de jongere staat er niet in, en persoonsgegevens in de tekst zijn vervangen door een aanduiding.</p>
      <CaseDetails {...props.details} />
      <section aria-labelledby="opmerkingen-titel" class="section" id="opmerkingen">
        <h2 id="opmerkingen-titel">Voorbereidende opmerkingen</h2>
        <RemarkList remarks={props.remarks} />
        {props.canRemark ? (
          <RemarkForm zittingId={props.zittingId} caseId={props.caseId} value={props.values?.opmerking} errors={props.errors} />
        ) : props.coordinatorView ? (
          <p class="hint">Enkel de deelnemers aan de zitting plaatsen opmerkingen.</p>
        ) : (
          <p class="hint">Opmerkingen kunnen tot en met de dag van de zitting.</p>
        )}
      </section>
    </section>
  )
}
