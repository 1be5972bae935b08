import type { Option } from '../admin/users'
import { Choices, ErrorSummary, Field, type FieldErrors, Notice, Select, TextArea } from '../components/field'

export interface SignalFormProps {
  heading: string
  /** Where the form posts (and where the review step posts back). */
  action: string
  back: string
  values: Record<string, string | string[]>
  errors?: FieldErrors | undefined
  message?: string | undefined
  /** Regions the coordinator may choose; one region is carried in a hidden field. */
  regions: Option[]
  levels: Option[]
  themes: Option[]
  addressees: Option[]
  /** The bespreking the signal is raised from, by case reference. */
  consultReference?: string | null | undefined
}

export const SIGNAL_FIELD_LABELS: Record<string, string> = {
  regio: 'Regio',
  titel: 'Titel',
  beschrijving: 'Beschrijving',
  niveau: 'Niveau',
  themas: 'Thema’s',
  bestemmelingen: 'Bestemmelingen',
  casussen: 'Gekoppelde casussen',
  signalen: 'Signalen',
}

export const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined)
export const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** A new signal, or the rewording of one that was not forwarded yet. The text is reviewed for personal data before it is stored. */
export function SignalFormPage(props: SignalFormProps) {
  const v = props.values
  return (
    <section>
      <p>
        <a href={props.back}>← Terug</a>
      </p>
      <h1>{props.heading}</h1>
      {props.consultReference ? <Notice>Dit signaal komt uit de bespreking van {props.consultReference}; die casus is al gekoppeld.</Notice> : null}
      <ErrorSummary errors={props.errors} labels={SIGNAL_FIELD_LABELS} message={props.message} />
      <form method="post" action={props.action} novalidate>
        {one(v.bespreking) ? <input type="hidden" name="bespreking" value={one(v.bespreking)} /> : null}
        {props.regions.length === 1 ? (
          <input type="hidden" name="regio" value={props.regions[0]?.value} />
        ) : (
          <Select name="regio" label="Regio" options={props.regions} value={one(v.regio)} errors={props.errors} placeholder="— kies —" required />
        )}
        <Field
          name="titel"
          label="Titel"
          value={one(v.titel)}
          errors={props.errors}
          hint="Kort en herkenbaar, bv. “Geen time-outplaatsen voor de eerste graad”."
          required
        />
        <TextArea
          name="beschrijving"
          label="Beschrijving"
          hint="Beschrijf het structurele probleem, niet de jongere. Noem geen namen: de tekst wordt ontdaan van persoonsgegevens voor ze bewaard wordt, en u ziet eerst wat verborgen wordt."
          value={one(v.beschrijving)}
          errors={props.errors}
          rows={8}
          required
        />
        <Choices type="radio" name="niveau" legend="Niveau" options={props.levels} checked={many(v.niveau)} errors={props.errors} required />
        <Choices type="checkbox" name="themas" legend="Thema’s" options={props.themes} checked={many(v.themas)} errors={props.errors} required />
        <Choices
          type="checkbox"
          name="bestemmelingen"
          legend="Bestemmelingen"
          hint="Bij het doorsturen krijgen de analisten van deze besturen een e-mail met enkel de titel en een link."
          options={props.addressees}
          checked={many(v.bestemmelingen)}
          errors={props.errors}
          required
        />
        <TextArea
          name="casussen"
          label="Gekoppelde casussen"
          hint="Referenties van casussen van de regio, één per regel (bv. ROTS-VB-2026-0001). Analisten zien enkel hoeveel casussen er gekoppeld zijn, nooit welke."
          value={one(v.casussen)}
          errors={props.errors}
          rows={3}
        />
        <div class="actions">
          <button type="submit" name="actie" value="controle">
            Controleren en bewaren…
          </button>
          <a href={props.back}>Annuleren</a>
        </div>
      </form>
    </section>
  )
}
