import type { Option } from '../admin/users'
import { ErrorSummary, Field, type FieldErrors, Notice, Select } from '../components/field'

export interface ZittingItem {
  id: string
  date: string
  time: string
  location: string
  cancelled: boolean
  cancelReason: string | null
}

export interface TablePageProps {
  table: { id: string; name: string; regionLabel: string; location: string; videoLink: string | null; slotMinutes: number; capacity: number }
  members: { name: string; organisation: string }[]
  zittingen: ZittingItem[]
  notice?: string | undefined
  /** Values and errors of whichever planning form was sent last. */
  single: { values: Record<string, string>; errors?: FieldErrors | undefined }
  series: { values: Record<string, string>; errors?: FieldErrors | undefined }
}

const RHYTHMS: Option[] = [
  { value: 'maandelijks', label: 'Maandelijks (de zoveelste weekdag)' },
  { value: 'wekelijks', label: 'Wekelijks' },
  { value: 'tweewekelijks', label: 'Om de twee weken' },
]
const RANKS: Option[] = ['1ste', '2de', '3de', '4de'].map((label, i) => ({ value: String(i + 1), label }))
const WEEKDAYS: Option[] = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'].map((label, i) => ({ value: String(i + 1), label }))

const SINGLE_LABELS = { datum: 'Datum', begin: 'Begin', einde: 'Einde', locatie: 'Locatie' }
const SERIES_LABELS = {
  ritme: 'Ritme',
  vanaf: 'Vanaf',
  rang: 'Hoeveelste',
  weekdag: 'Weekdag',
  aantal: 'Aantal',
  reeks_begin: 'Begin',
  reeks_einde: 'Einde',
  reeks_locatie: 'Locatie',
}

/** One table: its members, its coming zittingen and the two ways to plan more. */
export function TablePage(props: TablePageProps) {
  const t = props.table
  const s = props.single.values
  const r = props.series.values
  return (
    <section>
      <p>
        <a href="/tafels">← Overlegtafels</a>
      </p>
      <div class="page-head">
        <h1>{t.name}</h1>
        <a class="button secondary" href={`/tafels/${t.id}/bewerken`}>
          Tafel wijzigen
        </a>
      </div>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <p>
        {t.regionLabel} · {t.location} · {t.capacity} casussen per zitting, {t.slotMinutes} minuten per casus
        {t.videoLink ? ` · online: ${t.videoLink}` : ''}
      </p>
      <h2>Vaste tafelleden</h2>
      {props.members.length === 0 ? (
        <p class="empty">Nog geen tafelleden.</p>
      ) : (
        <ul>
          {props.members.map((m) => (
            <li>
              {m.name} ({m.organisation})
            </li>
          ))}
        </ul>
      )}
      <h2>Komende zittingen</h2>
      {props.zittingen.length === 0 ? (
        <p class="empty">Geen zittingen gepland.</p>
      ) : (
        <table>
          <caption>{props.zittingen.length} komende zittingen</caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Uur</th>
              <th scope="col">Locatie</th>
              <th scope="col">Status</th>
              <th scope="col">Acties</th>
            </tr>
          </thead>
          <tbody>
            {props.zittingen.map((z) => (
              <tr>
                <td>{z.date}</td>
                <td>{z.time}</td>
                <td>{z.location}</td>
                <td>{z.cancelled ? `geannuleerd${z.cancelReason ? `: ${z.cancelReason}` : ''}` : 'gepland'}</td>
                <td>
                  <a href={`/tafels/zittingen/${z.id}/agenda.ics`}>Agenda-item</a>
                  {z.cancelled ? null : (
                    <>
                      {' · '}
                      <a href={`/tafels/zittingen/${z.id}`}>Wijzigen</a>
                      {' · '}
                      <a href={`/tafels/zittingen/${z.id}/annuleren`}>Annuleren</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="narrow">
        <h2>Eén zitting plannen</h2>
        <ErrorSummary errors={props.single.errors} labels={SINGLE_LABELS} />
        <form method="post" action={`/tafels/${t.id}/zittingen`} novalidate>
          <Field name="datum" label={SINGLE_LABELS.datum} type="date" value={s.datum} errors={props.single.errors} required />
          <Field name="begin" label={SINGLE_LABELS.begin} type="time" value={s.begin} errors={props.single.errors} required />
          <Field name="einde" label={SINGLE_LABELS.einde} type="time" value={s.einde} errors={props.single.errors} required />
          <Field name="locatie" label={SINGLE_LABELS.locatie} hint="Leeg: de locatie van de tafel." value={s.locatie} errors={props.single.errors} />
          <div class="actions">
            <button type="submit">Zitting plannen</button>
          </div>
        </form>
        <h2>Een reeks plannen</h2>
        <p class="hint">Weekends en wettelijke feestdagen worden overgeslagen, niet verschoven.</p>
        <ErrorSummary errors={props.series.errors} labels={SERIES_LABELS} />
        <form method="post" action={`/tafels/${t.id}/reeks`} novalidate>
          <Select name="ritme" label={SERIES_LABELS.ritme} options={RHYTHMS} value={r.ritme} errors={props.series.errors} required />
          <Field name="vanaf" label={SERIES_LABELS.vanaf} type="date" value={r.vanaf} errors={props.series.errors} required />
          <Select name="rang" label="Hoeveelste weekdag van de maand (maandelijks)" options={RANKS} value={r.rang} errors={props.series.errors} />
          <Select name="weekdag" label="Weekdag (maandelijks)" options={WEEKDAYS} value={r.weekdag} errors={props.series.errors} />
          <Field
            name="aantal"
            label="Aantal maanden of zittingen"
            hint="Maandelijks: aantal maanden; anders: aantal zittingen."
            value={r.aantal}
            errors={props.series.errors}
            inputmode="numeric"
            required
          />
          <Field name="reeks_begin" label={SERIES_LABELS.reeks_begin} type="time" value={r.reeks_begin} errors={props.series.errors} required />
          <Field name="reeks_einde" label={SERIES_LABELS.reeks_einde} type="time" value={r.reeks_einde} errors={props.series.errors} required />
          <Field
            name="reeks_locatie"
            label={SERIES_LABELS.reeks_locatie}
            hint="Leeg: de locatie van de tafel."
            value={r.reeks_locatie}
            errors={props.series.errors}
          />
          <div class="actions">
            <button type="submit">Reeks plannen</button>
          </div>
        </form>
      </div>
    </section>
  )
}
