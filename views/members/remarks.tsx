import { RedactedText } from '../cases/redacted'
import type { FieldErrors } from '../components/field'
import { TextArea } from '../components/field'
import { formatDateTime } from '../format'

export interface RemarkItem {
  authorName: string
  organisationName: string
  at: Date
  /** Scrubbed. */
  text: string
}

export function RemarkList(props: { remarks: RemarkItem[] }) {
  if (props.remarks.length === 0) return <p class="empty">Nog geen opmerkingen.</p>
  return (
    <ol class="thread">
      {props.remarks.map((r) => (
        <li>
          <p class="hint">
            {r.authorName} ({r.organisationName}), {formatDateTime(r.at)}
          </p>
          <p class="prose">
            <RedactedText text={r.text} />
          </p>
        </li>
      ))}
    </ol>
  )
}

/** The first step: the text goes to the review, where the author sees what will be hidden before it is saved. */
export function RemarkForm(props: { zittingId: string; caseId: string; value?: string | undefined; errors?: FieldErrors | undefined }) {
  return (
    <form method="post" action={`/mijn-zittingen/${props.zittingId}/casussen/${props.caseId}/opmerkingen`} novalidate>
      <TextArea
        name="opmerking"
        label="Uw opmerking"
        hint="Alle deelnemers aan de zitting lezen mee. Noem geen namen: vóór het bewaren ziet u wat als persoonsgegeven verborgen wordt."
        value={props.value}
        errors={props.errors}
        required
        rows={5}
      />
      <button type="submit" name="actie" value="controle">
        Controleren
      </button>
    </form>
  )
}
