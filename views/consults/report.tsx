import { RedactedText } from '../cases/redacted'
import { Notice } from '../components/field'
import { PrintHint } from './letter'

export interface ConsultReportProps {
  caseId: string
  reference: string
  formatLabel: string
  zitting: { dateLabel: string; startTime: string; location: string; tableName: string }
  attendance: { name: string; sectorLabel: string; statusLabel: string }[]
  /** Overlegtafel only: "ja" / "nee" / "niet genoteerd". */
  family: { youngPerson: string; parents: string } | null
  analysis: string
  advice: string
  offers: { name: string; provider: string; typeLabel: string; contact: string | null; waitingLabel: string }[]
  actions: { description: string; sectorLabel: string; organisation: string | null; owner: string | null; dueDateLabel: string }[]
  followUpDateLabel: string
  /** For coordinators only: the signal is theirs to take further. */
  signal: { raised: boolean; text: string | null } | null
  releasedLabel: string | null
  links: { href: string; label: string }[]
  /** Shown while the report waits for release (coordinator). */
  releaseHref: string | null
  back: { href: string; label: string }
  notice?: string | undefined
}

/** The consult report: what the table saw, advised and agreed. Printable as it is. */
export function ConsultReportPage(props: ConsultReportProps) {
  return (
    <article class="report">
      <p class="no-print">
        <a href={props.back.href}>← {props.back.label}</a>
      </p>
      <h1>Verslag van de bespreking — {props.reference}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.releasedLabel === null ? (
        <div class="notice notice--warning no-print" role="status">
          Dit verslag is nog niet vrijgegeven: de aanmelder kan het nog niet lezen.
        </div>
      ) : null}
      <div class="actions no-print">
        {props.releaseHref ? (
          <a class="button" href={props.releaseHref}>
            Verslag vrijgeven…
          </a>
        ) : null}
        {props.links.map((l) => (
          <a href={l.href}>{l.label}</a>
        ))}
      </div>
      <dl class="facts">
        <dt>Formaat</dt>
        <dd>{props.formatLabel}</dd>
        <dt>Zitting</dt>
        <dd>
          {props.zitting.dateLabel}, {props.zitting.startTime} — {props.zitting.tableName}, {props.zitting.location}
        </dd>
        <dt>Opvolgdatum</dt>
        <dd>{props.followUpDateLabel}</dd>
        {props.releasedLabel ? (
          <>
            <dt>Vrijgegeven op</dt>
            <dd>{props.releasedLabel}</dd>
          </>
        ) : null}
      </dl>

      <h2>Aanwezig</h2>
      <table>
        <caption class="visually-hidden">Aanwezigheid per organisatie</caption>
        <thead>
          <tr>
            <th scope="col">Organisatie</th>
            <th scope="col">Sector</th>
            <th scope="col">Aanwezigheid</th>
          </tr>
        </thead>
        <tbody>
          {props.attendance.map((a) => (
            <tr>
              <td>{a.name}</td>
              <td>{a.sectorLabel}</td>
              <td>{a.statusLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.family ? (
        <p>
          De jongere was aanwezig: {props.family.youngPerson}. De ouders waren aanwezig: {props.family.parents}.
        </p>
      ) : null}

      <h2>Analyse</h2>
      <p class="prose">
        <RedactedText text={props.analysis} />
      </p>

      <h2>Advies en aanbod op maat</h2>
      <p class="prose">
        <RedactedText text={props.advice} />
      </p>
      {props.offers.length > 0 ? (
        <table>
          <caption>Aanbod uit de sociale kaart</caption>
          <thead>
            <tr>
              <th scope="col">Aanbod</th>
              <th scope="col">Aanbieder</th>
              <th scope="col">Contact</th>
              <th scope="col">Wachttijd</th>
            </tr>
          </thead>
          <tbody>
            {props.offers.map((o) => (
              <tr>
                <td>
                  {o.name} <span class="hint">· {o.typeLabel}</span>
                </td>
                <td>{o.provider}</td>
                <td>{o.contact ?? '—'}</td>
                <td>{o.waitingLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>Acties</h2>
      {props.actions.length === 0 ? (
        <p class="empty">Er werden geen acties afgesproken.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Afgesproken acties</caption>
          <thead>
            <tr>
              <th scope="col">Wat</th>
              <th scope="col">Wie</th>
              <th scope="col">Tegen</th>
            </tr>
          </thead>
          <tbody>
            {props.actions.map((a) => (
              <tr>
                <td class="prose">
                  <RedactedText text={a.description} />
                </td>
                <td>
                  {[a.organisation, a.sectorLabel].filter(Boolean).join(' · ')}
                  {a.owner ? (
                    <>
                      <br />
                      <RedactedText text={a.owner} />
                    </>
                  ) : null}
                </td>
                <td>{a.dueDateLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {props.signal ? (
        <>
          <h2>Signaal</h2>
          {props.signal.raised ? (
            <p class="prose">
              <RedactedText text={props.signal.text} />
            </p>
          ) : (
            <p class="empty">Geen signaal.</p>
          )}
        </>
      ) : null}
      <PrintHint />
    </article>
  )
}
