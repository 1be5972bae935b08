import { and, eq } from 'drizzle-orm'
import { caseGuests } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import type { AuthUser } from '../auth/access'
import type { Deps } from '../deps'
import { conflict, invalid, notFound, type Result } from '../result'
import { type MemberCandidate, memberCandidates } from '../tables/tables'
import { type Agenda, editableAgenda } from './agenda'
import { changedStatements } from './positions'

// Extra participants (a school's zorgcoördinator, a NAFT provider) are invited for one case: the
// tafellid rule then opens that case to them, and no other case of the zitting.

/** Who may be invited for a case: the region's active tafelleden who do not sit at this table and are not invited yet. */
export async function guestCandidates(deps: Pick<Deps, 'db'>, agenda: Agenda, caseId: string): Promise<MemberCandidate[]> {
  const invited = new Set(agenda.guests.filter((g) => g.caseId === caseId).map((g) => g.userId))
  const all = await memberCandidates(deps, [agenda.table.regionCode])
  return all.filter((m) => !agenda.table.memberIds.includes(m.id) && !invited.has(m.id))
}

export async function inviteGuest(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  zittingId: string,
  caseId: string,
  guestId: string,
  today: string,
): Promise<Result> {
  const found = await editableAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  const { agenda } = found
  if (!agenda.items.some((i) => i.caseId === caseId)) return notFound()
  if (agenda.guests.some((g) => g.caseId === caseId && g.userId === guestId)) return conflict('Deze persoon is al uitgenodigd voor deze casus.')
  const candidates = await guestCandidates(deps, agenda, caseId)
  if (!candidates.some((c) => c.id === guestId)) return invalid({ gast: 'Kies een tafellid van de regio dat niet vast aan deze tafel zit.' })
  await audit(
    deps,
    actor,
    { action: 'agenda.gast_uitgenodigd', objectType: 'case', objectId: caseId, details: { zitting: zittingId, gebruiker: guestId } },
    () => [deps.db.insert(caseGuests).values({ zittingId, caseId, userId: guestId, createdAt: deps.clock.now() }), ...changedStatements(deps, agenda.zitting)],
  )
  return { ok: true }
}

/** Taking the invitation back closes the case to them again at once. */
export async function removeGuest(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  zittingId: string,
  caseId: string,
  guestId: string,
  today: string,
): Promise<Result> {
  const found = await editableAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  const { agenda } = found
  if (!agenda.guests.some((g) => g.caseId === caseId && g.userId === guestId)) return notFound()
  await audit(
    deps,
    actor,
    { action: 'agenda.gast_verwijderd', objectType: 'case', objectId: caseId, details: { zitting: zittingId, gebruiker: guestId } },
    () => [
      deps.db.delete(caseGuests).where(and(eq(caseGuests.zittingId, zittingId), eq(caseGuests.caseId, caseId), eq(caseGuests.userId, guestId))),
      ...changedStatements(deps, agenda.zitting),
    ],
  )
  return { ok: true }
}
