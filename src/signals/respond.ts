import { and, eq, inArray, or } from 'drizzle-orm'
import { signalResponses, signals } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import type { AuthUser } from '../auth/access'
import { scrubHints } from '../cases/identity'
import type { Deps } from '../deps'
import { newId } from '../ids'
import { forbidden, type Result } from '../result'
import { scrubSignalText } from './free-text'
import { bundleMembers, linkedCases } from './queries'
import type { ResponseInput } from './schemas'
import { analistStep } from './step'

/**
 * An analist records their administration's response to a forwarded signal; the signal is then
 * beantwoord. Each addressed administration may answer, more than once (an interim answer and a
 * final one). The text is scrubbed like all free text, with the linked cases' identities as hints.
 */
export async function recordResponse(deps: Deps, actor: Actor, user: AuthUser, signalId: string, input: ResponseInput): Promise<Result<{ id: string }>> {
  const step = await analistStep(deps, user, signalId, 'respond')
  if (!step.ok) return step
  const { signal, to } = step
  const administration = user.administration
  if (!administration) return forbidden()
  const members = await bundleMembers(deps.db, signal.id)
  const cases = await linkedCases(deps.db, [signal.id, ...members.map((m) => m.id)])
  const hints = await Promise.all(cases.map((c) => scrubHints(deps, c.id)))
  const text = scrubSignalText([{ name: 'antwoord', text: input.antwoord }], hints).get('antwoord') ?? ''
  const id = newId()
  const now = deps.clock.now()
  await audit(deps, actor, { action: 'signaal.beantwoord', objectType: 'signal', objectId: signal.id, details: { bestuur: administration } }, () => [
    deps.db.insert(signalResponses).values({ id, signalId: signal.id, addressee: administration, authorId: user.id, at: now, text }),
    deps.db
      .update(signals)
      .set({ status: to, updatedAt: now })
      .where(and(or(eq(signals.id, signal.id), eq(signals.bundleId, signal.id)), inArray(signals.status, ['doorgestuurd', 'beantwoord']))),
  ])
  return { ok: true, id }
}
