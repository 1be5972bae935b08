import { and, asc, eq, inArray, or, sql } from 'drizzle-orm'
import { grants, invitations, organisations, users } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canAdminister, canDeactivate, canManageGrant, type Grant } from '../auth/access'
import { prepareInvitation } from '../auth/invitations'
import { invalidateUserSessions } from '../auth/sessions'
import { containsText, isUniqueViolation } from '../db'
import type { Deps } from '../deps'
import { newId } from '../ids'
import type { Role } from '../lists'
import { conflict, forbidden, invalid, notFound, type Result } from '../result'
import type { GrantInput, InviteInput } from './schemas'

export interface UserRow {
  id: string
  name: string
  email: string
  organisationName: string
  active: boolean
  activated: boolean
  grants: Grant[]
}

/** One page of users, optionally filtered on name, e-mail or organisation. */
export async function listUsers(deps: Pick<Deps, 'db'>, query: string, page: number, pageSize: number) {
  const q = query.trim().toLowerCase()
  const filter = q ? or(containsText(users.name, q), containsText(users.email, q), containsText(organisations.name, q)) : undefined
  const rows = await deps.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisationName: organisations.name,
      active: users.active,
      activated: sql<number>`${users.passwordHash} is not null`,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(filter)
    .orderBy(asc(users.name), asc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await deps.db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(filter)
  const grantsByUser = await grantsOf(
    deps,
    rows.map((r) => r.id),
  )
  const list: UserRow[] = rows.map((r) => ({ ...r, activated: Boolean(r.activated), grants: grantsByUser.get(r.id) ?? [] }))
  return { rows: list, total: count?.n ?? 0 }
}

export interface UserDetail extends UserRow {
  organisationId: string
  pendingInvitationExpiresAt: Date | null
}

export async function getUser(deps: Pick<Deps, 'db' | 'clock'>, id: string): Promise<UserDetail | null> {
  const [row] = await deps.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      active: users.active,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id))
    .limit(1)
  if (!row) return null
  const [invitation] = await deps.db
    .select({ expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.userId, id), sql`${invitations.usedAt} is null`, sql`${invitations.expiresAt} > ${deps.clock.now().getTime()}`))
    .limit(1)
  const { passwordHash, ...rest } = row
  return {
    ...rest,
    activated: passwordHash !== null,
    grants: (await grantsOf(deps, [id])).get(id) ?? [],
    pendingInvitationExpiresAt: invitation?.expiresAt ?? null,
  }
}

async function grantsOf(deps: Pick<Deps, 'db'>, userIds: string[]): Promise<Map<string, Grant[]>> {
  const map = new Map<string, Grant[]>()
  if (userIds.length === 0) return map
  const rows = await deps.db
    .select({ userId: grants.userId, role: grants.role, regionCode: grants.regionCode })
    .from(grants)
    .where(inArray(grants.userId, userIds))
    .orderBy(asc(grants.role), asc(grants.regionCode))
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), { role: r.role as Role, regionCode: r.regionCode }])
  return map
}

const EMAIL_TAKEN = 'Er bestaat al een account met dit e-mailadres.'

/** Creates the account without a password, with its first grant, and mails a one-time link. */
export async function inviteUser(deps: Deps, actor: Actor, admin: AuthUser, input: InviteInput): Promise<Result<{ id: string }>> {
  if (!canAdminister(admin)) return forbidden()
  if (!canManageGrant(admin, input.regio)) return invalid({ regio: 'U kunt enkel rollen toekennen in regio’s die u beheert.' })
  const [organisation] = await deps.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisatie)).limit(1)
  if (!organisation) return invalid({ organisatie: 'Kies een bestaande organisatie.' })
  const grantList = [{ role: input.rol, regionCode: input.regio }]
  return createInvitedUser(deps, actor, { name: input.naam, email: input.email, organisationId: organisation.id, grants: grantList }, admin.id)
}

/**
 * The account, its grants and the invitation in one atomic write. Callers check authority:
 * `inviteUser` for a beheerder, the CLI for the operator who installs the first admin.
 */
export async function createInvitedUser(
  deps: Deps,
  actor: Actor,
  input: { name: string; email: string; organisationId: string; grants: Grant[] },
  createdBy: string | null,
): Promise<Result<{ id: string; link: string }>> {
  const id = newId()
  const invitation = prepareInvitation(deps, { id, email: input.email, name: input.name }, createdBy)
  const details = { rollen: input.grants.map((g) => `${g.role}@${g.regionCode}`).join(',') }
  try {
    await audit(deps, actor, { action: 'gebruiker.uitgenodigd', objectType: 'user', objectId: id, details }, () => [
      deps.db.insert(users).values({ id, email: input.email, name: input.name, organisationId: input.organisationId }),
      ...input.grants.map((g) => deps.db.insert(grants).values({ userId: id, role: g.role, regionCode: g.regionCode })),
      ...invitation.statements,
    ])
  } catch (error) {
    if (isUniqueViolation(error)) return { ...conflict(EMAIL_TAKEN), fieldErrors: { email: EMAIL_TAKEN } }
    throw error
  }
  return { ok: true, id, link: invitation.link }
}

/** A fresh link for someone who has not activated their account yet (the old link stops working). */
export async function resendInvitation(deps: Deps, actor: Actor, admin: AuthUser, userId: string): Promise<Result> {
  if (!canAdminister(admin)) return forbidden()
  const target = await getUser(deps, userId)
  if (!target) return notFound()
  if (target.activated) return conflict('Deze gebruiker heeft het account al geactiveerd.')
  if (!target.active) return conflict('Deze gebruiker is gedeactiveerd.')
  await audit(deps, actor, { action: 'uitnodiging.opnieuw', objectType: 'user', objectId: userId }, () => prepareInvitation(deps, target, admin.id).statements)
  return { ok: true }
}

export async function grantRole(deps: Deps, actor: Actor, admin: AuthUser, userId: string, input: GrantInput): Promise<Result> {
  if (!canManageGrant(admin, input.regio)) return forbidden('U kunt enkel rollen toekennen in regio’s die u beheert.')
  const target = await getUser(deps, userId)
  if (!target) return notFound()
  if (target.grants.some((g) => g.role === input.rol && g.regionCode === input.regio)) return conflict('Deze gebruiker heeft deze rol in deze regio al.')
  await audit(deps, actor, { action: 'rol.toegekend', objectType: 'user', objectId: userId, details: { rol: input.rol, regio: input.regio } }, () => [
    deps.db.insert(grants).values({ userId, role: input.rol, regionCode: input.regio }).onConflictDoNothing(),
  ])
  return { ok: true }
}

/** Revoking the last beheerder grant of the revoking admin themselves is refused: it would lock them out mid-task. */
export async function revokeRole(deps: Deps, actor: Actor, admin: AuthUser, userId: string, input: GrantInput): Promise<Result> {
  if (!canManageGrant(admin, input.regio)) return forbidden('U kunt enkel rollen intrekken in regio’s die u beheert.')
  const target = await getUser(deps, userId)
  if (!target) return notFound()
  if (!target.grants.some((g) => g.role === input.rol && g.regionCode === input.regio)) return conflict('Deze rol was niet (meer) toegekend.')
  if (userId === admin.id && input.rol === 'beheerder' && target.grants.filter((g) => g.role === 'beheerder').length === 1)
    return conflict('U kunt uw eigen laatste beheerdersrol niet intrekken.')
  await audit(deps, actor, { action: 'rol.ingetrokken', objectType: 'user', objectId: userId, details: { rol: input.rol, regio: input.regio } }, () => [
    deps.db.delete(grants).where(and(eq(grants.userId, userId), eq(grants.role, input.rol), eq(grants.regionCode, input.regio))),
  ])
  return { ok: true }
}

/** Deactivation ends every session at once and blocks new logins; the account and its history stay. */
export async function deactivateUser(deps: Deps, actor: Actor, admin: AuthUser, userId: string): Promise<Result> {
  const target = await getUser(deps, userId)
  if (!target) return notFound()
  if (!canDeactivate(admin, target)) return forbidden(admin.id === userId ? 'U kunt uw eigen account niet deactiveren.' : undefined)
  if (!target.active) return conflict('Deze gebruiker is al gedeactiveerd.')
  await audit(deps, actor, { action: 'gebruiker.gedeactiveerd', objectType: 'user', objectId: userId }, () => [
    deps.db.update(users).set({ active: false }).where(eq(users.id, userId)),
    invalidateUserSessions(deps, userId),
  ])
  return { ok: true }
}

export async function reactivateUser(deps: Deps, actor: Actor, admin: AuthUser, userId: string): Promise<Result> {
  const target = await getUser(deps, userId)
  if (!target) return notFound()
  if (!canDeactivate(admin, target)) return forbidden()
  if (target.active) return conflict('Deze gebruiker is al actief.')
  await audit(deps, actor, { action: 'gebruiker.geheractiveerd', objectType: 'user', objectId: userId }, () => [
    deps.db.update(users).set({ active: true }).where(eq(users.id, userId)),
  ])
  return { ok: true }
}
