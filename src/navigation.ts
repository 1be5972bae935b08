import { type AuthUser, canAdminister, canFileAnyCase, canReadReports, canTriage, hasAnyRole, hasRole } from './auth/access'

export interface NavItem {
  href: string
  label: string
}

/** The menu a user sees: only what their grants open, so nobody is shown a door that is locked. */
export function navigationFor(user: AuthUser | null): NavItem[] {
  if (!user) return []
  const items: NavItem[] = [{ href: '/', label: 'Start' }]
  if (canFileAnyCase(user)) items.push({ href: '/aanmeldingen', label: 'Mijn aanmeldingen' })
  if (canTriage(user))
    items.push(
      { href: '/triage', label: 'Triage' },
      { href: '/planning', label: 'Planning' },
      { href: '/bespreking', label: 'Besprekingen' },
      { href: '/tafels', label: 'Tafels' },
      { href: '/aanbod', label: 'Aanbod' },
    )
  if (canFileAnyCase(user) || canTriage(user)) items.push({ href: '/opvolging', label: 'Opvolging' })
  if (hasRole(user, 'tafellid')) items.push({ href: '/mijn-zittingen', label: 'Mijn zittingen' })
  if (hasAnyRole(user, ['coordinator', 'analist'])) items.push({ href: '/signalen', label: 'Signalen' })
  if (canReadReports(user)) items.push({ href: '/rapporten', label: 'Rapporten' })
  if (canAdminister(user)) {
    items.push(
      { href: '/beheer/gebruikers', label: 'Gebruikers' },
      { href: '/beheer/organisaties', label: 'Organisaties' },
      { href: '/beheer/e-mail', label: 'E-mail' },
      { href: '/beheer/audit', label: 'Auditlog' },
    )
  }
  items.push({ href: '/account', label: 'Mijn account' })
  return items
}
