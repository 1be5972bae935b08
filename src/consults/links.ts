import type { CaseStatus } from '../lists'

export interface Link {
  href: string
  label: string
}

/**
 * Where the case pages lead for the bespreking and what follows it, by who looks and where the
 * case stands. The pages behind the links check access themselves; this only avoids showing doors
 * that are shut.
 */
export function consultLinks(viewer: 'referrer' | 'coordinator', c: { id: string; status: CaseStatus; format: string | null }): Link[] {
  const links: Link[] = []
  const released = c.status === 'opvolging' || c.status === 'afgesloten'
  if (viewer === 'referrer') {
    if (c.status === 'ingepland' && c.format === 'overlegtafel')
      links.push(
        { href: `/verslag/${c.id}/aanwezigheid`, label: 'Doorgeven of de jongere en de ouders komen' },
        { href: `/verslag/${c.id}/uitnodiging`, label: 'Uitnodiging voor de jongere en de ouders' },
      )
    if (released) links.push({ href: `/verslag/${c.id}`, label: 'Verslag van de bespreking' })
    if (released && c.format === 'consult') links.push({ href: `/verslag/${c.id}/adviesbrief`, label: 'Adviesbrief voor de jongere en de ouders' })
  } else {
    if (c.status === 'ingepland') links.push({ href: `/bespreking/${c.id}`, label: 'Bespreking vastleggen' })
    if (c.status === 'besproken') links.push({ href: `/verslag/${c.id}`, label: 'Verslag nakijken en vrijgeven' })
    if (released) links.push({ href: `/verslag/${c.id}`, label: 'Verslag van de bespreking' })
  }
  if (c.status === 'opvolging') links.push({ href: `/opvolging/${c.id}`, label: 'Opvolging' })
  return links
}
