import type { Role } from '../lists'

/**
 * Every authorisation rule of the app lives here. Routes and domain functions ask `can…`;
 * nothing else looks at grants.
 */
export interface Grant {
  role: Role
  regionCode: string
}

export interface AuthUser {
  id: string
  email: string
  name: string
  organisationId: string
  organisationName: string
  grants: Grant[]
}

export function hasRole(user: AuthUser, role: Role): boolean {
  return user.grants.some((g) => g.role === role)
}

export function hasAnyRole(user: AuthUser, roles: readonly Role[]): boolean {
  return roles.some((role) => hasRole(user, role))
}

export function regionsWithRole(user: AuthUser, role: Role): string[] {
  return user.grants.filter((g) => g.role === role).map((g) => g.regionCode)
}

export function rolesOf(user: AuthUser): Role[] {
  return [...new Set(user.grants.map((g) => g.role))]
}

/** Functional administration (users, organisations, the audit log) is the beheerder's. */
export function canAdminister(user: AuthUser): boolean {
  return hasRole(user, 'beheerder')
}

/** A beheerder hands out or takes back a (role, region) pair only in a region they administer. */
export function canManageGrant(user: AuthUser, regionCode: string): boolean {
  return user.grants.some((g) => g.role === 'beheerder' && g.regionCode === regionCode)
}

/**
 * Deactivating someone ends their access everywhere, so the beheerder must administer every
 * region the target works in; nobody deactivates themselves (that would lock out the last admin).
 */
export function canDeactivate(user: AuthUser, target: { id: string; grants: Grant[] }): boolean {
  return canAdminister(user) && user.id !== target.id && target.grants.every((g) => canManageGrant(user, g.regionCode))
}

// ── cases ──────────────────────────────────────────────────────────────────

/** What the case rules need to know about a case. */
export interface CaseScope {
  regionCode: string
  organisationId: string
  referrerId: string
  status: string
}

const holds = (user: AuthUser, role: Role, regionCode: string) => user.grants.some((g) => g.role === role && g.regionCode === regionCode)

/** An aanmelder files cases in the regions they are granted, for their own organisation. */
export function canFileCase(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'aanmelder', regionCode)
}

/**
 * The referring organisation's aanmelders see and re-identify their organisation's cases, in the
 * region of the case; nobody else ever sees identity.
 */
export function canSeeOwnCase(user: AuthUser, c: CaseScope): boolean {
  return c.organisationId === user.organisationId && holds(user, 'aanmelder', c.regionCode)
}

/** A concept is the author's own draft until it is submitted. */
export function canEditDraft(user: AuthUser, c: CaseScope): boolean {
  return canSeeOwnCase(user, c) && (c.status === 'concept' ? c.referrerId === user.id : c.status === 'info_gevraagd')
}

/** Coordinators see the pseudonymised cases of their regions, never a concept. */
export function canSeePseudonymisedCase(user: AuthUser, c: CaseScope): boolean {
  return c.status !== 'concept' && holds(user, 'coordinator', c.regionCode)
}

export function canTriage(user: AuthUser): boolean {
  return hasRole(user, 'coordinator')
}

export function canFileAnyCase(user: AuthUser): boolean {
  return hasRole(user, 'aanmelder')
}

/** The sociale kaart of a region is kept by its coordinators. */
export function canManageOffers(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'coordinator', regionCode)
}

// ── tables (overlegtafels) ─────────────────────────────────────────────────

/** A region's tables and zittingen are run by its coordinators. */
export function canManageTables(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'coordinator', regionCode)
}

/** The calendar entry of a zitting is for the table's standing members and the region's coordinators. */
export function canSeeZittingCalendar(user: AuthUser, scope: { regionCode: string; memberIds: readonly string[] }): boolean {
  return canManageTables(user, scope.regionCode) || scope.memberIds.includes(user.id)
}
