import type { Option } from '../admin/users'
import { Notice, Select } from '../components/field'
import { CaseDetails, type CaseDetailsProps } from './case-details'

export interface OwnCaseProps {
  caseId: string
  reference: string | null
  details: CaseDetailsProps
  involvements: { organisation: string; name: string; email: string }[]
  can: { edit: boolean; withdraw: boolean; answer: boolean; delete: boolean }
  revealReasons: Option[]
  identity: { label: string; value: string }[] | null
  notice?: string | undefined
  /** The bespreking's pages for this case: letters, report, follow-up. */
  links?: { href: string; label: string }[]
}

/** The referrer's view of their organisation's case; identity only after a deliberate, audited reveal. */
export function OwnCasePage(props: OwnCaseProps) {
  const base = `/aanmeldingen/${props.caseId}`
  return (
    <section>
      <p>
        <a href="/aanmeldingen">← Mijn aanmeldingen</a>
      </p>
      <h1>{props.reference ?? 'Concept'}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.involvements.length > 0 ? (
        <div class="notice notice--warning" role="status">
          <h2>Ook betrokken</h2>
          <p>Een andere organisatie heeft dezelfde jongere aangemeld. U ziet niets van dat dossier, enkel wie u kunt contacteren:</p>
          <ul>
            {props.involvements.map((i) => (
              <li>
                {i.organisation}: {i.name} (<a href={`mailto:${i.email}`}>{i.email}</a>)
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="actions">
        {props.can.edit ? (
          <a class="button" href={`${base}/bewerken`}>
            {props.can.answer ? 'Aanvullen en opnieuw indienen' : 'Verder invullen'}
          </a>
        ) : null}
        {props.can.withdraw ? (
          <a class="button danger" href={`${base}/intrekken`}>
            Intrekken…
          </a>
        ) : null}
        {props.can.delete ? (
          <a class="button danger" href={`${base}/verwijderen`}>
            Concept verwijderen…
          </a>
        ) : null}
        {(props.links ?? []).map((l) => (
          <a href={l.href}>{l.label}</a>
        ))}
      </div>
      <section aria-labelledby="identiteit-titel" class="identity">
        <h2 id="identiteit-titel">Identiteit van de jongere</h2>
        {props.identity ? (
          <dl class="facts">
            {props.identity.map((f) => (
              <>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </>
            ))}
          </dl>
        ) : (
          <form method="post" action={`${base}/identiteit`} class="inline-form">
            <p>De identiteit wordt enkel getoond als u een reden opgeeft. Dat wordt gelogd.</p>
            <Select name="reden" label="Reden" options={props.revealReasons} placeholder="— kies —" required />
            <button type="submit" class="secondary">
              Identiteit tonen
            </button>
          </form>
        )}
      </section>
      <CaseDetails {...props.details} />
    </section>
  )
}
