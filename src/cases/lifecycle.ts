import type { CaseStatus, Role } from '../lists'

/**
 * The status machine of DESIGN.md. This table is the only place that says which transition
 * leads from which statuses to which, and which roles perform it; domain functions look it up,
 * nothing else changes a status.
 */
export const TRANSITIONS = {
  submit: { from: ['concept'], to: 'aangemeld', roles: ['aanmelder'] },
  requestInfo: { from: ['aangemeld'], to: 'info_gevraagd', roles: ['coordinator'] },
  answerInfo: { from: ['info_gevraagd'], to: 'aangemeld', roles: ['aanmelder'] },
  accept: { from: ['aangemeld'], to: 'aanvaard', roles: ['coordinator'] },
  redirect: { from: ['aangemeld', 'info_gevraagd'], to: 'doorverwezen', roles: ['coordinator'] },
  schedule: { from: ['aanvaard'], to: 'ingepland', roles: ['coordinator'] },
  unschedule: { from: ['ingepland'], to: 'aanvaard', roles: ['coordinator'] },
  discuss: { from: ['ingepland'], to: 'besproken', roles: ['coordinator'] },
  startFollowUp: { from: ['besproken'], to: 'opvolging', roles: ['coordinator'] },
  requeue: { from: ['opvolging'], to: 'aanvaard', roles: ['coordinator'] },
  // the referrer who followed the case up may close it, as may the coordinator
  close: { from: ['opvolging'], to: 'afgesloten', roles: ['coordinator', 'aanmelder'] },
  withdraw: { from: ['aangemeld', 'info_gevraagd', 'aanvaard', 'ingepland'], to: 'ingetrokken', roles: ['aanmelder'] },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus; roles: readonly Role[] }>

export type Transition = keyof typeof TRANSITIONS

export type TransitionCheck = { ok: true; to: CaseStatus } | { ok: false; reason: 'forbidden' | 'conflict' }

/** Whether `role` may perform `transition` on a case in `status` (region and ownership are checked by the caller's access rule). */
export function checkTransition(transition: Transition, status: CaseStatus, roles: readonly Role[]): TransitionCheck {
  const rule = TRANSITIONS[transition]
  if (!(rule.roles as readonly Role[]).some((r) => roles.includes(r))) return { ok: false, reason: 'forbidden' }
  if (!(rule.from as readonly CaseStatus[]).includes(status)) return { ok: false, reason: 'conflict' }
  return { ok: true, to: rule.to }
}

/** Statuses in which the referrer's case is still open (for repeat-referral and Verwijsindex rules). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['aangemeld', 'info_gevraagd', 'aanvaard', 'ingepland', 'besproken', 'opvolging']
