import { and, eq } from 'drizzle-orm'
import { caseEvents, caseMessages, cases, users } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canSeeOwnCase, canSeePseudonymisedCase, rolesOf } from '../auth/access'
import type { Deps } from '../deps'
import { newId } from '../ids'
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

function transitionStatements(deps: Deps, row: typeof cases.$inferSelect, user: AuthUser, to: typeof cases.$inferSelect.status, note: string | null) {
  const now = deps.clock.now()
  return [
    deps.db
      .update(cases)
      .set({ status: to, updatedAt: now })
      .where(and(eq(cases.id, row.id), eq(cases.status, row.status))),
    deps.db.insert(caseEvents).values({ id: newId(), caseId: row.id, at: now, actorId: user.id, fromStatus: row.status, toStatus: to, note }),
  ]
}

function check(transition: Transition, row: typeof cases.$inferSelect, user: AuthUser) {
  return checkTransition(transition, row.status, rolesOf(user))
}

/** The referrer withdraws the case (ingetrokken); the record stays for the region's history. */
export async function withdrawCase(deps: Deps, actor: Actor, user: AuthUser, caseId: string): Promise<Result> {
  const row = await load(deps, caseId)
  if (!row) return notFound()
  if (!canSeeOwnCase(user, row)) return forbidden()
  const allowed = check('withdraw', row, user)
  if (!allowed.ok) return allowed.reason === 'forbidden' ? forbidden() : conflict('Deze aanmelding kan in deze fase niet meer ingetrokken worden.')
  await audit(deps, actor, { action: 'casus.ingetrokken', objectType: 'case', objectId: caseId }, () => [
    ...transitionStatements(deps, row, user, allowed.to, null),
    deps.db.update(cases).set({ closedAt: deps.clock.now() }).where(eq(cases.id, caseId)),
  ])
  return { ok: true }
}

/** The coordinator asks the referrer for more information; the case returns to the referrer. */
export async function requestInfo(deps: Deps, actor: Actor, user: AuthUser, caseId: string, message: string): Promise<Result> {
  const row = await load(deps, caseId)
  if (!row) return notFound()
  if (!canSeePseudonymisedCase(user, row)) return forbidden()
  const allowed = check('requestInfo', row, user)
  if (!allowed.ok) return allowed.reason === 'forbidden' ? forbidden() : conflict('In deze fase kan geen bijkomende informatie gevraagd worden.')
  if (message.trim().length < 5) return invalid({ vraag: 'Schrijf welke informatie u nodig hebt.' })
  const [scrubbed] = redactCase([{ name: 'vraag', text: message.trim() }])
  const [referrer] = await deps.db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, row.referrerId))
  await audit(deps, actor, { action: 'casus.info_gevraagd', objectType: 'case', objectId: caseId }, () => [
    ...transitionStatements(deps, row, user, allowed.to, null),
    deps.db.insert(caseMessages).values({ id: newId(), caseId, at: deps.clock.now(), authorId: user.id, kind: 'vraag', text: scrubbed?.redacted ?? '' }),
    ...(referrer
      ? [
          queueMail(deps, {
            to: referrer.email,
            subject: `Vraag om bijkomende informatie over ${row.reference}`,
            text: [
              `Beste ${referrer.name},`,
              '',
              `De coördinator vraagt bijkomende informatie over ${row.reference}.`,
              '',
              `${deps.config.publicUrl}/aanmeldingen/${caseId}`,
            ].join('\n'),
          }),
        ]
      : []),
  ])
  return { ok: true }
}

/** The referrer's answer, stored scrubbed beside the question; the resubmission itself is `submitCase`. */
export function answerStatement(deps: Deps, caseId: string, authorId: string, redactedAnswer: string) {
  return deps.db.insert(caseMessages).values({ id: newId(), caseId, at: deps.clock.now(), authorId, kind: 'antwoord', text: redactedAnswer })
}
