import type { Option } from '../admin/users'
import { RedactedText } from '../cases/redacted'
import { Notice, Select } from '../components/field'
import { Pager } from '../components/pager'

export interface FlaggedConsultView {
  consultId: string
  caseId: string
  reference: string
  regionLabel: string
  dateLabel: string
  text: string | null
}

export interface RegisterRowView {
  id: string
  title: string
  regionLabel: string
  levelLabel: string
  statusLabel: string
  themesLabel: string
  addresseesLabel: string
  members: number
  cases: number
  updatedLabel: string
}

export interface SignalRegisterProps {
  flagged: FlaggedConsultView[]
  rows: RegisterRowView[]
  page: number
  pageSize: number
  total: number
  filter: Record<string, string>
  statuses: Option[]
  levels: Option[]
  themes: Option[]
  /** Only when the coordinator keeps the register of more than one region. */
  regions: Option[]
  notice?: string | undefined
}

/** The coordinator's signal register: besprekingen that flagged a signal, and the region's signals. */
export function SignalRegisterPage(props: SignalRegisterProps) {
  const filtered = Object.values(props.filter).some(Boolean)
  return (
    <section>
      <div class="page-head">
        <h1>Signalen</h1>
        <div class="actions">
          <a class="button" href="/signalen/nieuw">
            Nieuw signaal
          </a>
          <a class="button secondary" href="/signalen/bundelen">
            Signalen bundelen
          </a>
        </div>
      </div>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}

      <section aria-labelledby="uit-besprekingen">
        <h2 id="uit-besprekingen">Signalen uit besprekingen</h2>
        <p class="hint">Besprekingen die een structureel probleem aangaven, waarvoor nog geen signaal bestaat.</p>
        {props.flagged.length === 0 ? (
          <p class="empty">Geen besprekingen met een signaal dat nog opgenomen moet worden.</p>
        ) : (
          <table>
            <caption class="visually-hidden">Besprekingen met een signaal</caption>
            <thead>
              <tr>
                <th scope="col">Casus</th>
                <th scope="col">Bespreking</th>
                <th scope="col">Signaal uit de bespreking</th>
                <th scope="col">
                  <span class="visually-hidden">Actie</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.flagged.map((f) => (
                <tr>
                  <td>
                    <a href={`/verslag/${f.caseId}`}>{f.reference}</a>
                    <div class="hint">{f.regionLabel}</div>
                  </td>
                  <td>{f.dateLabel}</td>
                  <td>
                    <RedactedText text={f.text} />
                  </td>
                  <td>
                    <a class="button secondary" href={`/signalen/nieuw?bespreking=${f.consultId}`}>
                      Signaal aanmaken<span class="visually-hidden"> uit {f.reference}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="register">
        <h2 id="register">Register</h2>
        <search>
          <form method="get" action="/signalen" class="filters">
            {props.regions.length > 1 ? (
              <Select name="regio" label="Regio" options={props.regions} value={props.filter.regio} placeholder="Al mijn regio’s" />
            ) : null}
            <Select name="status" label="Status" options={props.statuses} value={props.filter.status} placeholder="Alle statussen" />
            <Select name="niveau" label="Niveau" options={props.levels} value={props.filter.niveau} placeholder="Alle niveaus" />
            <Select name="thema" label="Thema" options={props.themes} value={props.filter.thema} placeholder="Alle thema’s" />
            <button type="submit" class="secondary">
              Filteren
            </button>
          </form>
        </search>
        {props.rows.length === 0 ? (
          <p class="empty">
            {filtered
              ? 'Geen signalen die aan deze filters voldoen.'
              : 'Er zijn nog geen signalen. Maak er een aan met “Nieuw signaal” of vanuit een bespreking.'}
          </p>
        ) : (
          <table>
            <caption>
              {props.total} {props.total === 1 ? 'signaal' : 'signalen'}, laatst gewijzigd eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Signaal</th>
                <th scope="col">Status</th>
                <th scope="col">Niveau</th>
                <th scope="col">Thema’s</th>
                <th scope="col">Bestemmelingen</th>
                <th scope="col">Casussen</th>
                <th scope="col">Gewijzigd</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <td>
                    <a href={`/signalen/${r.id}`}>{r.title}</a>
                    <div class="hint">
                      {r.regionLabel}
                      {r.members > 0 ? ` · bundel van ${r.members} signalen` : ''}
                    </div>
                  </td>
                  <td>{r.statusLabel}</td>
                  <td>{r.levelLabel}</td>
                  <td>{r.themesLabel}</td>
                  <td>{r.addresseesLabel}</td>
                  <td>{r.cases}</td>
                  <td>{r.updatedLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/signalen" params={props.filter} />
      </section>
    </section>
  )
}
