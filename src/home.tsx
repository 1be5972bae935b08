import { Hono } from 'hono'
import { HomePage } from '../views/home/home'
import { type AuthUser, rolesOf } from './auth/access'
import { requireUser } from './auth/middleware'
import type { AppEnv } from './env'
import { page } from './http'
import { ROLE_LABELS, type Role, regionName } from './lists'

export const homeRoutes = new Hono<AppEnv>()

// What each role is for, in the words of DESIGN.md's role table; links appear as features land.
const ROLE_TASKS: Record<Role, { title: string; text: string; links: { href: string; label: string }[] }> = {
  aanmelder: {
    title: 'Aanmelder',
    text: 'U meldt vastgelopen schooltrajecten van uw organisatie aan bij het ROTS, ziet enkel de casussen van uw eigen organisatie en volgt het afgesproken aanbod op.',
    links: [
      { href: '/aanmeldingen', label: 'Naar mijn aanmeldingen' },
      { href: '/opvolging', label: 'Naar de opvolging' },
    ],
  },
  coordinator: {
    title: 'Coördinator',
    text: 'U beoordeelt aanmeldingen van uw regio, plant ze op een overlegtafel en bewaakt de opvolging. U ziet casussen enkel gepseudonimiseerd.',
    links: [
      { href: '/triage', label: 'Naar de triage' },
      { href: '/planning', label: 'Naar de planning' },
      { href: '/bespreking', label: 'Naar de besprekingen' },
      { href: '/opvolging', label: 'Naar de opvolging' },
      { href: '/signalen', label: 'Naar de signalen' },
      { href: '/rapporten', label: 'Naar de rapporten' },
    ],
  },
  tafellid: {
    title: 'Tafellid',
    text: 'U bespreekt de gepseudonimiseerde casussen op de agenda van de zittingen waarvoor u bent uitgenodigd, vanaf het versturen van de agenda tot 30 dagen na de zitting.',
    links: [{ href: '/mijn-zittingen', label: 'Naar mijn zittingen' }],
  },
  analist: {
    title: 'Analist',
    text: 'U ziet geaggregeerde rapporten en de signalen die aan uw administratie gericht zijn, nooit gegevens over individuele jongeren.',
    links: [
      { href: '/signalen', label: 'Naar de signalen' },
      { href: '/rapporten', label: 'Naar de rapporten' },
    ],
  },
  beheerder: {
    title: 'Beheerder',
    text: 'U beheert gebruikers, organisaties en rollen per regio. U ziet geen inhoud van casussen.',
    links: [{ href: '/beheer/gebruikers', label: 'Naar gebruikersbeheer' }],
  },
}

homeRoutes.get('/', requireUser, (c) => {
  const user = c.var.user as AuthUser
  return page(
    c,
    'Start',
    <HomePage
      name={user.name}
      organisationName={user.organisationName}
      roles={user.grants.map((g) => ({ role: ROLE_LABELS[g.role], region: regionName(g.regionCode) }))}
      tasks={rolesOf(user).map((role) => ROLE_TASKS[role])}
    />,
  )
})
