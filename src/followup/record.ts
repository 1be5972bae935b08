import { and, eq } from 'drizzle-orm'
import { actions, cases, followUps } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canFollowUpCase } from '../auth/access'
import { scrubHints } from '../cases/identity'
import type { Deps } from '../deps'
import { newId } from '../ids'
import { redactCase } from '../privacy/scrub'
import { conflict, forbidden, invalid, notFound, type Result } from '../result'
import { getCurrentConsult, getFollowUpCase, listConsultActions } from './queries'
import { actionFields, type FollowUpInput } from './schemas'

/**
 * The referrer (or a coordinator) reports back on the current bespreking: the outcome and how each
 * agreed action stands. An unfinished action is classified (as MARAC reviews do) so the reports can
 * count per partner sector why actions did not happen. Notes are scrubbed before they are stored.
 */
export async function recordFollowUp(deps: Deps, actor: Actor, user: AuthUser, caseId: string, input: FollowUpInput): Promise<Result<{ id: string }>> {
  const row = await getFollowUpCase(deps.db, caseId)
  if (!row || row.status === 'concept') return notFound()
  if (!canFollowUpCase(user, row)) return forbidden()
  const consult = row.status === 'opvolging' ? await getCurrentConsult(deps.db, caseId) : null
  if (!consult) return conflict('Opvolging registreren kan alleen voor een besproken casus die in opvolging staat.')
  const consultActions = await listConsultActions(deps.db, consult.id)

  const missing = consultActions.filter((a) => !input.acties[a.id])
  if (missing.length > 0) return invalid(Object.fromEntries(missing.map((a) => [actionFields(a.id).status, 'Kies hoe het met deze actie staat.'])))

  const notes = [
    ...(input.notitie ? [{ name: 'notitie', text: input.notitie }] : []),
    ...consultActions.flatMap((a) => {
      const text = input.acties[a.id]?.toelichting
      return text ? [{ name: a.id, text }] : []
    }),
  ]
  // one call, so a person mentioned in two notes gets the same placeholder in both
  const scrubbed = new Map(redactCase(notes, await scrubHints(deps, caseId)).map((f) => [f.name, f.redacted]))

  const id = newId()
  const now = deps.clock.now()
  const counts = countByStatus(consultActions.map((a) => input.acties[a.id]?.status ?? a.status))
  await audit(
    deps,
    actor,
    { action: 'opvolging.geregistreerd', objectType: 'case', objectId: caseId, details: { uitkomst: input.uitkomst, ...counts } },
    () => [
      deps.db
        .insert(followUps)
        .values({ id, caseId, consultId: consult.id, authorId: user.id, at: now, outcome: input.uitkomst, note: scrubbed.get('notitie') ?? null }),
      ...consultActions.map((a) => {
        const note = scrubbed.get(a.id)
        // an empty note leaves the earlier explanation standing rather than wiping it
        return deps.db
          .update(actions)
          .set({ status: input.acties[a.id]?.status ?? a.status, updatedAt: now, ...(note ? { statusNote: note } : {}) })
          .where(and(eq(actions.id, a.id), eq(actions.consultId, consult.id)))
      }),
      deps.db.update(cases).set({ updatedAt: now }).where(eq(cases.id, caseId)),
    ],
  )
  return { ok: true, id }
}

/** Counts per action status for the audit entry: codes and numbers only, never the notes. */
function countByStatus(statuses: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const status of statuses) counts[`acties_${status}`] = (counts[`acties_${status}`] ?? 0) + 1
  return counts
}
