import { ErrorSummary, Field, type FieldErrors, Notice, Select } from '../components/field'
import { Pager } from '../components/pager'
import { formatDateTime } from '../format'

export interface Option {
  value: string
  label: string
}

export interface UserListItem {
  id: string
  name: string
  email: string
  organisationName: string
  status: string
  roles: string[]
}

export function UsersPage(props: { query: string; table: UsersTableProps; notice?: string | undefined }) {
  return (
    <section>
      <div class="page-head">
        <h1>Gebruikers</h1>
        <a class="button" href="/beheer/gebruikers/nieuw">
          Gebruiker uitnodigen
        </a>
      </div>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <search>
        <form method="get" action="/beheer/gebruikers" class="filters">
          <label for="zoek">Zoeken op naam, e-mail of organisatie</label>
          <input
            id="zoek"
            type="search"
            name="q"
            value={props.query}
            hx-get="/beheer/gebruikers"
            hx-trigger="input changed delay:300ms, search"
            hx-target="#gebruikers"
            hx-swap="outerHTML"
          />
          <button type="submit">Zoeken</button>
        </form>
      </search>
      <UsersTable {...props.table} />
    </section>
  )
}

export interface UsersTableProps {
  rows: UserListItem[]
  page: number
  pageSize: number
  total: number
  query: string
}

/** The fragment the search box swaps in; the full page includes the very same component. */
export function UsersTable(props: UsersTableProps) {
  return (
    <div id="gebruikers" aria-live="polite">
      {props.rows.length === 0 ? (
        <p class="empty">{props.query ? 'Geen gebruikers gevonden voor deze zoekopdracht.' : 'Er zijn nog geen gebruikers.'}</p>
      ) : (
        <table>
          <caption>
            {props.total} {props.total === 1 ? 'gebruiker' : 'gebruikers'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Organisatie</th>
              <th scope="col">Rollen</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((u) => (
              <tr>
                <td>
                  <a href={`/beheer/gebruikers/${u.id}`}>{u.name}</a>
                </td>
                <td>{u.email}</td>
                <td>{u.organisationName}</td>
                <td>{u.roles.length ? u.roles.join(', ') : '—'}</td>
                <td>{u.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={props.page} pageSize={props.pageSize} total={props.total} baseUrl="/beheer/gebruikers" params={props.query ? { q: props.query } : {}} />
    </div>
  )
}

export interface InviteFormProps {
  values: Record<string, string>
  errors?: FieldErrors | undefined
  message?: string | undefined
  organisations: Option[]
  roles: Option[]
  regions: Option[]
}

const INVITE_LABELS = { naam: 'Naam', email: 'E-mailadres', organisatie: 'Organisatie', rol: 'Rol', regio: 'Regio' }

export function InviteUserPage(props: InviteFormProps) {
  return (
    <section class="narrow">
      <p>
        <a href="/beheer/gebruikers">← Gebruikers</a>
      </p>
      <h1>Gebruiker uitnodigen</h1>
      <p>De gebruiker krijgt een e-mail met een persoonlijke link om een wachtwoord te kiezen. Verdere rollen kent u daarna toe.</p>
      <ErrorSummary errors={props.errors} message={props.message} labels={INVITE_LABELS} />
      {props.organisations.length === 0 ? (
        <Notice kind="warning">
          Er zijn nog geen organisaties. <a href="/beheer/organisaties">Voeg eerst een organisatie toe.</a>
        </Notice>
      ) : null}
      <form method="post" action="/beheer/gebruikers/nieuw" novalidate>
        <Field name="naam" label={INVITE_LABELS.naam} value={props.values.naam} errors={props.errors} autocomplete="off" required />
        <Field name="email" label={INVITE_LABELS.email} type="email" value={props.values.email} errors={props.errors} autocomplete="off" required />
        <Select
          name="organisatie"
          label={INVITE_LABELS.organisatie}
          options={props.organisations}
          value={props.values.organisatie}
          errors={props.errors}
          placeholder="— kies —"
          required
        />
        <Select name="rol" label={INVITE_LABELS.rol} options={props.roles} value={props.values.rol} errors={props.errors} placeholder="— kies —" required />
        <Select
          name="regio"
          label={INVITE_LABELS.regio}
          options={props.regions}
          value={props.values.regio}
          errors={props.errors}
          placeholder="— kies —"
          required
        />
        <button type="submit">Uitnodiging versturen</button>
      </form>
    </section>
  )
}

export interface UserDetailProps {
  user: {
    id: string
    name: string
    email: string
    organisationName: string
    status: string
    activated: boolean
    active: boolean
    pendingInvitationExpiresAt: Date | null
  }
  grants: { role: string; roleLabel: string; region: string; regionLabel: string; canRevoke: boolean }[]
  grantForm: { roles: Option[]; regions: Option[]; values: Record<string, string>; errors?: FieldErrors | undefined }
  can: { deactivate: boolean; reactivate: boolean; resend: boolean }
  notice?: string | undefined
  problem?: string | undefined
}

export function UserDetailPage(props: UserDetailProps) {
  const u = props.user
  return (
    <section>
      <p>
        <a href="/beheer/gebruikers">← Gebruikers</a>
      </p>
      <h1>{u.name}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.problem ? (
        <div class="error-summary" role="alert">
          <p>{props.problem}</p>
        </div>
      ) : null}
      <dl class="facts">
        <dt>E-mailadres</dt>
        <dd>{u.email}</dd>
        <dt>Organisatie</dt>
        <dd>{u.organisationName}</dd>
        <dt>Status</dt>
        <dd>{u.status}</dd>
        {u.pendingInvitationExpiresAt ? (
          <>
            <dt>Uitnodiging geldig tot</dt>
            <dd>{formatDateTime(u.pendingInvitationExpiresAt)}</dd>
          </>
        ) : null}
      </dl>
      <div class="actions">
        {props.can.resend ? (
          <form method="post" action={`/beheer/gebruikers/${u.id}/uitnodiging`}>
            <button type="submit" class="secondary">
              Uitnodiging opnieuw versturen
            </button>
          </form>
        ) : null}
        {props.can.deactivate ? (
          <a class="button danger" href={`/beheer/gebruikers/${u.id}/deactiveren`}>
            Deactiveren…
          </a>
        ) : null}
        {props.can.reactivate ? (
          <form method="post" action={`/beheer/gebruikers/${u.id}/heractiveren`}>
            <button type="submit" class="secondary">
              Heractiveren
            </button>
          </form>
        ) : null}
      </div>
      <GrantsSection userId={u.id} grants={props.grants} form={props.grantForm} />
    </section>
  )
}

function GrantsSection(props: { userId: string; grants: UserDetailProps['grants']; form: UserDetailProps['grantForm'] }) {
  return (
    <section aria-labelledby="rollen-titel">
      <h2 id="rollen-titel">Rollen per regio</h2>
      {props.grants.length === 0 ? (
        <p class="empty">Nog geen rollen: deze gebruiker ziet enkel de startpagina en het eigen account.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Toegekende rollen</caption>
          <thead>
            <tr>
              <th scope="col">Rol</th>
              <th scope="col">Regio</th>
              <th scope="col">
                <span class="visually-hidden">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.grants.map((g) => (
              <tr>
                <td>{g.roleLabel}</td>
                <td>{g.regionLabel}</td>
                <td>
                  {g.canRevoke ? (
                    <form method="post" action={`/beheer/gebruikers/${props.userId}/rollen/intrekken`}>
                      <input type="hidden" name="rol" value={g.role} />
                      <input type="hidden" name="regio" value={g.region} />
                      <button type="submit" class="link-button" aria-label={`${g.roleLabel} in ${g.regionLabel} intrekken`}>
                        Intrekken
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.form.regions.length > 0 ? (
        <form method="post" action={`/beheer/gebruikers/${props.userId}/rollen`} class="inline-form" novalidate>
          <h3>Rol toekennen</h3>
          <Select name="rol" label="Rol" options={props.form.roles} value={props.form.values.rol} errors={props.form.errors} placeholder="— kies —" required />
          <Select
            name="regio"
            label="Regio"
            options={props.form.regions}
            value={props.form.values.regio}
            errors={props.form.errors}
            placeholder="— kies —"
            required
          />
          <button type="submit">Toekennen</button>
        </form>
      ) : null}
    </section>
  )
}

export function ConfirmDeactivatePage(props: { id: string; name: string }) {
  return (
    <section class="narrow">
      <h1>{props.name} deactiveren?</h1>
      <p>
        Alle sessies van deze gebruiker worden meteen beëindigd en aanmelden is niet meer mogelijk. Het account en de historiek blijven bewaard; u kunt later
        heractiveren.
      </p>
      <form method="post" action={`/beheer/gebruikers/${props.id}/deactiveren`} class="actions">
        <button type="submit" class="danger">
          Ja, deactiveren
        </button>
        <a href={`/beheer/gebruikers/${props.id}`}>Annuleren</a>
      </form>
    </section>
  )
}
