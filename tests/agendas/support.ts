import { and, asc, eq } from 'drizzle-orm'
import { agendaItems, cases, grants, organisations, tables, users, zittingen } from '../../db/schema'
import { newId } from '../../src/ids'
import { acceptedCase } from '../agenda-support'
import { testApp } from '../support'

export type Env = Awaited<ReturnType<typeof testApp>>

const HOUR = 3_600_000
let waited = 0

/** The demo app as the Vlaams-Brabant coordinator sees it, with the demo table's three zittingen. */
export async function planning() {
  const env = await testApp()
  const coordinator = await env.client.login('coordinator.vb@rots.example')
  const [table] = await env.deps.db.select().from(tables).where(eq(tables.regionCode, 'VB'))
  if (!table) throw new Error('no demo table')
  const rows = await env.deps.db.select().from(zittingen).where(eq(zittingen.tableId, table.id)).orderBy(asc(zittingen.date))
  return { ...env, coordinator, tableId: table.id, zittingIds: rows.map((z) => z.id), dates: rows.map((z) => z.date) }
}

/**
 * An accepted case of a given urgency. Each one entered the queue an hour after the previous one
 * (moved back in time, so sessions stay fresh), so the first made has waited longest.
 */
export async function queued(env: Env, urgentie: 'gewoon' | 'hoog' | 'crisis' = 'gewoon', format = 'consult') {
  const { caseId } = await acceptedCase(
    env,
    { urgentie, urgentie_motivatie: urgentie === 'gewoon' ? '' : 'Dreigende uitsluiting.', toestemming: ['consult', 'overlegtafel', 'statistiek'] },
    format,
  )
  waited++
  await env.deps.db
    .update(cases)
    .set({ acceptedAt: new Date(env.clock.now().getTime() - 20 * 24 * HOUR + waited * HOUR) })
    .where(eq(cases.id, caseId))
  const [row] = await env.deps.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, caseId))
  return { caseId, reference: row?.reference ?? '' }
}

export async function statusOf(env: Env, caseId: string) {
  const [row] = await env.deps.db.select({ status: cases.status, acceptedAt: cases.acceptedAt }).from(cases).where(eq(cases.id, caseId))
  return row
}

/** Case ids on an agenda in position order, with their stored positions. */
export async function agendaOf(env: Env, zittingId: string) {
  return env.deps.db
    .select({ caseId: agendaItems.caseId, position: agendaItems.position })
    .from(agendaItems)
    .where(eq(agendaItems.zittingId, zittingId))
    .orderBy(asc(agendaItems.position))
}

/** A second Vlaams-Brabant tafellid who does not sit at the demo table (a school's zorgcoördinator). */
export async function extraTafellid(env: Env, email = 'zorg.school@rots.example') {
  const [org] = await env.deps.db.select({ id: organisations.id }).from(organisations).limit(1)
  const id = newId()
  await env.deps.db.insert(users).values({ id, email, name: 'Zara Zorgcoördinator', organisationId: org?.id ?? '', createdAt: env.clock.now() })
  await env.deps.db.insert(grants).values({ userId: id, role: 'tafellid', regionCode: 'VB' })
  return id
}

export async function userId(env: Env, email: string) {
  const [row] = await env.deps.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email)))
  return row?.id ?? ''
}

/** The proposal's fingerprint as the planning page carries it. */
export async function fingerprint(env: Env, cookie: string) {
  const html = await (await env.client.get('/planning', cookie)).text()
  return /name="voorstel" value="([^"]+)"/.exec(html)?.[1] ?? ''
}

export const HX = { 'HX-Request': 'true' }
