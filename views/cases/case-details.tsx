import { formatDate } from '../format'
import { RedactedText } from './redacted'

/** What every role that may see a case sees of it: no identity, scrubbed text only. */
export interface CaseDetailsProps {
  regionLabel: string
  statusLabel: string
  urgencyLabel: string
  urgencyMotivation: string | null
  ageYears: number | null
  genderLabel: string
  educationLabel: string
  livingLabel: string
  formatLabel: string
  /** Set once the coordinator chose the format at triage. */
  decidedFormatLabel: string | null
  themes: string[]
  interventions: { typeLabel: string; provider: string | null; period: string | null; effect: string | null }[]
  deadlock: string | null
  question: string | null
  partners: string | null
  eligibility: string[]
  consentPurposes: string[]
  organisationName: string
  referrerName: string
  referrerEmail: string
  submittedAt: Date | null
  messages: { at: Date; kindLabel: string; authorName: string; text: string }[]
  history: { at: Date; toLabel: string; note: string | null }[]
}

export function CaseDetails(props: CaseDetailsProps) {
  return (
    <div class="case-details">
      <dl class="facts">
        <dt>Status</dt>
        <dd>{props.statusLabel}</dd>
        <dt>Regio</dt>
        <dd>{props.regionLabel}</dd>
        <dt>Aangemeld op</dt>
        <dd>{props.submittedAt ? formatDate(props.submittedAt) : 'nog niet ingediend'}</dd>
        <dt>Aanmelder</dt>
        <dd>
          {props.referrerName}, {props.organisationName} (<a href={`mailto:${props.referrerEmail}`}>{props.referrerEmail}</a>)
        </dd>
        <dt>Urgentie</dt>
        <dd>
          {props.urgencyLabel}
          {props.urgencyMotivation ? (
            <>
              {' — '}
              <RedactedText text={props.urgencyMotivation} />
            </>
          ) : null}
        </dd>
        <dt>Voorgesteld formaat</dt>
        <dd>{props.formatLabel}</dd>
        {props.decidedFormatLabel ? (
          <>
            <dt>Gekozen formaat</dt>
            <dd>{props.decidedFormatLabel}</dd>
          </>
        ) : null}
      </dl>
      <h2>Profiel</h2>
      <dl class="facts">
        <dt>Leeftijd</dt>
        <dd>{props.ageYears === null ? '—' : `${props.ageYears} jaar`}</dd>
        <dt>Gender</dt>
        <dd>{props.genderLabel}</dd>
        <dt>Onderwijs</dt>
        <dd>{props.educationLabel}</dd>
        <dt>Leefsituatie</dt>
        <dd>{props.livingLabel}</dd>
        <dt>Thema’s</dt>
        <dd>{props.themes.length ? props.themes.join(', ') : '—'}</dd>
      </dl>
      <h2>Traject tot nu toe</h2>
      {props.interventions.length === 0 ? (
        <p class="empty">Geen eerdere trajecten ingevuld.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Eerdere trajecten</caption>
          <thead>
            <tr>
              <th scope="col">Interventie</th>
              <th scope="col">Aanbieder</th>
              <th scope="col">Periode</th>
              <th scope="col">Effect</th>
            </tr>
          </thead>
          <tbody>
            {props.interventions.map((i) => (
              <tr>
                <td>{i.typeLabel}</td>
                <td>
                  <RedactedText text={i.provider} />
                </td>
                <td>
                  <RedactedText text={i.period} />
                </td>
                <td>
                  <RedactedText text={i.effect} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Waarom zit het vast?</h2>
      <p class="prose">
        <RedactedText text={props.deadlock} />
      </p>
      <h2>Vraag aan de tafel</h2>
      <p class="prose">
        <RedactedText text={props.question} />
      </p>
      <h2>Betrokken partners</h2>
      <p class="prose">
        <RedactedText text={props.partners} />
      </p>
      <h2>Voorwaarden en toestemming</h2>
      <ul>
        {props.eligibility.map((e) => (
          <li>{e}</li>
        ))}
      </ul>
      <p>Toestemming voor: {props.consentPurposes.length ? props.consentPurposes.join('; ') : 'geen'}.</p>
      {props.history.length > 0 ? (
        <>
          <h2>Verloop</h2>
          <ol class="thread">
            {props.history.map((h) => (
              <li>
                {formatDate(h.at)}: {h.toLabel}
                {h.note ? (
                  <p class="prose">
                    <RedactedText text={h.note} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {props.messages.length > 0 ? (
        <>
          <h2>Vragen en antwoorden</h2>
          <ol class="thread">
            {props.messages.map((m) => (
              <li>
                <p class="hint">
                  {m.kindLabel} van {m.authorName}, {formatDate(m.at)}
                </p>
                <p class="prose">
                  <RedactedText text={m.text} />
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  )
}
