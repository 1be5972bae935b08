import type { Option } from '../admin/users'
import { Choices, ErrorSummary, Field, type FieldErrors, Notice, Select, TextArea } from '../components/field'

export interface ConsultFormProps {
  caseId: string
  reference: string
  formatLabel: string
  /** An overlegtafel also records whether the young person and the parents came. */
  overlegtafel: boolean
  zitting: { dateLabel: string; tableName: string }
  /** What the referrer said beforehand ("komt", "komt niet", "nog niet bekend"). */
  expected: { youngPerson: string; parents: string }
  organisations: { id: string; name: string; sectorLabel: string }[]
  attendance: Option[]
  offerGroups: { label: string; offers: { id: string; label: string }[] }[]
  sectors: Option[]
  values: Record<string, string | string[]>
  rowCount: number
  errors?: FieldErrors | undefined
  message?: string | undefined
  notice?: string | undefined
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

const YES_NO = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
]

/**
 * The bespreking of one case. Works as a plain form: actions are added and removed with buttons
 * that post the form back, and "Controleren" leads to the same review of personal data as intake.
 */
export function ConsultFormPage(props: ConsultFormProps) {
  const v = props.values
  const labels: Record<string, string> = {
    jongere_aanwezig: 'Jongere aanwezig',
    ouders_aanwezig: 'Ouders aanwezig',
    analyse: 'Analyse',
    advies: 'Advies',
    aanbod: 'Aanbod',
    opvolgdatum: 'Opvolgdatum',
    signaal_tekst: 'Signaal',
    ...Object.fromEntries(props.organisations.map((o) => [`aanwezigheid_${o.id}`, `Aanwezigheid ${o.name}`])),
    ...Object.fromEntries(
      Array.from({ length: props.rowCount }, (_, i) => [
        [`actie_omschrijving_${i}`, `Actie ${i + 1}: wat`],
        [`actie_sector_${i}`, `Actie ${i + 1}: sector`],
        [`actie_organisatie_${i}`, `Actie ${i + 1}: organisatie`],
        [`actie_wie_${i}`, `Actie ${i + 1}: wie`],
        [`actie_termijn_${i}`, `Actie ${i + 1}: tegen wanneer`],
      ]).flat(),
    ),
  }
  const rowError = (name: string, i: number) => ({ [name]: props.errors?.[`${name}_${i}`] })
  return (
    <section>
      <p>
        <a href="/bespreking">← Besprekingen</a>
      </p>
      <h1>Bespreking {props.reference}</h1>
      <p>
        {props.formatLabel} · {props.zitting.tableName}, zitting van {props.zitting.dateLabel}
      </p>
      <p>
        Schrijf geen namen: alle vrije tekst wordt ontdaan van persoonsgegevens, en u controleert wat verborgen wordt voor u bewaart. De aanmelder leest het
        verslag pas nadat u het vrijgeeft.
      </p>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary errors={props.errors} message={props.message} labels={labels} />
      <form method="post" action={`/bespreking/${props.caseId}`} novalidate>
        {/* Enter in a text field presses the form's first button: let that be "controleren", not "actie 1 verwijderen" */}
        <button type="submit" name="actie" value="controle" class="visually-hidden" tabindex={-1}>
          Controleren
        </button>
        <fieldset class="section">
          <legend>1. Aanwezigheid</legend>
          {props.organisations.map((o) => (
            <Choices
              type="radio"
              name={`aanwezigheid_${o.id}`}
              legend={`${o.name} (${o.sectorLabel})`}
              options={props.attendance}
              checked={many(v[`aanwezigheid_${o.id}`])}
              errors={props.errors}
              required
            />
          ))}
          {props.overlegtafel ? (
            <>
              <Choices
                type="radio"
                name="jongere_aanwezig"
                legend="Was de jongere er?"
                hint={`De aanmelder gaf vooraf door: ${props.expected.youngPerson}.`}
                options={YES_NO}
                checked={many(v.jongere_aanwezig)}
                errors={props.errors}
                required
              />
              <Choices
                type="radio"
                name="ouders_aanwezig"
                legend="Waren de ouders er?"
                hint={`De aanmelder gaf vooraf door: ${props.expected.parents}.`}
                options={YES_NO}
                checked={many(v.ouders_aanwezig)}
                errors={props.errors}
                required
              />
            </>
          ) : null}
        </fieldset>

        <fieldset class="section">
          <legend>2. Analyse</legend>
          <TextArea
            name="analyse"
            label="Analyse vanuit helikopterperspectief"
            hint="Wat zag de tafel: waar zit het vast, wat werkt, wat ontbreekt?"
            value={one(v.analyse)}
            errors={props.errors}
            required
            rows={8}
          />
        </fieldset>

        <fieldset class="section">
          <legend>3. Advies en aanbod op maat</legend>
          <TextArea
            name="advies"
            label="Advies"
            hint="Het aanbod op maat in gewone taal: de aanmelder neemt het mee naar de jongere en de ouders."
            value={one(v.advies)}
            errors={props.errors}
            required
            rows={6}
          />
          <fieldset class="field choices" id="veld-aanbod">
            <legend>Aanbod uit de sociale kaart (optioneel)</legend>
            {props.errors?.aanbod ? <p class="error">{props.errors.aanbod}</p> : null}
            {props.offerGroups.length === 0 ? <p class="empty">De regio heeft nog geen aanbod in de sociale kaart.</p> : null}
            {props.offerGroups.map((g) => (
              <fieldset class="offer-group">
                <legend>{g.label}</legend>
                {g.offers.map((o) => (
                  <div class="choice">
                    <input type="checkbox" id={`aanbod-${o.id}`} name="aanbod" value={o.id} checked={many(v.aanbod).includes(o.id)} />
                    <label for={`aanbod-${o.id}`}>{o.label}</label>
                  </div>
                ))}
              </fieldset>
            ))}
          </fieldset>
        </fieldset>

        <fieldset class="section" id="veld-acties">
          <legend>4. Acties</legend>
          <p class="hint">Wat gebeurt er, wie neemt het op, tegen wanneer? Noem een functie (“zorgcoördinator van de school”), geen naam.</p>
          {Array.from({ length: props.rowCount }, (_, i) => (
            <fieldset class="row">
              <legend>Actie {i + 1}</legend>
              <TextArea
                id={`veld-actie_omschrijving_${i}`}
                name="actie_omschrijving"
                label="Wat"
                value={many(v.actie_omschrijving)[i]}
                errors={rowError('actie_omschrijving', i)}
                rows={2}
              />
              <Select
                id={`veld-actie_sector_${i}`}
                name="actie_sector"
                label="Sector die de actie opneemt"
                options={props.sectors}
                value={many(v.actie_sector)[i]}
                errors={rowError('actie_sector', i)}
                placeholder="— kies —"
              />
              <Select
                id={`veld-actie_organisatie_${i}`}
                name="actie_organisatie"
                label="Organisatie (optioneel)"
                options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
                value={many(v.actie_organisatie)[i]}
                errors={rowError('actie_organisatie', i)}
                placeholder="— niet aan tafel / niet van toepassing —"
              />
              <Field
                id={`veld-actie_wie_${i}`}
                name="actie_wie"
                label="Wie (functie, optioneel)"
                value={many(v.actie_wie)[i]}
                errors={rowError('actie_wie', i)}
                autocomplete="off"
              />
              <Field
                id={`veld-actie_termijn_${i}`}
                name="actie_termijn"
                label="Tegen wanneer"
                type="date"
                value={many(v.actie_termijn)[i]}
                errors={rowError('actie_termijn', i)}
              />
              <button type="submit" name="actie" value={`verwijder_${i}`} class="link-button">
                Actie {i + 1} verwijderen
              </button>
            </fieldset>
          ))}
          <button type="submit" name="actie" value="rij" class="secondary">
            Actie toevoegen
          </button>
        </fieldset>

        <fieldset class="section">
          <legend>5. Opvolging en signaal</legend>
          <Field
            name="opvolgdatum"
            label="Opvolgdatum"
            type="date"
            hint="Wanneer koppelt de aanmelder terug? Na de zitting."
            value={one(v.opvolgdatum)}
            errors={props.errors}
            required
          />
          <Choices
            type="checkbox"
            name="signaal"
            legend="Signaal"
            hint="Wijst deze casus op een structureel probleem dat de overheid moet kennen?"
            options={[{ value: 'ja', label: 'Ja, deze casus is aanleiding voor een signaal' }]}
            checked={many(v.signaal)}
            errors={props.errors}
          />
          <TextArea
            name="signaal_tekst"
            label="Welk structureel probleem?"
            hint="Verplicht als u een signaal geeft. Beschrijf het probleem, niet de jongere."
            value={one(v.signaal_tekst)}
            errors={props.errors}
            rows={3}
          />
        </fieldset>

        <div class="actions">
          <button type="submit" name="actie" value="controle">
            Controleren en bewaren…
          </button>
        </div>
      </form>
    </section>
  )
}
