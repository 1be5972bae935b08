import { type Actor, audit } from '../audit/log'
import type { AuthUser } from '../auth/access'
import type { Deps } from '../deps'
import { notFound, type Result } from '../result'
import { editableAgenda } from './agenda'
import { changedStatements, orderStatements } from './positions'

export type Direction = 'op' | 'neer'

/** One place up or down; at the top or the bottom already, nothing changes. */
export async function reorderCase(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  zittingId: string,
  caseId: string,
  direction: Direction,
  today: string,
): Promise<Result> {
  const found = await editableAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  const { agenda } = found
  const order = agenda.items.map((i) => i.caseId)
  const from = order.indexOf(caseId)
  if (from < 0) return notFound()
  const to = direction === 'op' ? from - 1 : from + 1
  if (to < 0 || to >= order.length) return { ok: true }
  order.splice(to, 0, ...order.splice(from, 1))
  await audit(
    deps,
    actor,
    { action: 'agenda.volgorde_gewijzigd', objectType: 'zitting', objectId: zittingId, details: { casus: caseId, richting: direction } },
    () => [...orderStatements(deps, zittingId, order), ...changedStatements(deps, agenda.zitting)],
  )
  return { ok: true }
}
