import { ErrorSummary, Notice } from '../components/field'

export interface Option {
  value: string
  label: string
}

export interface QueueRow {
  reference: string
  urgency: string
  crisis: boolean
  format: string
  waitingSince: string
  waitingDays: number
  /** 'dd/mm/jjjj HH:MM' of the proposed slot, or null when no zitting has room. */
  proposedFor: string | null
}

export interface SessionView {
  id: string
  title: string
  when: string
  location: string
  capacity: number
  sent: boolean
  slots: { start: string; reference: string; urgency: string; proposed: boolean }[]
}

export interface PlanningPageProps {
  regions: Option[]
  region: string
  regionLabel: string
  queue: QueueRow[]
  sessions: SessionView[]
  crisis: { reference: string; latestDate: string }[]
  unplaced: string[]
  /** Where a coordinator plans an extra zitting: the region's table, or a new one. */
  planLink: { href: string; label: string }
  hasTables: boolean
  proposedCount: number
  fingerprint: string
  notice?: string | undefined
  message?: string | undefined
}

/** The region's queue, its coming zittingen with the proposal marked, and what needs attention. */
export function PlanningPage(props: PlanningPageProps) {
  return (
    <section>
      <h1>Planning · {props.regionLabel}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary message={props.message} labels={{}} />
      {props.regions.length > 1 ? <RegionChooser regions={props.regions} region={props.region} /> : null}
      {props.crisis.length > 0 ? (
        <div class="notice notice--warning" role="status">
          <h2>Crisiscasussen zonder plaats binnen 10 werkdagen</h2>
          <ul>
            {props.crisis.map((c) => (
              <li>
                {c.reference}: plan een extra zitting, uiterlijk op {c.latestDate}.
              </li>
            ))}
          </ul>
          <p>
            <a href={props.planLink.href}>{props.planLink.label}</a>
          </p>
        </div>
      ) : null}
      <h2>Wachtrij</h2>
      <QueueTable rows={props.queue} />
      <h2>Komende zittingen</h2>
      {!props.hasTables ? (
        <p class="empty">
          Deze regio heeft nog geen overlegtafel. <a href="/tafels/nieuw">Richt een tafel op</a>.
        </p>
      ) : props.sessions.length === 0 ? (
        <p class="empty">
          Geen zittingen gepland in de komende 90 dagen. <a href={props.planLink.href}>Plan zittingen</a>.
        </p>
      ) : (
        props.sessions.map((s) => <SessionAgenda session={s} />)
      )}
      {props.unplaced.length > 0 ? (
        <>
          <h2>Geen plaats gevonden</h2>
          <p>Voor deze casussen heeft geen komende zitting nog plaats. Plan een extra zitting of verhoog de capaciteit van een tafel.</p>
          <ul>
            {props.unplaced.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      {props.proposedCount > 0 ? (
        <form method="post" action="/planning/voorstel" class="actions">
          <input type="hidden" name="regio" value={props.region} />
          <input type="hidden" name="voorstel" value={props.fingerprint} />
          <p>
            Het voorstel plant {props.proposedCount} {props.proposedCount === 1 ? 'casus' : 'casussen'} in. De aanmelders krijgen bericht; de agenda verstuurt u
            later per zitting.
          </p>
          <button type="submit">Voorstel overnemen</button>
        </form>
      ) : null}
    </section>
  )
}

function RegionChooser(props: { regions: Option[]; region: string }) {
  return (
    <form method="get" action="/planning" class="filters">
      <label for="veld-regio">Regio</label>
      <select id="veld-regio" name="regio">
        {props.regions.map((r) => (
          <option value={r.value} selected={r.value === props.region}>
            {r.label}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary">
        Tonen
      </button>
    </form>
  )
}

function QueueTable(props: { rows: QueueRow[] }) {
  if (props.rows.length === 0) return <p class="empty">Geen casussen in de wachtrij.</p>
  return (
    <table>
      <caption>
        {props.rows.length} {props.rows.length === 1 ? 'casus wacht' : 'casussen wachten'} op een zitting, in volgorde van voorrang
      </caption>
      <thead>
        <tr>
          <th scope="col">Referentie</th>
          <th scope="col">Urgentie</th>
          <th scope="col">Formaat</th>
          <th scope="col">Aanvaard op</th>
          <th scope="col">Wachtdagen</th>
          <th scope="col">Voorstel</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr>
            <th scope="row">{r.reference}</th>
            <td>{r.crisis ? <strong class="flag">{r.urgency}</strong> : r.urgency}</td>
            <td>{r.format}</td>
            <td>{r.waitingSince}</td>
            <td>{r.waitingDays}</td>
            <td>{r.proposedFor ?? 'geen plaats'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function SessionAgenda(props: { session: SessionView }) {
  const s = props.session
  return (
    <div class="section">
      <h3>
        <a href={`/planning/zittingen/${s.id}`}>
          {s.title} · {s.when}
        </a>
      </h3>
      <p>
        {s.location} · {s.slots.filter((x) => !x.proposed).length} van {s.capacity} plaatsen bezet
        {s.sent ? ' · agenda verstuurd' : ''}
      </p>
      {s.slots.length === 0 ? (
        <p class="empty">Nog geen casussen op deze agenda.</p>
      ) : (
        <table>
          <caption class="visually-hidden">
            Agenda van {s.title}, {s.when}
          </caption>
          <thead>
            <tr>
              <th scope="col">Uur</th>
              <th scope="col">Casus</th>
              <th scope="col">Urgentie</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            {s.slots.map((slot) => (
              <tr>
                <td>{slot.start}</td>
                <th scope="row">{slot.reference}</th>
                <td>{slot.urgency}</td>
                <td>{slot.proposed ? <strong>voorgesteld</strong> : 'op de agenda'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
