import { Hono } from 'hono'
import { AuditPage, type ChainStatus } from '../../views/admin/audit'
import { EditOrganisationPage, OrganisationsPage } from '../../views/admin/organisations'
import { OutboxPage } from '../../views/admin/outbox'
import { ConfirmDeactivatePage, InviteUserPage, UserDetailPage, UsersPage, UsersTable } from '../../views/admin/users'
import type { FieldErrors } from '../../views/components/field'
import { verifyChain } from '../audit/log'
import { listAudit } from '../audit/queries'
import { type AuthUser, canAdminister, canDeactivate, canManageGrant } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, isHtmx, page, pageParam, renderProblem, seeOther } from '../http'
import { ADDRESSEES, REGIONS, ROLE_LABELS, ROLES, regionName, SECTORS } from '../lists'
import { listOutbox, retryMail } from '../mail/outbox'
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from './organisations'
import { grantSchema, inviteSchema, organisationSchema } from './schemas'
import { deactivateUser, getUser, grantRole, inviteUser, listUsers, reactivateUser, resendInvitation, revokeRole } from './users'

const PAGE_SIZE = 25

export const adminRoutes = new Hono<AppEnv>()
adminRoutes.use('*', requireAccess(canAdminister))

const admin = (c: Ctx) => c.var.user as AuthUser

// Outcome messages travel as codes in the redirect URL, never as free text.
const NOTICES: Record<string, string> = {
  uitgenodigd: 'De uitnodiging is verstuurd.',
  opnieuw: 'Er is een nieuwe uitnodiging verstuurd; de vorige link werkt niet meer.',
  toegekend: 'De rol is toegekend.',
  ingetrokken: 'De rol is ingetrokken.',
  gedeactiveerd: 'De gebruiker is gedeactiveerd en overal afgemeld.',
  geheractiveerd: 'De gebruiker is opnieuw actief.',
  toegevoegd: 'De organisatie is toegevoegd.',
  opgeslagen: 'De wijzigingen zijn opgeslagen.',
  wachtrij: 'Het bericht staat opnieuw in de wachtrij.',
}
const notice = (c: Ctx) => NOTICES[c.req.query('melding') ?? '']

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))
const sectorOptions = SECTORS.map((s) => ({ value: s.code, label: s.label }))
const regionOptions = REGIONS.map((r) => ({ value: r.code, label: r.name }))
const administrationOptions = ADDRESSEES.map((a) => ({ value: a.code, label: a.label }))
const managedRegionOptions = (user: AuthUser) => regionOptions.filter((r) => canManageGrant(user, r.value))

// ── users ──────────────────────────────────────────────────────────────────

adminRoutes.get('/gebruikers', async (c) => {
  const query = (c.req.query('q') ?? '').slice(0, 100)
  const pageNo = pageParam(c)
  const { rows, total } = await listUsers(c.var.deps, query, pageNo, PAGE_SIZE)
  const table = {
    query,
    page: pageNo,
    pageSize: PAGE_SIZE,
    total,
    rows: rows.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      organisationName: u.organisationName,
      status: userStatus(u),
      roles: u.grants.map((g) => `${ROLE_LABELS[g.role]} (${regionName(g.regionCode)})`),
    })),
  }
  if (isHtmx(c)) return c.html(<UsersTable {...table} />)
  return page(c, 'Gebruikers', <UsersPage query={query} table={table} notice={notice(c)} />)
})

adminRoutes.get('/gebruikers/nieuw', async (c) => inviteForm(c, {}))

adminRoutes.post('/gebruikers/nieuw', async (c) => {
  const body = await formBody(c)
  const parsed = inviteSchema.safeParse(body)
  if (!parsed.success) return inviteForm(c, body, fieldErrors(parsed.error))
  const result = await inviteUser(c.var.deps, actorOf(c), admin(c), parsed.data)
  if (!result.ok) {
    if (result.fieldErrors) return inviteForm(c, body, result.fieldErrors)
    return renderProblem(c, result)
  }
  return seeOther(c, `/beheer/gebruikers/${result.id}?melding=uitgenodigd`)
})

async function inviteForm(c: Ctx, values: Record<string, unknown>, errors?: FieldErrors) {
  const organisations = await listOrganisations(c.var.deps)
  return page(
    c,
    'Gebruiker uitnodigen',
    <InviteUserPage
      values={stringValues(values)}
      errors={errors}
      organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
      roles={roleOptions}
      regions={managedRegionOptions(admin(c))}
    />,
    errors ? 422 : 200,
  )
}

adminRoutes.get('/gebruikers/:id', (c) => userDetail(c, {}))

async function userDetail(c: Ctx, extra: { values?: Record<string, unknown>; errors?: FieldErrors; problem?: string }, status: 200 | 409 | 422 = 200) {
  const user = admin(c)
  const target = await getUser(c.var.deps, c.req.param('id') ?? '')
  if (!target) return renderProblem(c, { ok: false, reason: 'not_found' })
  const mayDeactivate = canDeactivate(user, target)
  return page(
    c,
    target.name,
    <UserDetailPage
      user={{ ...target, status: userStatus(target) }}
      grants={target.grants.map((g) => ({
        role: g.role,
        roleLabel: ROLE_LABELS[g.role],
        region: g.regionCode,
        regionLabel: regionName(g.regionCode),
        canRevoke: canManageGrant(user, g.regionCode),
      }))}
      grantForm={{ roles: roleOptions, regions: managedRegionOptions(user), values: stringValues(extra.values ?? {}), errors: extra.errors }}
      can={{ deactivate: mayDeactivate && target.active, reactivate: mayDeactivate && !target.active, resend: target.active && !target.activated }}
      notice={notice(c)}
      problem={extra.problem}
    />,
    status,
  )
}

adminRoutes.post('/gebruikers/:id/rollen', async (c) => {
  const body = await formBody(c)
  const parsed = grantSchema.safeParse(body)
  if (!parsed.success) return userDetail(c, { values: body, errors: fieldErrors(parsed.error) }, 422)
  const result = await grantRole(c.var.deps, actorOf(c), admin(c), c.req.param('id'), parsed.data)
  if (!result.ok && result.reason === 'conflict') return userDetail(c, { values: body, problem: result.message }, 409)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/beheer/gebruikers/${c.req.param('id')}?melding=toegekend`)
})

adminRoutes.post('/gebruikers/:id/rollen/intrekken', async (c) => {
  const parsed = grantSchema.safeParse(await formBody(c))
  if (!parsed.success) return renderProblem(c, { ok: false, reason: 'invalid' })
  const result = await revokeRole(c.var.deps, actorOf(c), admin(c), c.req.param('id'), parsed.data)
  if (!result.ok && result.reason === 'conflict') return userDetail(c, { problem: result.message }, 409)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/beheer/gebruikers/${c.req.param('id')}?melding=ingetrokken`)
})

adminRoutes.post('/gebruikers/:id/uitnodiging', async (c) => {
  const result = await resendInvitation(c.var.deps, actorOf(c), admin(c), c.req.param('id'))
  if (!result.ok && result.reason === 'conflict') return userDetail(c, { problem: result.message }, 409)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/beheer/gebruikers/${c.req.param('id')}?melding=opnieuw`)
})

adminRoutes.get('/gebruikers/:id/deactiveren', async (c) => {
  const target = await getUser(c.var.deps, c.req.param('id'))
  if (!target) return renderProblem(c, { ok: false, reason: 'not_found' })
  if (!canDeactivate(admin(c), target)) return renderProblem(c, { ok: false, reason: 'forbidden' })
  return page(c, 'Deactiveren', <ConfirmDeactivatePage id={target.id} name={target.name} />)
})

adminRoutes.post('/gebruikers/:id/deactiveren', async (c) => {
  const result = await deactivateUser(c.var.deps, actorOf(c), admin(c), c.req.param('id'))
  if (!result.ok && result.reason === 'conflict') return userDetail(c, { problem: result.message }, 409)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/beheer/gebruikers/${c.req.param('id')}?melding=gedeactiveerd`)
})

adminRoutes.post('/gebruikers/:id/heractiveren', async (c) => {
  const result = await reactivateUser(c.var.deps, actorOf(c), admin(c), c.req.param('id'))
  if (!result.ok && result.reason === 'conflict') return userDetail(c, { problem: result.message }, 409)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/beheer/gebruikers/${c.req.param('id')}?melding=geheractiveerd`)
})

// ── organisations ──────────────────────────────────────────────────────────

adminRoutes.get('/organisaties', (c) => organisationsPage(c, {}))

adminRoutes.post('/organisaties', async (c) => {
  const body = await formBody(c)
  const parsed = organisationSchema.safeParse(body)
  if (!parsed.success) return organisationsPage(c, body, fieldErrors(parsed.error))
  const result = await createOrganisation(c.var.deps, actorOf(c), admin(c), parsed.data)
  if (!result.ok) return result.fieldErrors ? organisationsPage(c, body, result.fieldErrors) : renderProblem(c, result)
  return seeOther(c, '/beheer/organisaties?melding=toegevoegd')
})

async function organisationsPage(c: Ctx, values: Record<string, unknown>, errors?: FieldErrors) {
  const rows = await listOrganisations(c.var.deps)
  return page(
    c,
    'Organisaties',
    <OrganisationsPage
      rows={rows.map((o) => ({
        ...o,
        sectorLabel: SECTORS.find((s) => s.code === o.sector)?.label ?? o.sector,
        regionLabel: o.regionCode ? regionName(o.regionCode) : 'Vlaanderen-breed',
      }))}
      form={{ values: stringValues(values), errors, sectors: sectorOptions, regions: regionOptions, administrations: administrationOptions }}
      notice={notice(c)}
    />,
    errors ? 422 : 200,
  )
}

adminRoutes.get('/organisaties/:id', async (c) => {
  const organisation = await getOrganisation(c.var.deps, c.req.param('id'))
  if (!organisation) return renderProblem(c, { ok: false, reason: 'not_found' })
  const values = { naam: organisation.name, sector: organisation.sector, regio: organisation.regionCode ?? '', bestuur: organisation.administration ?? '' }
  return editOrganisation(c, values)
})

adminRoutes.post('/organisaties/:id', async (c) => {
  const body = await formBody(c)
  const parsed = organisationSchema.safeParse(body)
  if (!parsed.success) return editOrganisation(c, body, fieldErrors(parsed.error))
  const result = await updateOrganisation(c.var.deps, actorOf(c), admin(c), c.req.param('id'), parsed.data)
  if (!result.ok) return result.fieldErrors ? editOrganisation(c, body, result.fieldErrors) : renderProblem(c, result)
  return seeOther(c, '/beheer/organisaties?melding=opgeslagen')
})

function editOrganisation(c: Ctx, values: Record<string, unknown>, errors?: FieldErrors) {
  return page(
    c,
    'Organisatie wijzigen',
    <EditOrganisationPage
      id={c.req.param('id') ?? ''}
      form={{ values: stringValues(values), errors, sectors: sectorOptions, regions: regionOptions, administrations: administrationOptions }}
    />,
    errors ? 422 : 200,
  )
}

// ── outbox and audit log ───────────────────────────────────────────────────

const MAIL_STATUS = { wachtend: 'In wachtrij', verzonden: 'Verzonden', mislukt: 'Mislukt' } as const

adminRoutes.get('/e-mail', async (c) => {
  const pageNo = pageParam(c)
  const { rows, total } = await listOutbox(c.var.deps, pageNo, PAGE_SIZE)
  return page(
    c,
    'Uitgaande e-mail',
    <OutboxPage
      rows={rows.map((m) => ({ ...m, statusLabel: MAIL_STATUS[m.status], failed: m.status === 'mislukt' }))}
      page={pageNo}
      pageSize={PAGE_SIZE}
      total={total}
      sender={senderLabel(c.var.deps.mailer.name)}
      notice={notice(c)}
    />,
  )
})

adminRoutes.post('/e-mail/:id/opnieuw', async (c) => {
  if (!(await retryMail(c.var.deps, c.req.param('id')))) return renderProblem(c, { ok: false, reason: 'not_found' })
  return seeOther(c, '/beheer/e-mail?melding=wachtrij')
})

adminRoutes.get('/audit', async (c) => {
  const pageNo = pageParam(c)
  const { rows, total } = await listAudit(c.var.deps.db, pageNo, PAGE_SIZE)
  let chain: ChainStatus = null
  if (c.req.query('controle') === '1') chain = await verifyChain(c.var.deps.db)
  return page(
    c,
    'Auditlog',
    <AuditPage
      rows={rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        actor: r.actorName ?? (r.actorId ? 'verwijderde gebruiker' : 'anoniem'),
        action: r.action,
        object: r.objectType ? `${r.objectType} ${r.objectId ?? ''}` : '—',
        ip: r.ip ?? '—',
        details: r.details ?? '',
      }))}
      page={pageNo}
      pageSize={PAGE_SIZE}
      total={total}
      chain={chain}
    />,
  )
})

function senderLabel(name: string): string {
  if (name === 'smtp') return 'SMTP-server'
  if (name === 'eml') return 'bestanden in de map outbox (ontwikkeling: er wordt niets echt verstuurd)'
  return name
}

function userStatus(u: { active: boolean; activated: boolean }): string {
  if (!u.active) return 'Gedeactiveerd'
  return u.activated ? 'Actief' : 'Uitgenodigd'
}

/** Keeps what the user typed (first value of each field) for re-rendering a failed form. */
function stringValues(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(values)) {
    const first = Array.isArray(value) ? value[0] : value
    if (typeof first === 'string') out[key] = first
  }
  return out
}
