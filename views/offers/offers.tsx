import type { Option } from '../admin/users'
import { Choices, ErrorSummary, Field, type FieldErrors, Notice, Select, TextArea } from '../components/field'
import { Pager } from '../components/pager'

export interface OfferItem {
  id: string
  name: string
  provider: string
  typeLabel: string
  regionLabel: string
  targetGroup: string | null
  ages: string
  levels: string
  contact: string | null
  waiting: string
}

export interface OffersPageProps {
  rows: OfferItem[]
  page: number
  pageSize: number
  total: number
  filter: Record<string, string>
  types: Option[]
  levels: Option[]
  notice?: string | undefined
}

/** The region's sociale kaart: searchable, filterable, and the source for advice and redirects. */
export function OffersPage(props: OffersPageProps) {
  return (
    <section>
      <div class="page-head">
        <h1>Aanbod (sociale kaart)</h1>
        <a class="button" href="/aanbod/nieuw">
          Aanbod toevoegen
        </a>
      </div>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <search>
        <form method="get" action="/aanbod" class="filters">
          <Field name="q" label="Zoeken op naam, aanbieder of doelgroep" value={props.filter.q} type="search" />
          <Select name="soort" label="Soort" options={props.types} value={props.filter.soort} placeholder="Alle soorten" />
          <Select name="niveau" label="Onderwijsniveau" options={props.levels} value={props.filter.niveau} placeholder="Alle niveaus" />
          <Field name="leeftijd" label="Leeftijd" value={props.filter.leeftijd} inputmode="numeric" />
          <button type="submit" class="secondary">
            Filteren
          </button>
        </form>
      </search>
      {props.rows.length === 0 ? (
        <p class="empty">Geen aanbod gevonden. Pas de filters aan of voeg aanbod toe.</p>
      ) : (
        <table>
          <caption>{props.total} keer aanbod</caption>
          <thead>
            <tr>
              <th scope="col">Aanbod</th>
              <th scope="col">Soort</th>
              <th scope="col">Doelgroep</th>
              <th scope="col">Leeftijd</th>
              <th scope="col">Niveaus</th>
              <th scope="col">Wachttijd</th>
              <th scope="col">Contact</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((o) => (
              <tr>
                <td>
                  <a href={`/aanbod/${o.id}`}>{o.name}</a>
                  <div class="hint">
                    {o.provider} · {o.regionLabel}
                  </div>
                </td>
                <td>{o.typeLabel}</td>
                <td>{o.targetGroup ?? '—'}</td>
                <td>{o.ages}</td>
                <td>{o.levels}</td>
                <td>{o.waiting}</td>
                <td>{o.contact ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/aanbod" params={props.filter} />
    </section>
  )
}

export interface OfferFormProps {
  id: string | null
  values: Record<string, string | string[]>
  errors?: FieldErrors | undefined
  regions: Option[]
  types: Option[]
  levels: Option[]
}

const LABELS = {
  regio: 'Regio',
  naam: 'Naam',
  aanbieder: 'Aanbieder',
  soort: 'Soort',
  doelgroep: 'Doelgroep',
  leeftijd_van: 'Leeftijd vanaf',
  leeftijd_tot: 'Leeftijd tot en met',
  niveaus: 'Onderwijsniveaus',
  contact: 'Contact',
  wachttijd: 'Wachttijd',
  opmerkingen: 'Opmerkingen',
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export function OfferFormPage(props: OfferFormProps) {
  const v = props.values
  const action = props.id ? `/aanbod/${props.id}` : '/aanbod'
  return (
    <section class="narrow">
      <p>
        <a href="/aanbod">← Aanbod</a>
      </p>
      <h1>{props.id ? 'Aanbod wijzigen' : 'Aanbod toevoegen'}</h1>
      <ErrorSummary errors={props.errors} labels={LABELS} />
      <form method="post" action={action} novalidate>
        <Select name="regio" label={LABELS.regio} options={props.regions} value={one(v.regio)} errors={props.errors} placeholder="— kies —" required />
        <Field name="naam" label={LABELS.naam} value={one(v.naam)} errors={props.errors} autocomplete="off" required />
        <Field name="aanbieder" label={LABELS.aanbieder} value={one(v.aanbieder)} errors={props.errors} autocomplete="off" required />
        <Select name="soort" label={LABELS.soort} options={props.types} value={one(v.soort)} errors={props.errors} placeholder="— kies —" required />
        <TextArea name="doelgroep" label={LABELS.doelgroep} value={one(v.doelgroep)} errors={props.errors} rows={2} />
        <Field name="leeftijd_van" label={LABELS.leeftijd_van} value={one(v.leeftijd_van)} errors={props.errors} inputmode="numeric" />
        <Field name="leeftijd_tot" label={LABELS.leeftijd_tot} value={one(v.leeftijd_tot)} errors={props.errors} inputmode="numeric" />
        <Choices
          type="checkbox"
          name="niveaus"
          legend={LABELS.niveaus}
          hint="Niets aangevinkt: voor elk niveau."
          options={props.levels}
          checked={Array.isArray(v.niveaus) ? v.niveaus : v.niveaus ? [v.niveaus] : []}
          errors={props.errors}
        />
        <Field
          name="contact"
          label={LABELS.contact}
          hint="Dienst of algemeen nummer, geen privégegevens."
          value={one(v.contact)}
          errors={props.errors}
          autocomplete="off"
        />
        <Field name="wachttijd" label="Wachttijd in weken" value={one(v.wachttijd)} errors={props.errors} inputmode="numeric" />
        <TextArea name="opmerkingen" label={LABELS.opmerkingen} value={one(v.opmerkingen)} errors={props.errors} rows={3} />
        <div class="actions">
          <button type="submit">Opslaan</button>
          {props.id ? (
            <a class="button danger" href={`/aanbod/${props.id}/archiveren`}>
              Archiveren…
            </a>
          ) : null}
        </div>
      </form>
    </section>
  )
}
