import { type AuthUser, canAdminister } from './auth/access'

export interface NavItem {
  href: string
  label: string
}

/** The menu a user sees: only what their grants open, so nobody is shown a door that is locked. */
export function navigationFor(user: AuthUser | null): NavItem[] {
  if (!user) return []
  const items: NavItem[] = [{ href: '/', label: 'Start' }]
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
