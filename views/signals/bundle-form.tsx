import type { Option } from '../admin/users'
import { Choices, ErrorSummary, Field, type FieldErrors, Select, TextArea } from '../components/field'
import { many, one, SIGNAL_FIELD_LABELS } from './signal-form'

export interface BundleFormProps {
  /** Only when the coordinator keeps the register of more than one region. */
  regions: Option[]
  region: string | null
  candidates: Option[]
  levels: Option[]
  values: Record<string, string | string[]>
  errors?: FieldErrors | undefined
  message?: string | undefined
}

/**
 * Similar new signals of one region become one bundle. The bundle gets the themes, addressees and
 * cases of the signals in it; the coordinator words the common problem.
 */
export function BundleFormPage(props: BundleFormProps) {
  const v = props.values
  return (
    <section>
      <p>
        <a href="/signalen">← Signalen</a>
      </p>
      <h1>Signalen bundelen</h1>
      <p>
        Kies minstens twee nieuwe signalen over hetzelfde probleem. Ze worden samen één bundel, die u daarna als geheel doorstuurt. De bundel krijgt de thema’s,
        bestemmelingen en casussen van de gekozen signalen.
      </p>
      {props.regions.length > 1 ? (
        <search>
          <form method="get" action="/signalen/bundelen" class="filters">
            <Select name="regio" label="Regio" options={props.regions} value={props.region ?? undefined} placeholder="— kies —" />
            <button type="submit" class="secondary">
              Signalen tonen
            </button>
          </form>
        </search>
      ) : null}
      {props.region === null ? (
        <p class="empty">Kies eerst de regio waarvan u signalen wilt bundelen.</p>
      ) : props.candidates.length < 2 ? (
        <p class="empty">Er zijn minder dan twee nieuwe signalen in deze regio: bundelen kan vanaf twee.</p>
      ) : (
        <form method="post" action="/signalen/bundelen" novalidate>
          <ErrorSummary errors={props.errors} labels={SIGNAL_FIELD_LABELS} message={props.message} />
          <input type="hidden" name="regio" value={props.region} />
          <Choices
            type="checkbox"
            name="signalen"
            legend="Welke signalen bundelt u?"
            options={props.candidates}
            checked={many(v.signalen)}
            errors={props.errors}
            required
          />
          <Field name="titel" label="Titel van de bundel" value={one(v.titel)} errors={props.errors} required />
          <TextArea
            name="beschrijving"
            label="Beschrijving van het gemeenschappelijke probleem"
            hint="Noem geen namen: de tekst wordt ontdaan van persoonsgegevens voor ze bewaard wordt, en u ziet eerst wat verborgen wordt."
            value={one(v.beschrijving)}
            errors={props.errors}
            rows={8}
            required
          />
          <Choices type="radio" name="niveau" legend="Niveau" options={props.levels} checked={many(v.niveau)} errors={props.errors} required />
          <div class="actions">
            <button type="submit" name="actie" value="controle">
              Controleren en bundelen…
            </button>
            <a href="/signalen">Annuleren</a>
          </div>
        </form>
      )}
    </section>
  )
}
