import { ErrorSummary, Notice } from '../components/field'
import type { Option } from './planning'

export interface AgendaItemView {
  caseId: string
  reference: string
  urgency: string
  format: string
  start: string
  end: string
  guests: { userId: string; name: string; organisation: string }[]
  /** Tafelleden of the region who could still be invited for this case. */
  candidates: Option[]
}

export interface AgendaView {
  zitting: {
    id: string
    tableId: string
    tableName: string
    date: string
    time: string
    location: string
    capacity: number
    slotMinutes: number
    cancelled: boolean
    editable: boolean
    sentAt: string | null
    changedSinceSent: boolean
  }
  items: AgendaItemView[]
  /** Other coming zittingen of the region with room. */
  moveTargets: Option[]
  /** Cases from the queue that can be added. */
  queue: Option[]
  /** A refusal or input error, with the case it concerns when there is one. */
  error?: { caseId?: string | undefined; message: string } | undefined
  notice?: string | undefined
}

const base = (id: string) => `/planning/zittingen/${id}`

/** The agenda page: the fragment with the slots, then adding from the queue and sending. */
export function AgendaPage(props: AgendaView) {
  const z = props.zitting
  const full = props.items.length >= z.capacity
  return (
    <section>
      <p>
        <a href="/planning">← Planning</a>
      </p>
      <h1>
        Agenda {z.tableName} · {z.date}
      </h1>
      <p>
        {z.time} · {z.location} · {z.capacity} casussen van {z.slotMinutes} minuten
        {z.cancelled ? ' · geannuleerd' : ''}
      </p>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <AgendaFragment {...props} />
      {z.editable ? (
        <>
          <h2>Casus uit de wachtrij toevoegen</h2>
          {full ? (
            <p class="empty">Deze zitting is volzet.</p>
          ) : props.queue.length === 0 ? (
            <p class="empty">Geen casussen in de wachtrij.</p>
          ) : (
            <form method="post" action={`${base(z.id)}/casussen`} class="inline-form">
              <label for="veld-casus">Casus</label>
              <select id="veld-casus" name="casus" required>
                {props.queue.map((o) => (
                  <option value={o.value}>{o.label}</option>
                ))}
              </select>
              <button type="submit">Toevoegen</button>
            </form>
          )}
          <h2>Agenda versturen</h2>
          <p>
            De vaste tafelleden krijgen de volledige agenda; extra deelnemers en aanmelders enkel de casus waarvoor ze komen. Iedereen krijgt een uitnodiging
            (.ics) voor zijn agenda. De mail bevat enkel referenties en uren, nooit inhoud van een casus. Vanaf het versturen lezen de tafelleden de
            gepseudonimiseerde dossiers in de toepassing.
          </p>
          {props.items.length === 0 ? (
            <p class="empty">Zet eerst casussen op de agenda.</p>
          ) : (
            <form method="post" action={`${base(z.id)}/versturen`} class="actions">
              <button type="submit">{z.sentAt ? 'Bijgewerkte agenda versturen' : 'Agenda versturen'}</button>
            </form>
          )}
        </>
      ) : null}
    </section>
  )
}

/** What htmx swaps after reordering or changing guests: the state line and the slots. */
export function AgendaFragment(props: AgendaView) {
  const z = props.zitting
  return (
    <div id="agenda">
      {z.sentAt ? (
        z.changedSinceSent ? (
          <div class="notice notice--warning" role="status">
            De agenda is gewijzigd sinds ze op {z.sentAt} verstuurd werd. Verstuur ze opnieuw: de deelnemers krijgen dan een bijgewerkte agenda.
          </div>
        ) : (
          <p>Agenda verstuurd op {z.sentAt}.</p>
        )
      ) : (
        <p>De agenda is nog niet verstuurd.</p>
      )}
      <ErrorSummary message={props.error?.message} labels={{}} />
      <h2>
        Casussen ({props.items.length} van {z.capacity})
      </h2>
      {props.items.length === 0 ? (
        <p class="empty">Nog geen casussen op deze agenda.</p>
      ) : (
        <ol class="cards">
          {props.items.map((item, index) => (
            <li class="card">
              <Slot {...props} item={item} first={index === 0} last={index === props.items.length - 1} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

function Slot(props: AgendaView & { item: AgendaItemView; first: boolean; last: boolean }) {
  const { item, zitting: z } = props
  const url = `${base(z.id)}/casussen/${item.caseId}`
  const hx = { 'hx-target': '#agenda', 'hx-swap': 'outerHTML' }
  const hidden = <span class="visually-hidden"> ({item.reference})</span>
  const otherTargets = props.moveTargets
  return (
    <>
      <h3>
        {item.start}–{item.end} · {item.reference}
      </h3>
      <p>
        {item.urgency} · {item.format}
      </p>
      {z.editable ? (
        <div class="inline-actions">
          {props.first ? null : (
            <form method="post" action={`${url}/volgorde`} hx-post={`${url}/volgorde`} {...hx}>
              <input type="hidden" name="richting" value="op" />
              {/* an id lets htmx put focus back on the same button after the swap */}
              <button type="submit" class="secondary" id={`eerder-${item.caseId}`}>
                ↑ Eerder{hidden}
              </button>
            </form>
          )}
          {props.last ? null : (
            <form method="post" action={`${url}/volgorde`} hx-post={`${url}/volgorde`} {...hx}>
              <input type="hidden" name="richting" value="neer" />
              <button type="submit" class="secondary" id={`later-${item.caseId}`}>
                ↓ Later{hidden}
              </button>
            </form>
          )}
          <a href={`${url}/verwijderen`}>Van de agenda halen{hidden}</a>
        </div>
      ) : null}
      {z.editable && otherTargets.length > 0 ? (
        <form method="post" action={`${url}/verplaatsen`} class="inline-form">
          <label for={`veld-naar-${item.caseId}`}>Verplaatsen naar</label>
          <select id={`veld-naar-${item.caseId}`} name="naar" required>
            {otherTargets.map((o) => (
              <option value={o.value}>{o.label}</option>
            ))}
          </select>
          <button type="submit" class="secondary">
            Verplaatsen{hidden}
          </button>
        </form>
      ) : null}
      <fieldset>
        <legend>Extra deelnemers voor {item.reference}</legend>
        {item.guests.length === 0 ? (
          <p class="empty">Geen extra deelnemers.</p>
        ) : (
          <ul>
            {item.guests.map((g) => (
              <li>
                {g.name} ({g.organisation})
                {z.editable ? (
                  <form
                    method="post"
                    action={`${url}/gasten/${g.userId}/verwijderen`}
                    hx-post={`${url}/gasten/${g.userId}/verwijderen`}
                    class="inline-form"
                    {...hx}
                  >
                    <button type="submit" class="link-button">
                      Uitnodiging intrekken<span class="visually-hidden"> van {g.name}</span>
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {z.editable && item.candidates.length > 0 ? (
          <form method="post" action={`${url}/gasten`} hx-post={`${url}/gasten`} class="inline-form" {...hx}>
            <label for={`veld-gast-${item.caseId}`}>Uitnodigen</label>
            <select id={`veld-gast-${item.caseId}`} name="gast" required>
              {item.candidates.map((o) => (
                <option value={o.value}>{o.label}</option>
              ))}
            </select>
            <button type="submit" class="secondary">
              Uitnodigen{hidden}
            </button>
          </form>
        ) : null}
      </fieldset>
    </>
  )
}
