import type { CaseStatus, Role } from '../lists'

/**
 * The status machine of DESIGN.md. This table is the only place that says which transition
 * leads from which statuses to which, and which role performs it; domain functions look it up,
 * nothing else changes a status.
 */
export const TRANSITIONS = {
  submit: { from: ['concept'], to: 'aangemeld', role: 'aanmelder' },
  requestInfo: { from: ['aangemeld'], to: 'info_gevraagd', role: 'coordinator' },
  answerInfo: { from: ['info_gevraagd'], to: 'aangemeld', role: 'aanmelder' },
  accept: { from: ['aangemeld'], to: 'aanvaard', role: 'coordinator' },
  redirect: { from: ['aangemeld', 'info_gevraagd'], to: 'doorverwezen', role: 'coordinator' },
  schedule: { from: ['aanvaard'], to: 'ingepland', role: 'coordinator' },
  unschedule: { from: ['ingepland'], to: 'aanvaard', role: 'coordinator' },
  discuss: { from: ['ingepland'], to: 'besproken', role: 'coordinator' },
  startFollowUp: { from: ['besproken'], to: 'opvolging', role: 'coordinator' },
  requeue: { from: ['opvolging'], to: 'aanvaard', role: 'coordinator' },
  close: { from: ['opvolging'], to: 'afgesloten', role: 'coordinator' },
  withdraw: { from: ['aangemeld', 'info_gevraagd', 'aanvaard', 'ingepland'], to: 'ingetrokken', role: 'aanmelder' },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus; role: Role }>

export type Transition = keyof typeof TRANSITIONS

export type TransitionCheck = { ok: true; to: CaseStatus } | { ok: false; reason: 'forbidden' | 'conflict' }

/** Whether `role` may perform `transition` on a case in `status` (region and ownership are checked by the caller's access rule). */
export function checkTransition(transition: Transition, status: CaseStatus, roles: readonly Role[]): TransitionCheck {
  const rule = TRANSITIONS[transition]
  if (!roles.includes(rule.role)) return { ok: false, reason: 'forbidden' }
  if (!(rule.from as readonly CaseStatus[]).includes(status)) return { ok: false, reason: 'conflict' }
  return { ok: true, to: rule.to }
}

/** Statuses in which the referrer's case is still open (for repeat-referral and Verwijsindex rules). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['aangemeld', 'info_gevraagd', 'aanvaard', 'ingepland', 'besproken', 'opvolging']
