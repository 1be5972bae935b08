import { and, eq } from 'drizzle-orm'
import { agendaItems } from '../../db/schema'
import { slotOf } from '../agendas/agenda'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canSeeOwnCase } from '../auth/access'
import type { Deps } from '../deps'
import { conflict, forbidden, notFound, type Result } from '../result'
import { type ConsultSetting, consultSetting, invitedOrganisations } from './queries'

// The overlegtafel brings the young person and the parents to the table. Only the referrer knows
// them, so the referrer invites them (with a letter the tool writes, naming nobody) and tells the
// coordinator whether they will come.

export interface FamilyInvitation {
  setting: ConsultSetting
  on: NonNullable<ConsultSetting['on']>
  /** When this case's slot starts, from the zitting's start and the agenda position. */
  slotStart: string
  slotEnd: string
  /** The other organisations at the table: the referrer's own is the letter's sender. */
  participants: { name: string; sector: string }[]
}

/** The referrer's overlegtafel case, while it waits for its zitting. */
export async function familyInvitation(deps: Deps, user: AuthUser, caseId: string): Promise<Result<{ invitation: FamilyInvitation }>> {
  const setting = await consultSetting(deps.db, caseId)
  if (!setting || setting.case.status === 'concept') return notFound()
  if (!canSeeOwnCase(user, setting.case)) return forbidden()
  if (setting.case.format !== 'overlegtafel') return conflict('Deze casus wordt besproken op een consult, zonder de jongere en de ouders.')
  const on = setting.on
  if (setting.case.status !== 'ingepland' || !on) return conflict('Deze casus staat (nog) niet op de agenda van een zitting.')
  const participants = await invitedOrganisations(deps.db, {
    tableId: on.table.id,
    zittingId: on.zitting.id,
    caseId,
    referringOrganisationId: setting.case.organisationId,
  })
  const slot = slotOf(on.zitting, on.table.slotMinutes, on.agenda.position)
  return {
    ok: true,
    invitation: {
      setting,
      on,
      slotStart: slot.start,
      slotEnd: slot.end,
      participants: participants.filter((p) => p.id !== setting.case.organisationId).map((p) => ({ name: p.name, sector: p.sector })),
    },
  }
}

/** Yes, no or not yet known (null), for the young person and for the parents. */
export interface FamilyAttendance {
  youngPerson: boolean | null
  parents: boolean | null
}

export async function confirmFamilyAttendance(deps: Deps, actor: Actor, user: AuthUser, caseId: string, answer: FamilyAttendance): Promise<Result> {
  const found = await familyInvitation(deps, user, caseId)
  if (!found.ok) return found
  const { zitting } = found.invitation.on
  await audit(deps, actor, { action: 'agenda.aanwezigheid_familie', objectType: 'case', objectId: caseId }, () => [
    deps.db
      .update(agendaItems)
      .set({ youngPersonComing: answer.youngPerson, parentsComing: answer.parents })
      .where(and(eq(agendaItems.zittingId, zitting.id), eq(agendaItems.caseId, caseId))),
  ])
  return { ok: true }
}
