import { type AuthUser, regionsWithRole, signalRegions } from '../auth/access'
import type { Deps } from '../deps'
import type { Addressee } from '../lists'
import { forwardedPerRegion, listFlaggedConsults, listForwarded, listRegister } from './queries'
import type { RegisterFilter } from './schemas'

/**
 * What /signalen shows: a coordinator the register of their regions with the besprekingen that
 * flagged a signal still to be raised; an analist the forwarded signals addressed to their
 * administration, for all of Flanders or one region.
 */
export async function signalOverview(deps: Pick<Deps, 'db'>, user: AuthUser, filter: RegisterFilter, page: number, pageSize: number) {
  const coordinated = signalRegions(user)
  if (coordinated.length > 0) {
    const regions = filter.regio && coordinated.includes(filter.regio) ? [filter.regio] : coordinated
    const [register, flagged] = await Promise.all([
      listRegister(deps.db, { regions, status: filter.status, level: filter.niveau, theme: filter.thema }, page, pageSize),
      listFlaggedConsults(deps.db, coordinated),
    ])
    return { kind: 'register' as const, regions: coordinated, ...register, flagged }
  }
  const administration: Addressee | null = user.administration ?? null
  const regions = regionsWithRole(user, 'analist')
  if (!administration) return { kind: 'analist' as const, administration, regions, rows: [], total: 0, perRegion: [] }
  const scope = { regions, administration, region: filter.regio, status: filter.status }
  const [listing, perRegion] = await Promise.all([listForwarded(deps.db, scope, page, pageSize), forwardedPerRegion(deps.db, scope)])
  return { kind: 'analist' as const, administration, regions, ...listing, perRegion }
}
