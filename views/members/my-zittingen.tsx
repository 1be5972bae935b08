export interface ZittingRow {
  id: string
  /** "donderdag 19/03/2026" */
  day: string
  time: string
  tableName: string
  location: string
  caseCount: number
  /** Only for standing members of the table. */
  icsHref: string | null
}

export interface MyZittingenProps {
  upcoming: ZittingRow[]
  recent: ZittingRow[]
  windowDays: number
}

/** A tafellid's zittingen: those whose agenda was sent, until some weeks after the zitting. */
export function MyZittingenPage(props: MyZittingenProps) {
  return (
    <section>
      <h1>Mijn zittingen</h1>
      {props.upcoming.length === 0 && props.recent.length === 0 ? (
        <div class="empty">
          <p>U hebt op dit ogenblik geen zittingen.</p>
          <p>
            Een zitting verschijnt hier zodra de coördinator de agenda verstuurt, voor de tafels waarvan u lid bent of de casussen waarvoor u werd uitgenodigd.
            U ziet dan de agenda en de pseudonieme dossiers tot {props.windowDays} dagen na de zitting.
          </p>
        </div>
      ) : (
        <>
          <ZittingTable id="komend" title="Komende zittingen" rows={props.upcoming} empty="Geen komende zittingen met een verstuurde agenda." />
          <ZittingTable
            id="recent"
            title="Voorbije zittingen"
            hint={`Agenda en dossiers blijven ${props.windowDays} dagen na de zitting zichtbaar.`}
            rows={props.recent}
            empty="Geen recente zittingen."
          />
        </>
      )}
    </section>
  )
}

function ZittingTable(props: { id: string; title: string; hint?: string; rows: ZittingRow[]; empty: string }) {
  return (
    <section aria-labelledby={`${props.id}-titel`} class="section">
      <h2 id={`${props.id}-titel`}>{props.title}</h2>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      {props.rows.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">Zitting</th>
              <th scope="col">Uur</th>
              <th scope="col">Tafel</th>
              <th scope="col">Locatie</th>
              <th scope="col">Casussen</th>
              <th scope="col">Agenda-item</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <a href={`/mijn-zittingen/${r.id}`}>{r.day}</a>
                </td>
                <td>{r.time}</td>
                <td>{r.tableName}</td>
                <td>{r.location}</td>
                <td>{r.caseCount}</td>
                <td>
                  {r.icsHref ? (
                    <a href={r.icsHref}>
                      .ics<span class="visually-hidden"> van de zitting van {r.day}</span>
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
