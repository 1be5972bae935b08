import { type AgendaScope, type AuthUser, canRemarkOnAgendaCase, canSeeAgendaCase } from '../auth/access'

// Applies the tafellid rule of src/auth/access.ts to one zitting and its agenda. The rule itself
// stays there; this only gathers, per case, who was invited.

/** A zitting with everything the rule looks at. */
export interface ZittingAccess {
  id: string
  date: string
  status: string
  agendaSentAt: Date | null
  regionCode: string
  memberIds: string[]
  items: { caseId: string; position: number }[]
  guests: { caseId: string; userId: string }[]
}

/** The scope of one case on the zitting; `null` for the zitting as such (standing members only). */
export function agendaScope(z: ZittingAccess, caseId: string | null): AgendaScope {
  return {
    regionCode: z.regionCode,
    memberIds: z.memberIds,
    guestIds: caseId === null ? [] : z.guests.filter((g) => g.caseId === caseId).map((g) => g.userId),
    agendaSentAt: z.agendaSentAt,
    zittingDate: z.date,
    zittingCancelled: z.status === 'geannuleerd',
  }
}

/** The agenda items this user may open, in agenda order: a guest gets only the case(s) they were invited for. */
export function visibleItems(user: AuthUser, z: ZittingAccess, today: string): ZittingAccess['items'] {
  return z.items.filter((i) => canSeeAgendaCase(user, agendaScope(z, i.caseId), today)).sort((a, b) => a.position - b.position)
}

/** A standing member sees a sent agenda even while it is empty; a guest sees the zitting through their case. */
export function canSeeZitting(user: AuthUser, z: ZittingAccess, today: string): boolean {
  return canSeeAgendaCase(user, agendaScope(z, null), today) || visibleItems(user, z, today).length > 0
}

export function isOnAgenda(z: ZittingAccess, caseId: string): boolean {
  return z.items.some((i) => i.caseId === caseId)
}

export function canSeeCaseOn(user: AuthUser, z: ZittingAccess, caseId: string, today: string): boolean {
  return isOnAgenda(z, caseId) && canSeeAgendaCase(user, agendaScope(z, caseId), today)
}

export function canRemarkOn(user: AuthUser, z: ZittingAccess, caseId: string, today: string): boolean {
  return isOnAgenda(z, caseId) && canRemarkOnAgendaCase(user, agendaScope(z, caseId), today)
}
