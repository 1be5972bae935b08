export interface AgendaSlotRow {
  caseId: string
  start: string
  reference: string
  urgencyLabel: string
  urgent: boolean
  formatLabel: string
  themes: string[]
}

export interface AgendaPageProps {
  zittingId: string
  day: string
  time: string
  tableName: string
  location: string
  videoLink: string | null
  icsHref: string | null
  /** Invited for some cases only. */
  guest: boolean
  /** Remarks can still be posted. */
  open: boolean
  slots: AgendaSlotRow[]
}

/** The agenda of one zitting as a participant sees it: pseudonymised references, slot times. */
export function AgendaPage(props: AgendaPageProps) {
  return (
    <section>
      <p>
        <a href="/mijn-zittingen">← Mijn zittingen</a>
      </p>
      <h1>
        {props.tableName}: {props.day}
      </h1>
      <dl class="facts">
        <dt>Uur</dt>
        <dd>{props.time}</dd>
        <dt>Locatie</dt>
        <dd>{props.location}</dd>
        {props.videoLink ? (
          <>
            <dt>Online</dt>
            <dd>
              <a href={props.videoLink} rel="noopener noreferrer">
                Online deelnemen
              </a>
            </dd>
          </>
        ) : null}
        {props.icsHref ? (
          <>
            <dt>Agenda-item</dt>
            <dd>
              <a href={props.icsHref}>In uw agenda zetten (.ics)</a>
            </dd>
          </>
        ) : null}
      </dl>
      {props.guest ? (
        <div class="notice" role="status">
          U bent uitgenodigd voor {props.slots.length === 1 ? 'één casus' : `${props.slots.length} casussen`} van deze zitting; u ziet enkel{' '}
          {props.slots.length === 1 ? 'die casus' : 'die casussen'}.
        </div>
      ) : null}
      {props.slots.length === 0 ? (
        <p class="empty">Er staan (nog) geen casussen op de agenda.</p>
      ) : (
        <p>
          {props.open
            ? 'Open een casus om het pseudonieme dossier te lezen en een voorbereidende opmerking te plaatsen, tot en met de dag van de zitting.'
            : 'De zitting is voorbij: u kunt de dossiers en opmerkingen nog lezen, maar geen opmerkingen meer plaatsen.'}
        </p>
      )}
      {props.slots.length > 0 ? (
        <table>
          <caption>Agenda</caption>
          <thead>
            <tr>
              <th scope="col">Tijd</th>
              <th scope="col">Casus</th>
              <th scope="col">Urgentie</th>
              <th scope="col">Formaat</th>
              <th scope="col">Thema’s</th>
            </tr>
          </thead>
          <tbody>
            {props.slots.map((s) => (
              <tr class={s.urgent ? 'urgent' : undefined}>
                <td>{s.start}</td>
                <td>
                  <a href={`/mijn-zittingen/${props.zittingId}/casussen/${s.caseId}`}>{s.reference}</a>
                </td>
                <td>{s.urgencyLabel}</td>
                <td>{s.formatLabel}</td>
                <td>{s.themes.length ? s.themes.join(', ') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
