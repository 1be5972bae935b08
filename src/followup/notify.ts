import { and, eq } from 'drizzle-orm'
import { grants, users } from '../../db/schema'
import type { Deps } from '../deps'
import { queueMail } from '../mail/outbox'

/**
 * Mails to the active coordinators of a region about one case: the reference, one line and a
 * link, never case content. Returned as statements for the caller's atomic unit.
 */
export async function coordinatorMails(deps: Deps, c: { regionCode: string; reference: string | null; id: string }, subject: string, line: string) {
  const coordinators = await deps.db
    .select({ email: users.email, name: users.name })
    .from(grants)
    .innerJoin(users, eq(users.id, grants.userId))
    .where(and(eq(grants.role, 'coordinator'), eq(grants.regionCode, c.regionCode), eq(users.active, true)))
  return coordinators.map((to) =>
    queueMail(deps, {
      to: to.email,
      subject: `${subject} ${c.reference ?? ''}`.trim(),
      text: [`Beste ${to.name},`, '', line, '', `${deps.config.publicUrl}/opvolging/${c.id}`].join('\n'),
    }),
  )
}
