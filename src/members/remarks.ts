import { prepRemarks } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import type { AuthUser } from '../auth/access'
import type { ReviewDecisions } from '../cases/free-text'
import { scrubHints } from '../cases/identity'
import type { Deps } from '../deps'
import { newId } from '../ids'
import type { IdentityHints } from '../privacy/scrub'
import { conflict, forbidden, type Result } from '../result'
import { agendaCaseFile } from './agenda'
import { redactRemark } from './remark-text'

const CLOSED = 'De zitting is voorbij: voorbereidende opmerkingen kunnen enkel tot en met de dag van de zitting.'

/** Posts a preparatory remark (voorbereidende opmerking): only its scrubbed text is stored, audited with the insert. */
export async function addRemark(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  zittingId: string,
  caseId: string,
  text: string,
  decisions: ReviewDecisions,
): Promise<Result<{ id: string }>> {
  const context = await openRemark(deps, user, zittingId, caseId)
  if (!context.ok) return context
  const row = { id: newId(), zittingId, caseId, authorId: user.id, at: deps.clock.now(), text: redactRemark(text, decisions, context.texts, context.hints) }
  await audit(deps, actor, { action: 'opmerking.geplaatst', objectType: 'case', objectId: caseId, details: { zitting: zittingId } }, () => [
    deps.db.insert(prepRemarks).values(row),
  ])
  return { ok: true, id: row.id }
}

/**
 * Whether the user may remark on this case now, and if so the scrubbed texts already on it, whose
 * placeholder numbers a new remark must not reuse. The review step asks this too, so it never
 * runs for a case the user may not remark on.
 */
export async function openRemark(
  deps: Pick<Deps, 'db' | 'clock' | 'keys'>,
  user: AuthUser,
  zittingId: string,
  caseId: string,
): Promise<Result<{ texts: string[]; hints: IdentityHints }>> {
  const found = await agendaCaseFile(deps, user, zittingId, caseId)
  if (!found.ok) return found
  // reading along is not taking part
  if (found.coordinatorView) return forbidden()
  if (!found.canRemark) return conflict(CLOSED)
  const f = found.file
  const texts = [
    f.urgencyMotivation,
    f.deadlock,
    f.question,
    f.partners,
    ...f.interventions.flatMap((i) => [i.provider, i.period, i.effect]),
    ...f.messages.map((m) => m.text),
    ...f.events.map((e) => e.note),
    ...found.remarks.map((r) => r.text),
  ]
  // the identity only as scrubber hints, never shown (see scrubHints)
  return { ok: true, texts: texts.filter((t): t is string => !!t), hints: await scrubHints(deps, caseId) }
}
