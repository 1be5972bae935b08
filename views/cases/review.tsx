import type { Option } from '../admin/users'
import { ErrorSummary, type FieldErrors } from '../components/field'

export interface ReviewSegment {
  text: string
  /** Present for a detected or added span. */
  span?: { key: string; kindLabel: string }
}

export interface ReviewField {
  name: string
  label: string
  segments: ReviewSegment[]
  redacted: string
}

export interface ReviewProps {
  caseId: string
  fields: ReviewField[]
  /** Every value of the form, carried in hidden inputs: the review step stores nothing new. */
  carry: [string, string][]
  kinds: Option[]
  errors?: FieldErrors | undefined
  /** For free text other than an aanmelding: where the review posts and what it says. Defaults to the intake's. */
  target?: { action: string; intro: string; submitLabel: string; backLabel: string } | undefined
}

/**
 * The review before submitting: each free-text field with what the detector found. Unmark a false
 * detection, add what it missed, check again; only the redacted version is ever stored.
 */
export function ReviewPage(props: ReviewProps) {
  return (
    <section>
      <h1>Controleer de persoonsgegevens</h1>
      {props.target ? (
        <p>{props.target.intro}</p>
      ) : (
        <p>
          Gemarkeerde stukken worden vervangen door een aanduiding. Vink aan wat <strong>geen</strong> persoonsgegeven is, of vul aan wat nog verborgen moet
          worden, en controleer opnieuw. Pas bij indienen wordt de aanmelding bewaard zoals hieronder onder “Wordt bewaard als”.
        </p>
      )}
      <ErrorSummary errors={props.errors} labels={{}} />
      <form method="post" action={props.target?.action ?? `/aanmeldingen/${props.caseId}`} novalidate>
        {props.carry.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {props.fields.length === 0 ? <p class="empty">Deze aanmelding bevat geen vrije tekst.</p> : null}
        {props.fields.map((f) => (
          <fieldset class="section review-field">
            <legend>{f.label}</legend>
            <p class="review-text">
              {f.segments.map((s) =>
                s.span ? (
                  <span class="detected">
                    <mark class="pii" title={s.span.kindLabel}>
                      {s.text}
                    </mark>
                    <span class="choice choice--inline">
                      <input type="checkbox" name="behoud" value={s.span.key} id={`behoud-${s.span.key}`} />
                      <label for={`behoud-${s.span.key}`}>
                        geen persoonsgegeven <span class="visually-hidden">({s.span.kindLabel})</span>
                      </label>
                    </span>
                  </span>
                ) : (
                  s.text
                ),
              )}
            </p>
            <div class="inline-form">
              <label for={`verberg-${f.name}`}>Ook verbergen (exact zoals in de tekst)</label>
              <input type="text" id={`verberg-${f.name}`} name={`verberg_${f.name}`} autocomplete="off" />
              <label for={`verberg-soort-${f.name}`}>Soort</label>
              <select id={`verberg-soort-${f.name}`} name={`verberg_soort_${f.name}`}>
                {props.kinds.map((k) => (
                  <option value={k.value}>{k.label}</option>
                ))}
              </select>
            </div>
            <p class="hint">Wordt bewaard als:</p>
            <p class="prose stored">{f.redacted}</p>
          </fieldset>
        ))}
        <div class="actions">
          <button type="submit" name="actie" value="controle" class="secondary">
            Opnieuw controleren
          </button>
          <button type="submit" name="actie" value="indienen">
            {props.target?.submitLabel ?? 'Indienen'}
          </button>
          <button type="submit" name="actie" value="opslaan" class="link-button">
            {props.target?.backLabel ?? 'Terug naar het formulier'}
          </button>
        </div>
      </form>
    </section>
  )
}
