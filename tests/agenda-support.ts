import { and, asc, eq, sql } from 'drizzle-orm'
import { agendaItems, cases, tables, zittingen } from '../db/schema'
import { submitCase } from './cases/support'
import type { testApp } from './support'

type Env = Awaited<ReturnType<typeof testApp>>

/**
 * A case submitted by the Vlaams-Brabant demo referrer and accepted by the coordinator through
 * the app, waiting in the region's queue.
 */
export async function acceptedCase(env: Env, overrides: Record<string, string | string[]> = {}, format = 'consult') {
  const referrer = await env.client.login('aanmelder.vb@rots.example')
  const coordinator = await env.client.login('coordinator.vb@rots.example')
  const { id, res } = await submitCase(env.settled, env.client, referrer, overrides)
  if (res.status !== 303) throw new Error(`submit failed: ${res.status}`)
  const accepted = await env.client.post(`/casussen/${id}/aanvaarden`, { formaat: format }, coordinator)
  if (accepted.status !== 303) throw new Error(`accept failed: ${accepted.status}`)
  return { caseId: id, referrer, coordinator }
}

/**
 * Puts an accepted case straight on the first upcoming zitting of the Vlaams-Brabant demo table,
 * as the planning screens would, and marks the agenda sent unless `sent` is false. For tests of
 * what comes after planning; the planning screens have their own tests.
 */
export async function caseOnAgenda(
  env: Env,
  { sent = true, overrides = {}, format = 'consult' }: { sent?: boolean; overrides?: Record<string, string | string[]>; format?: string } = {},
) {
  const accepted = await acceptedCase(env, overrides, format)
  const { db } = env.deps
  const [zitting] = await db
    .select({ id: zittingen.id, date: zittingen.date, tableId: zittingen.tableId })
    .from(zittingen)
    .innerJoin(tables, eq(tables.id, zittingen.tableId))
    .where(and(eq(tables.regionCode, 'VB'), eq(zittingen.status, 'gepland')))
    .orderBy(asc(zittingen.date))
    .limit(1)
  if (!zitting) throw new Error('no demo zitting')
  const now = env.clock.now()
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(agendaItems).where(eq(agendaItems.zittingId, zitting.id))
  await db.insert(agendaItems).values({ zittingId: zitting.id, caseId: accepted.caseId, position: count?.n ?? 0, createdAt: now })
  await db.update(cases).set({ status: 'ingepland', updatedAt: now }).where(eq(cases.id, accepted.caseId))
  if (sent) await db.update(zittingen).set({ agendaSentAt: now }).where(eq(zittingen.id, zitting.id))
  return { ...accepted, zittingId: zitting.id, zittingDate: zitting.date, tableId: zitting.tableId }
}
