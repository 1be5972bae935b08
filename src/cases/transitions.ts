import { and, eq } from 'drizzle-orm'
import { caseEvents, caseMessages, cases, users } from '../../db/schema'
import { agendaExitStatements } from '../agendas/exit'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canSeeOwnCase, canSeePseudonymisedCase, rolesOf } from '../auth/access'
import type { Deps } from '../deps'
import { newId } from '../ids'
import { FORMATS, type Format, labelOf } from '../lists'
import { queueMail } from '../mail/outbox'
import { redactCase } from '../privacy/scrub'
import { conflict, forbidden, invalid, notFound, type Result } from '../result'
import { checkTransition, type Transition } from './lifecycle'

// One function per transition: each checks who, from which status, records who/when/why, audits
// and queues its notifications. Submitting lives in intake.ts (it also validates and scrubs).

async function load(deps: Deps, caseId: string) {
  const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId)).limit(1)
  return row
}

export type CaseRow = typeof cases.$inferSelect

/**
 * The status change itself and its history line; guarded on the status read, so two people acting
 * on the same case at once cannot both move it. Run inside the caller's `audit(...)` unit.
 */
export function transitionStatements(deps: Deps, row: CaseRow, user: AuthUser, to: CaseRow['status'], note: string | null) {
  const now = deps.clock.now()
  return [
    deps.db
      .update(cases)
      .set({ status: to, updatedAt: now })
      .where(and(eq(cases.id, row.id), eq(cases.status, row.status))),
    deps.db.insert(caseEvents).values({ id: newId(), caseId: row.id, at: now, actorId: user.id, fromStatus: row.status, toStatus: to, note }),
  ]
}

/**
 * What every transition checks first: the case exists, the user may act on it (`canAct`: region
 * or own organisation), and the status machine allows this transition for their role from the
 * case's status. `notNow` is the Dutch message for a case in the wrong status.
 */
export async function caseStep(
  deps: Deps,
  user: AuthUser,
  caseId: string,
  transition: Transition,
  notNow: string,
  canAct: (user: AuthUser, row: CaseRow) => boolean = canSeePseudonymisedCase,
): Promise<Result<{ row: CaseRow; to: CaseRow['status'] }>> {
  const row = await load(deps, caseId)
  if (!row) return notFound()
  if (!canAct(user, row)) return forbidden()
  const allowed = checkTransition(transition, row.status, rolesOf(user))
  if (!allowed.ok) return allowed.reason === 'forbidden' ? forbidden() : conflict(notNow)
  return { ok: true, row, to: allowed.to }
}

/**
 * The referrer withdraws the case (ingetrokken); the record stays for the region's history. It
 * leaves every agenda of a zitting still to come, so nobody prepares a case that is no longer there.
 */
export async function withdrawCase(deps: Deps, actor: Actor, user: AuthUser, caseId: string): Promise<Result> {
  const step = await caseStep(deps, user, caseId, 'withdraw', 'Deze aanmelding kan in deze fase niet meer ingetrokken worden.', canSeeOwnCase)
  if (!step.ok) return step
  const leaveAgendas = await agendaExitStatements(deps, caseId)
  await audit(deps, actor, { action: 'casus.ingetrokken', objectType: 'case', objectId: caseId }, () => [
    ...transitionStatements(deps, step.row, user, step.to, null),
    deps.db.update(cases).set({ closedAt: deps.clock.now() }).where(eq(cases.id, caseId)),
    ...leaveAgendas,
  ])
  return { ok: true }
}

/** The coordinator asks the referrer for more information; the case returns to the referrer. */
export async function requestInfo(deps: Deps, actor: Actor, user: AuthUser, caseId: string, message: string): Promise<Result> {
  const step = await caseStep(deps, user, caseId, 'requestInfo', 'In deze fase kan geen bijkomende informatie gevraagd worden.')
  if (!step.ok) return step
  const { row, to } = step
  if (message.trim().length < 5) return invalid({ vraag: 'Schrijf welke informatie u nodig hebt.' })
  const [scrubbed] = redactCase([{ name: 'vraag', text: message.trim() }])
  const mail = await referrerMail(deps, row, 'Vraag om bijkomende informatie over', `De coördinator vraagt bijkomende informatie over ${row.reference}.`)
  await audit(deps, actor, { action: 'casus.info_gevraagd', objectType: 'case', objectId: caseId }, () => [
    ...transitionStatements(deps, row, user, to, null),
    deps.db.insert(caseMessages).values({ id: newId(), caseId, at: deps.clock.now(), authorId: user.id, kind: 'vraag', text: scrubbed?.redacted ?? '' }),
    ...mail,
  ])
  return { ok: true }
}

/** The mail that tells the referrer what happened to their case: reference and a link, nothing more. */
export async function referrerMail(deps: Deps, row: CaseRow, subject: string, line: string) {
  const [referrer] = await deps.db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, row.referrerId))
  if (!referrer) return []
  return [
    queueMail(deps, {
      to: referrer.email,
      subject: `${subject} ${row.reference}`,
      text: [`Beste ${referrer.name},`, '', line, '', `${deps.config.publicUrl}/aanmeldingen/${row.id}`].join('\n'),
    }),
  ]
}

/**
 * The coordinator accepts the case for the region's queue and decides the format. The young person
 * (or the parents) must have consented to that format: a consult and an overlegtafel share
 * different things with different people.
 */
export async function acceptCase(deps: Deps, actor: Actor, user: AuthUser, caseId: string, format: Format): Promise<Result> {
  const step = await caseStep(deps, user, caseId, 'accept', 'Deze aanmelding kan in deze fase niet aanvaard worden.')
  if (!step.ok) return step
  const { row, to } = step
  const consent = JSON.parse(row.consent) as { purposes?: string[] }
  if (!consent.purposes?.includes(format))
    return invalid({
      formaat: `Er is geen toestemming voor een ${labelOf(FORMATS, format).toLowerCase()}. Kies het andere formaat of vraag de aanmelder om bijkomende informatie.`,
    })
  const now = deps.clock.now()
  const mail = await referrerMail(
    deps,
    row,
    'Aanvaard:',
    `Het ROTS heeft uw aanmelding aanvaard (${labelOf(FORMATS, format).toLowerCase()}). U hoort wanneer ze op de agenda staat.`,
  )
  await audit(deps, actor, { action: 'casus.aanvaard', objectType: 'case', objectId: caseId, details: { formaat: format } }, () => [
    ...transitionStatements(deps, row, user, to, null),
    deps.db.update(cases).set({ format, acceptedAt: now }).where(eq(cases.id, caseId)),
    ...mail,
  ])
  return { ok: true }
}

/** Not for ROTS: the coordinator redirects the case with a reason (scrubbed), which the referrer reads. */
export async function redirectCase(deps: Deps, actor: Actor, user: AuthUser, caseId: string, reason: string): Promise<Result> {
  const step = await caseStep(deps, user, caseId, 'redirect', 'Deze aanmelding kan in deze fase niet doorverwezen worden.')
  if (!step.ok) return step
  const { row, to } = step
  if (reason.trim().length < 10)
    return invalid({ reden: 'Leg uit waarom de casus niet op het ROTS thuishoort en waar de aanmelder terechtkan (minstens 10 tekens).' })
  const [scrubbed] = redactCase([{ name: 'reden', text: reason.trim() }])
  const mail = await referrerMail(
    deps,
    row,
    'Doorverwezen:',
    'Het ROTS verwijst uw aanmelding door, met advies over waar u terechtkunt. U leest het in de toepassing.',
  )
  await audit(deps, actor, { action: 'casus.doorverwezen', objectType: 'case', objectId: caseId }, () => [
    ...transitionStatements(deps, row, user, to, scrubbed?.redacted ?? null),
    deps.db.update(cases).set({ closedAt: deps.clock.now() }).where(eq(cases.id, caseId)),
    ...mail,
  ])
  return { ok: true }
}

/** The referrer's answer, stored scrubbed beside the question; the resubmission itself is `submitCase`. */
export function answerStatement(deps: Deps, caseId: string, authorId: string, redactedAnswer: string) {
  return deps.db.insert(caseMessages).values({ id: newId(), caseId, at: deps.clock.now(), authorId, kind: 'antwoord', text: redactedAnswer })
}
