import type { Option } from '../admin/users'
import { Choices, ErrorSummary, Field, type FieldErrors, Select, TextArea } from '../components/field'
import { RedactedText } from './redacted'

export interface CaseFormOptions {
  regions: Option[]
  genders: Option[]
  educationLevels: Option[]
  studyTypes: Option[]
  livingSituations: Option[]
  themes: Option[]
  interventionTypes: Option[]
  formats: Option[]
  eligibility: Option[]
  clbAgreement: Option
  consentPurposes: Option[]
  consentGivers: Option[]
  consentMethods: Option[]
  urgencies: Option[]
}

export interface CaseFormProps {
  caseId: string
  reference: string | null
  values: Record<string, string | string[]>
  errors?: FieldErrors | undefined
  message?: string | undefined
  notice?: string | undefined
  options: CaseFormOptions
  rowCount: number
  /** Shown only to a referrer from jeugdhulp (DESIGN.md: CLB must agree). */
  askClbAgreement: boolean
  /** The coordinator's open question, when the case came back for more information. */
  openQuestion: string | null
}

const LABELS: Record<string, string> = {
  regio: 'Regio',
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  insz: 'Rijksregisternummer',
  school: 'School',
  adres: 'Adres',
  contact_ouders: 'Contact ouders',
  geslacht: 'Gender',
  onderwijsniveau: 'Onderwijsniveau',
  studierichting: 'Onderwijsvorm',
  leefsituatie: 'Leefsituatie',
  themas: 'Thema’s',
  traject: 'Traject tot nu toe',
  vastgelopen: 'Waarom zit het vast?',
  vraag: 'Vraag aan de tafel',
  formaat: 'Formaat',
  partners: 'Partners',
  geschiktheid: 'Voorwaarden',
  clb_akkoord: 'Akkoord CLB',
  toestemming: 'Toestemming',
  toestemming_door: 'Toestemming gegeven door',
  toestemming_datum: 'Datum toestemming',
  toestemming_wijze: 'Wijze van toestemming',
  urgentie: 'Urgentie',
  urgentie_motivatie: 'Motivatie urgentie',
  antwoord: 'Antwoord aan de coördinator',
}

const rowLabels = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`traject_type_${i}`, `Traject ${i + 1}: soort interventie`]))

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/**
 * The aanmelding form. Works as a plain form (opslaan, rij toevoegen, controleren); htmx adds a
 * live preview of what will be stored for each free-text field and a periodic autosave.
 */
export function CaseFormPage(props: CaseFormProps) {
  const v = props.values
  const base = `/aanmeldingen/${props.caseId}`
  const preview = (name: string) => ({
    'hx-post': `${base}/voorbeeld`,
    'hx-trigger': 'input changed delay:700ms',
    'hx-target': `#voorbeeld-${name}`,
    'hx-include': 'closest form',
    'hx-vals': JSON.stringify({ veld: name }),
    // only the latest text matters: a newer keystroke replaces a preview still in flight
    'hx-sync': 'this:replace',
  })
  const freeText = (name: string, label: string, hint: string, required = false, rows = 6) => (
    <>
      <TextArea
        name={name}
        label={label}
        hint={hint}
        value={one(v[name])}
        errors={props.errors}
        required={required}
        rows={rows}
        attrs={preview(name)}
        previewId={`voorbeeld-${name}`}
      />
      <div id={`voorbeeld-${name}`} class="preview" aria-live="polite"></div>
    </>
  )
  return (
    <section>
      <p>
        <a href="/aanmeldingen">← Mijn aanmeldingen</a>
      </p>
      <h1>{props.reference ? `Aanmelding ${props.reference} aanvullen` : 'Nieuwe aanmelding'}</h1>
      <p>
        Vul in wat u weet en sla tussendoor op. Vrije tekst wordt bij elke opslag ontdaan van persoonsgegevens: namen, adressen, telefoonnummers… worden
        vervangen door aanduidingen zoals <mark class="placeholder">[PERSOON 1]</mark>. De identiteit van de jongere bewaren we apart en versleuteld.
      </p>
      {props.notice ? (
        <div class="notice notice--success" role="status">
          {props.notice}
        </div>
      ) : null}
      <ErrorSummary errors={props.errors} message={props.message} labels={{ ...LABELS, ...rowLabels(props.rowCount) }} />
      {props.openQuestion ? (
        <div class="notice notice--warning">
          <h2>Vraag van de coördinator</h2>
          <p class="prose">
            <RedactedText text={props.openQuestion} />
          </p>
        </div>
      ) : null}
      <form
        method="post"
        action={base}
        novalidate
        hx-post={`${base}/autosave`}
        hx-trigger="input changed delay:10s"
        hx-sync="this:queue last"
        hx-target="#autosave"
        hx-swap="innerHTML"
      >
        <p id="autosave" class="hint" aria-live="polite"></p>

        <fieldset class="section">
          <legend>1. Identiteit van de jongere</legend>
          <p class="hint">Enkel uw organisatie kan deze gegevens ooit terugzien. Coördinatoren en tafelleden zien ze nooit.</p>
          {props.options.regions.length > 1 ? (
            <Select
              name="regio"
              label={LABELS.regio ?? ''}
              options={props.options.regions}
              value={one(v.regio)}
              errors={props.errors}
              placeholder="— kies —"
              required
            />
          ) : (
            <input type="hidden" name="regio" value={one(v.regio)} />
          )}
          <Field name="voornaam" label="Voornaam" value={one(v.voornaam)} errors={props.errors} autocomplete="off" required />
          <Field name="achternaam" label="Achternaam" value={one(v.achternaam)} errors={props.errors} autocomplete="off" required />
          <Field name="geboortedatum" label="Geboortedatum" type="date" value={one(v.geboortedatum)} errors={props.errors} required />
          <Field
            name="insz"
            label="Rijksregisternummer (optioneel)"
            hint="11 cijfers; helpt om herhaalde aanmeldingen te herkennen."
            value={one(v.insz)}
            errors={props.errors}
            inputmode="numeric"
            autocomplete="off"
          />
          <Field name="school" label="School" value={one(v.school)} errors={props.errors} autocomplete="off" required />
          <Field name="adres" label="Adres (optioneel)" value={one(v.adres)} errors={props.errors} autocomplete="off" />
          <Field name="contact_ouders" label="Contact ouders (optioneel)" value={one(v.contact_ouders)} errors={props.errors} autocomplete="off" />
        </fieldset>

        <fieldset class="section">
          <legend>2. Profiel</legend>
          <p class="hint">De leeftijd berekenen we uit de geboortedatum.</p>
          <Select
            name="geslacht"
            label="Gender (optioneel)"
            options={props.options.genders}
            value={one(v.geslacht)}
            errors={props.errors}
            placeholder="niet opgegeven"
          />
          <Select
            name="onderwijsniveau"
            label="Onderwijsniveau"
            options={props.options.educationLevels}
            value={one(v.onderwijsniveau)}
            errors={props.errors}
            placeholder="— kies —"
            required
          />
          <Select
            name="studierichting"
            label="Onderwijsvorm (2e en 3e graad secundair)"
            options={props.options.studyTypes}
            value={one(v.studierichting)}
            errors={props.errors}
            placeholder="niet van toepassing"
          />
          <Select
            name="leefsituatie"
            label="Leefsituatie"
            options={props.options.livingSituations}
            value={one(v.leefsituatie)}
            errors={props.errors}
            placeholder="— kies —"
            required
          />
        </fieldset>

        <fieldset class="section">
          <legend>3. Thema’s</legend>
          <Choices
            type="checkbox"
            name="themas"
            legend="Welke thema’s spelen?"
            options={props.options.themes}
            checked={many(v.themas)}
            errors={props.errors}
            required
          />
        </fieldset>

        <fieldset class="section" id="veld-traject">
          <legend>4. Traject tot nu toe</legend>
          <p class="hint">Wat werd al geprobeerd, door wie, wanneer en met welk effect?</p>
          {props.errors?.traject ? <p class="error">{props.errors.traject}</p> : null}
          {Array.from({ length: props.rowCount }, (_, i) => (
            <fieldset class="row">
              <legend>Traject {i + 1}</legend>
              <Select
                id={`veld-traject_type_${i}`}
                name="traject_type"
                label="Soort interventie"
                options={props.options.interventionTypes}
                value={many(v.traject_type)[i]}
                errors={{ traject_type: props.errors?.[`traject_type_${i}`] }}
                placeholder="— kies —"
              />
              <Field id={`veld-traject_aanbieder_${i}`} name="traject_aanbieder" label="Aanbieder" value={many(v.traject_aanbieder)[i]} autocomplete="off" />
              <Field
                id={`veld-traject_periode_${i}`}
                name="traject_periode"
                label="Periode"
                hint="bv. september 2025 – januari 2026"
                value={many(v.traject_periode)[i]}
                autocomplete="off"
              />
              <TextArea id={`veld-traject_effect_${i}`} name="traject_effect" label="Effect" value={many(v.traject_effect)[i]} rows={3} />
              <button type="submit" name="actie" value={`verwijder_${i}`} class="link-button">
                Traject {i + 1} verwijderen
              </button>
            </fieldset>
          ))}
          <button type="submit" name="actie" value="rij" class="secondary">
            Traject toevoegen
          </button>
        </fieldset>

        <fieldset class="section">
          <legend>5. De vraag</legend>
          {freeText('vastgelopen', 'Waarom zit het vast?', 'Beschrijf de patsituatie: wat lukt niet meer, tussen wie, sinds wanneer.', true, 8)}
          {freeText('vraag', 'Vraag aan de tafel', 'Wat verwacht u van het ROTS?', true, 4)}
          <Choices
            type="radio"
            name="formaat"
            legend="Voorgesteld formaat"
            options={props.options.formats}
            checked={many(v.formaat)}
            errors={props.errors}
            hint="Een consult bespreekt de casus zonder de jongere; een overlegtafel brengt iedereen samen, de jongere en de ouders inbegrepen. De coördinator beslist."
            required
          />
          {freeText('partners', 'Betrokken partners', 'Welke diensten en organisaties zijn betrokken of moeten aan tafel zitten?', false, 3)}
        </fieldset>

        <fieldset class="section">
          <legend>6. Voorwaarden</legend>
          <Choices
            type="checkbox"
            name="geschiktheid"
            legend="Bevestig dat de casus thuishoort op het ROTS"
            options={props.options.eligibility}
            checked={many(v.geschiktheid)}
            errors={props.errors}
            required
          />
          {props.askClbAgreement ? (
            <Choices
              type="checkbox"
              name="clb_akkoord"
              legend="Akkoord van het CLB"
              options={[{ ...props.options.clbAgreement, value: 'ja' }]}
              checked={many(v.clb_akkoord)}
              errors={props.errors}
              required
            />
          ) : null}
        </fieldset>

        <fieldset class="section">
          <legend>7. Toestemming</legend>
          <p class="hint">
            Toestemming wordt per doel gevraagd. Zonder toestemming voor het gekozen formaat kan de casus daar niet besproken worden; zonder toestemming voor
            statistiek telt de casus enkel mee als “zonder toestemming”.
          </p>
          <Choices
            type="checkbox"
            name="toestemming"
            legend="Toestemming voor"
            options={props.options.consentPurposes}
            checked={many(v.toestemming)}
            errors={props.errors}
            required
          />
          <Select
            name="toestemming_door"
            label="Gegeven door"
            options={props.options.consentGivers}
            value={one(v.toestemming_door)}
            errors={props.errors}
            placeholder="— kies —"
            required
          />
          <Field name="toestemming_datum" label="Datum" type="date" value={one(v.toestemming_datum)} errors={props.errors} required />
          <Select
            name="toestemming_wijze"
            label="Hoe"
            options={props.options.consentMethods}
            value={one(v.toestemming_wijze)}
            errors={props.errors}
            placeholder="— kies —"
            required
          />
        </fieldset>

        <fieldset class="section">
          <legend>8. Urgentie</legend>
          <Choices type="radio" name="urgentie" legend="Urgentie" options={props.options.urgencies} checked={many(v.urgentie)} errors={props.errors} required />
          {freeText('urgentie_motivatie', 'Motivatie', 'Verplicht bij crisis: wat gebeurt er als er niet snel iets verandert?', false, 3)}
        </fieldset>

        {props.openQuestion ? (
          <fieldset class="section">
            <legend>9. Uw antwoord</legend>
            {freeText('antwoord', 'Antwoord aan de coördinator', 'Wat u hier schrijft, gaat samen met de aangepaste aanmelding terug.', true, 4)}
          </fieldset>
        ) : null}

        <div class="actions">
          <button type="submit" name="actie" value="opslaan" class="secondary">
            Opslaan
          </button>
          <button type="submit" name="actie" value="controle">
            Controleren en indienen…
          </button>
        </div>
      </form>
    </section>
  )
}
