import { type Addressee, MEMBER_WINDOW_DAYS, type Role } from '../lists'

/**
 * Every authorisation rule of the app lives here. Routes and domain functions ask `can…`;
 * nothing else looks at grants.
 */
export interface Grant {
  role: Role
  regionCode: string
}

export interface AuthUser {
  id: string
  email: string
  name: string
  organisationId: string
  organisationName: string
  grants: Grant[]
  /** The administration (Opgroeien, Onderwijs, …) the user's organisation answers signals for, if any. */
  administration?: Addressee | null
}

export function hasRole(user: AuthUser, role: Role): boolean {
  return user.grants.some((g) => g.role === role)
}

export function hasAnyRole(user: AuthUser, roles: readonly Role[]): boolean {
  return roles.some((role) => hasRole(user, role))
}

export function regionsWithRole(user: AuthUser, role: Role): string[] {
  return user.grants.filter((g) => g.role === role).map((g) => g.regionCode)
}

export function rolesOf(user: AuthUser): Role[] {
  return [...new Set(user.grants.map((g) => g.role))]
}

/** Functional administration (users, organisations, the audit log) is the beheerder's. */
export function canAdminister(user: AuthUser): boolean {
  return hasRole(user, 'beheerder')
}

/** A beheerder hands out or takes back a (role, region) pair only in a region they administer. */
export function canManageGrant(user: AuthUser, regionCode: string): boolean {
  return user.grants.some((g) => g.role === 'beheerder' && g.regionCode === regionCode)
}

/**
 * Deactivating someone ends their access everywhere, so the beheerder must administer every
 * region the target works in; nobody deactivates themselves (that would lock out the last admin).
 */
export function canDeactivate(user: AuthUser, target: { id: string; grants: Grant[] }): boolean {
  return canAdminister(user) && user.id !== target.id && target.grants.every((g) => canManageGrant(user, g.regionCode))
}

// ── cases ──────────────────────────────────────────────────────────────────

/** What the case rules need to know about a case. */
export interface CaseScope {
  regionCode: string
  organisationId: string
  referrerId: string
  status: string
}

const holds = (user: AuthUser, role: Role, regionCode: string) => user.grants.some((g) => g.role === role && g.regionCode === regionCode)

/** An aanmelder files cases in the regions they are granted, for their own organisation. */
export function canFileCase(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'aanmelder', regionCode)
}

/**
 * The referring organisation's aanmelders see and re-identify their organisation's cases, in the
 * region of the case; nobody else ever sees identity.
 */
export function canSeeOwnCase(user: AuthUser, c: CaseScope): boolean {
  return c.organisationId === user.organisationId && holds(user, 'aanmelder', c.regionCode)
}

/** A concept is the author's own draft until it is submitted. */
export function canEditDraft(user: AuthUser, c: CaseScope): boolean {
  return canSeeOwnCase(user, c) && (c.status === 'concept' ? c.referrerId === user.id : c.status === 'info_gevraagd')
}

/** Coordinators see the pseudonymised cases of their regions, never a concept. */
export function canSeePseudonymisedCase(user: AuthUser, c: CaseScope): boolean {
  return c.status !== 'concept' && holds(user, 'coordinator', c.regionCode)
}

export function canTriage(user: AuthUser): boolean {
  return hasRole(user, 'coordinator')
}

export function canFileAnyCase(user: AuthUser): boolean {
  return hasRole(user, 'aanmelder')
}

/** The sociale kaart of a region is kept by its coordinators. */
export function canManageOffers(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'coordinator', regionCode)
}

// ── tables (overlegtafels) ─────────────────────────────────────────────────

/** A region's tables and zittingen are run by its coordinators. */
export function canManageTables(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'coordinator', regionCode)
}

/** The calendar entry of a zitting is for the table's standing members and the region's coordinators. */
export function canSeeZittingCalendar(user: AuthUser, scope: { regionCode: string; memberIds: readonly string[] }): boolean {
  return canManageTables(user, scope.regionCode) || scope.memberIds.includes(user.id)
}

// ── agendas, consults and follow-up ────────────────────────────────────────

/** What the tafellid rule needs to know about one case on one zitting's agenda. */
export interface AgendaScope {
  regionCode: string
  /** Standing members of the zitting's table. */
  memberIds: readonly string[]
  /** Extra participants invited for this case on this zitting. */
  guestIds: readonly string[]
  agendaSentAt: Date | null
  /** ISO date of the zitting. */
  zittingDate: string
  zittingCancelled: boolean
}

/**
 * A tafellid sees the pseudonymised file of a case on a zitting's agenda when they sit at that
 * table (or were invited for that case), from the moment the agenda is sent until
 * MEMBER_WINDOW_DAYS after the zitting; then it is gone again. `today` is the Belgian date.
 */
export function canSeeAgendaCase(user: AuthUser, scope: AgendaScope, today: string): boolean {
  if (!holds(user, 'tafellid', scope.regionCode)) return false
  if (!scope.memberIds.includes(user.id) && !scope.guestIds.includes(user.id)) return false
  if (scope.agendaSentAt === null || scope.zittingCancelled) return false
  return today <= isoPlusDays(scope.zittingDate, MEMBER_WINDOW_DAYS)
}

/** Preparatory remarks are for before the zitting (its day included). */
export function canRemarkOnAgendaCase(user: AuthUser, scope: AgendaScope, today: string): boolean {
  return canSeeAgendaCase(user, scope, today) && today <= scope.zittingDate
}

/** Agendas, bespreking and the consult record are the region's coordinators'. */
export function canRecordConsult(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'coordinator', regionCode)
}

/** The consult report and the follow-up are for the referring organisation and the region's coordinators. */
export function canFollowUpCase(user: AuthUser, c: CaseScope): boolean {
  return canSeeOwnCase(user, c) || canSeePseudonymisedCase(user, c)
}

function isoPlusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The consult report goes to the referring organisation only once the coordinator releases it;
 * until then only the region's coordinators read what they recorded.
 */
export function canReadConsultReport(user: AuthUser, c: CaseScope, released: boolean): boolean {
  return released ? canFollowUpCase(user, c) : canSeePseudonymisedCase(user, c)
}

/** The follow-up overview is for those who follow cases up: referrers and coordinators. */
export function canUseFollowUp(user: AuthUser): boolean {
  return hasAnyRole(user, ['aanmelder', 'coordinator'])
}

/** Another bespreking is the region's call: only its coordinators put a case back in the queue. */
export function canRequeueCase(user: AuthUser, c: CaseScope): boolean {
  return canSeePseudonymisedCase(user, c)
}

// ── reports ────────────────────────────────────────────────────────────────

/** Regions whose aggregate reports a user reads: a coordinator their own, an analist every region granted. */
export function reportRegions(user: AuthUser): string[] {
  return [...new Set([...regionsWithRole(user, 'coordinator'), ...regionsWithRole(user, 'analist')])]
}

export function canReadReports(user: AuthUser): boolean {
  return reportRegions(user).length > 0
}

/** The Flanders-wide view adds regions together, so only someone who may read every region gets it. */
export function canReadFlandersReport(user: AuthUser, allRegions: readonly string[]): boolean {
  const mine = reportRegions(user)
  return allRegions.every((r) => mine.includes(r))
}

/**
 * Whose signals a report lists: null for the full register (the reader coordinates every region
 * in it), else the administration whose forwarded signals an analist may read ('geen' when none).
 */
export function reportSignalAddressee(user: AuthUser, regions: readonly string[]): string | null {
  if (regions.every((r) => holds(user, 'coordinator', r))) return null
  return hasRole(user, 'analist') ? (user.administration ?? 'geen') : 'geen'
}

// ── signals ────────────────────────────────────────────────────────────────

/** The signal register is for coordinators (their region's signals) and analists (what reaches their administration). */
export function canUseSignals(user: AuthUser): boolean {
  return hasAnyRole(user, ['coordinator', 'analist'])
}

/** A region's signals are raised, bundled, forwarded and closed by its coordinators. */
export function canManageSignals(user: AuthUser, regionCode: string): boolean {
  return holds(user, 'coordinator', regionCode)
}

/** Regions whose signal register the user keeps. */
export function signalRegions(user: AuthUser): string[] {
  return regionsWithRole(user, 'coordinator')
}

/**
 * An analist reads and answers a forwarded signal only when it is addressed to the administration
 * of their organisation and comes from a region they hold the analist role for. What they get is
 * the signal itself, never the cases behind it.
 */
export function canAnswerSignal(user: AuthUser, signal: { regionCode: string; addressees: readonly string[] }): boolean {
  return holds(user, 'analist', signal.regionCode) && !!user.administration && signal.addressees.includes(user.administration)
}
