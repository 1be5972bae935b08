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
