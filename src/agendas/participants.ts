import { and, eq, inArray } from 'drizzle-orm'
import { caseGuests, tableMembers, users } from '../../db/schema'
import type { Deps } from '../deps'

/** Someone who takes part in a zitting, and in what capacity; one entry per person. */
export interface Recipient {
  userId: string
  email: string
  name: string
  /** A standing member of the table. */
  member: boolean
  /** Cases they are invited for as an extra participant. */
  guestFor: string[]
  /** Cases on the agenda that they referred. */
  referrerOf: string[]
}

/**
 * Everyone an agenda concerns: the table's standing members, the guests of each case and the
 * referrer of each case. Inactive accounts are left out: they no longer receive mail.
 */
export async function agendaRecipients(
  deps: Pick<Deps, 'db'>,
  zittingId: string,
  tableId: string,
  items: readonly { caseId: string; referrerId: string }[],
): Promise<Recipient[]> {
  const members = await deps.db.select({ userId: tableMembers.userId }).from(tableMembers).where(eq(tableMembers.tableId, tableId))
  const guests = items.length
    ? await deps.db
        .select({ userId: caseGuests.userId, caseId: caseGuests.caseId })
        .from(caseGuests)
        .where(
          and(
            eq(caseGuests.zittingId, zittingId),
            inArray(
              caseGuests.caseId,
              items.map((i) => i.caseId),
            ),
          ),
        )
    : []
  const ids = [...new Set([...members.map((m) => m.userId), ...guests.map((g) => g.userId), ...items.map((i) => i.referrerId)])]
  if (ids.length === 0) return []
  const people = await deps.db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)))
  const memberIds = new Set(members.map((m) => m.userId))
  return people
    .map((p) => ({
      userId: p.id,
      email: p.email,
      name: p.name,
      member: memberIds.has(p.id),
      guestFor: guests.filter((g) => g.userId === p.id).map((g) => g.caseId),
      referrerOf: items.filter((i) => i.referrerId === p.id).map((i) => i.caseId),
    }))
    .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))
}
