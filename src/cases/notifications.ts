import { and, eq } from 'drizzle-orm'
import { grants, users } from '../../db/schema'
import { atomic } from '../db'
import type { Deps } from '../deps'
import { labelOf, URGENCIES } from '../lists'
import { queueMail } from '../mail/outbox'

/** Coordinators of the region hear of a new case by its reference only: the content stays in the app. */
export async function notifyCoordinators(deps: Deps, c: { regionCode: string; reference: string; urgency: string; caseId: string }): Promise<void> {
  const coordinators = await deps.db
    .select({ email: users.email, name: users.name })
    .from(grants)
    .innerJoin(users, eq(users.id, grants.userId))
    .where(and(eq(grants.role, 'coordinator'), eq(grants.regionCode, c.regionCode), eq(users.active, true)))
  await atomic(
    deps.db,
    coordinators.map((to) =>
      queueMail(deps, {
        to: to.email,
        subject: `Nieuwe aanmelding ${c.reference} (urgentie: ${labelOf(URGENCIES, c.urgency).toLowerCase()})`,
        text: [`Beste ${to.name},`, '', `Er is een nieuwe aanmelding voor uw regio: ${c.reference}.`, '', `${deps.config.publicUrl}/casussen/${c.caseId}`].join(
          '\n',
        ),
      }),
    ),
  )
}
