import { eq } from 'drizzle-orm'
import { auditLog, caseGuests, cases, grants, organisations, users } from '../../db/schema'
import { hashPassword } from '../../src/auth/passwords'
import { newId } from '../../src/ids'
import { DEMO_PASSWORD, type testApp } from '../support'

type Env = Awaited<ReturnType<typeof testApp>>

export const DAY = 24 * 60 * 60 * 1000
export const MEMBER = 'tafellid.vb@rots.example'

/** Moves the clock to 09:00 UTC on `days` days after the ISO date (the Belgian date is that day). */
export function moveTo(env: Env, iso: string, days = 0) {
  const target = Date.parse(`${iso}T09:00:00Z`) + days * DAY
  env.clock.advance(target - env.clock.now().getTime())
}

/** A tafellid of the region who does not sit at the demo table (a guest, or an outsider), signed in. */
export async function otherTafellid(env: Env, name = 'Gert Gast', regionCode = 'VB') {
  const { db } = env.deps
  const [org] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).limit(1)
  if (!org) throw new Error('no organisation')
  const id = newId()
  const email = `${id}@rots.example`
  await db.insert(users).values({ id, email, name, organisationId: org.id, passwordHash: await hashPassword(DEMO_PASSWORD) })
  await db.insert(grants).values({ userId: id, role: 'tafellid', regionCode })
  return { id, name, organisationName: org.name, cookie: await env.client.login(email) }
}

export async function invite(env: Env, zittingId: string, caseId: string, userId: string) {
  await env.deps.db.insert(caseGuests).values({ zittingId, caseId, userId, createdAt: env.clock.now() })
}

export async function deniedCount(env: Env): Promise<number> {
  return (await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'toegang.geweigerd'))).length
}

export async function referenceOf(env: Env, caseId: string): Promise<string> {
  const [row] = await env.deps.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, caseId))
  if (!row?.reference) throw new Error('case without reference')
  return row.reference
}
