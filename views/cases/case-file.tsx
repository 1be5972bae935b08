import { Choices, ErrorSummary, type FieldErrors, Notice, TextArea } from '../components/field'
import { CaseDetails, type CaseDetailsProps } from './case-details'

export interface CaseFileProps {
  caseId: string
  reference: string
  details: CaseDetailsProps
  repeat: string | null
  repeatWithinYear: boolean
  canRequestInfo: boolean
  canAccept: boolean
  canRedirect: boolean
  formats: { value: string; label: string }[]
  /** The referrer's proposal, preselected. */
  proposedFormat: string | null
  errors?: FieldErrors | undefined
  values?: Record<string, string>
  notice?: string | undefined
  /** The bespreking's pages for this case: record, report, follow-up. */
  links?: { href: string; label: string }[]
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
      <ErrorSummary errors={props.errors} labels={{ vraag: 'Vraag', formaat: 'Formaat', reden: 'Reden' }} />
      {props.repeat ? (
        <div class={props.repeatWithinYear ? 'notice notice--warning' : 'notice'} role="status">
          {props.repeat}
          {props.repeatWithinYear ? ' — opnieuw aangemeld binnen 12 maanden.' : ''}
        </div>
      ) : null}
      {props.links?.length ? (
        <div class="actions">
          {props.links.map((l) => (
            <a class="button" href={l.href}>
              {l.label}
            </a>
          ))}
        </div>
      ) : null}
      <CaseDetails {...props.details} />
      {props.canAccept ? (
        <section aria-labelledby="aanvaarden-titel" class="section">
          <h2 id="aanvaarden-titel">Aanvaarden</h2>
          <p>Toets de voorwaarden hierboven. De casus gaat naar de wachtrij van de regio, in het gekozen formaat.</p>
          <form method="post" action={`/casussen/${props.caseId}/aanvaarden`} novalidate>
            <Choices
              type="radio"
              name="formaat"
              legend="Formaat"
              options={props.formats}
              checked={[props.values?.formaat ?? props.proposedFormat ?? '']}
              errors={props.errors}
              required
            />
            <button type="submit">Aanvaarden</button>
          </form>
        </section>
      ) : null}
      {props.canRedirect ? (
        <section aria-labelledby="doorverwijzen-titel" class="section">
          <h2 id="doorverwijzen-titel">Doorverwijzen</h2>
          <form method="post" action={`/casussen/${props.caseId}/doorverwijzen`} novalidate>
            <TextArea
              name="reden"
              label="Waarom hoort de casus niet op het ROTS, en waar kan de aanmelder terecht?"
              hint="De aanmelder leest dit advies. Noem geen namen: ook deze tekst wordt ontdaan van persoonsgegevens."
              value={props.values?.reden}
              errors={props.errors}
              required
              rows={4}
            />
            <button type="submit" class="secondary">
              Doorverwijzen
            </button>
          </form>
        </section>
      ) : null}
      {props.canRequestInfo ? (
        <section aria-labelledby="info-titel">
          <h2 id="info-titel">Bijkomende informatie vragen</h2>
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
