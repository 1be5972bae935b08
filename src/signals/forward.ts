import { and, eq, isNull } from 'drizzle-orm'
import { signals } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import type { AuthUser } from '../auth/access'
import type { Deps } from '../deps'
import { queueMail } from '../mail/outbox'
import type { Result } from '../result'
import { analistRecipients } from './queries'
import { coordinatorStep } from './step'

/** Whether the coordinator may forward this signal now (also asked by the confirmation page). */
export function forwardStep(deps: Deps, user: AuthUser, signalId: string) {
  return coordinatorStep(deps, user, signalId, 'forward')
}

/**
 * Sends the signal to the addressed administrations (doorgestuurd): every active analist of those
 * administrations who covers the region gets a mail with the title and a link, nothing of the cases.
 * Bundled signals travel with their bundle.
 */
export async function forwardSignal(deps: Deps, actor: Actor, user: AuthUser, signalId: string): Promise<Result<{ recipients: number }>> {
  const step = await forwardStep(deps, user, signalId)
  if (!step.ok) return step
  const { signal, to } = step
  const recipients = await analistRecipients(deps.db, signal.regionCode, signal.addressees)
  const now = deps.clock.now()
  const link = `${deps.config.publicUrl}/signalen/${signal.id}`
  await audit(
    deps,
    actor,
    {
      action: 'signaal.doorgestuurd',
      objectType: 'signal',
      objectId: signal.id,
      details: { bestemmelingen: signal.addressees.join(','), ontvangers: recipients.length },
    },
    () => [
      deps.db
        .update(signals)
        .set({ status: to, forwardedAt: now, updatedAt: now })
        .where(and(eq(signals.id, signal.id), eq(signals.status, signal.status), isNull(signals.bundleId))),
      deps.db.update(signals).set({ status: to, forwardedAt: now, updatedAt: now }).where(eq(signals.bundleId, signal.id)),
      ...recipients.map((r) =>
        queueMail(deps, {
          to: r.email,
          subject: `Signaal van het ROTS: ${signal.title}`,
          text: [
            `Beste ${r.name},`,
            '',
            `Het ROTS stuurt uw bestuur een signaal door: “${signal.title}”.`,
            'U leest het en registreert het antwoord in de toepassing.',
            '',
            link,
          ].join('\n'),
        }),
      ),
    ],
  )
  return { ok: true, recipients: recipients.length }
}
