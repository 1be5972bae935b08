import { eq } from 'drizzle-orm'
import { auditLog, consults, grants, organisations, signals, users } from '../../db/schema'
import { hashPassword } from '../../src/auth/passwords'
import { newId } from '../../src/ids'
import type { Addressee, Role } from '../../src/lists'
import { postForm } from '../cases/support'
import { caseInFollowUp } from '../followup/support'
import { DEMO_PASSWORD, type testApp } from '../support'

export type Env = Awaited<ReturnType<typeof testApp>>

export const COORDINATOR_VB = 'coordinator.vb@rots.example'
export const COORDINATOR_WVL = 'coordinator.wvl@rots.example'
export const ANALIST_OPGROEIEN = 'analist@rots.example'
export const ANALIST_ONDERWIJS = 'analist.onderwijs@rots.example'

/** A complete signal form as the browser posts it (saved straight away: the review step is tested on its own). */
export function signalForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    regio: 'VB',
    titel: 'Geen time-outplaatsen in de eerste graad',
    beschrijving: 'Scholen vinden voor leerlingen van de eerste graad geen time-outplaats binnen redelijke termijn.',
    niveau: 'regionaal',
    themas: ['spijbelen', 'leerrecht'],
    bestemmelingen: ['opgroeien'],
    casussen: '',
    actie: 'indienen',
    ...overrides,
  }
}

/** Posts a form with repeated names for lists, as a browser does. */
export function post(env: Env, path: string, values: Record<string, string | string[]>, cookie: string) {
  return postForm(env.settled, path, values, cookie)
}

/** Raises a signal through the app and returns its id. */
export async function raise(env: Env, cookie: string, overrides: Record<string, string | string[]> = {}): Promise<string> {
  const res = await post(env, '/signalen/nieuw', signalForm(overrides), cookie)
  const id = /^\/signalen\/([a-z0-9]+)\?/.exec(res.headers.get('Location') ?? '')?.[1]
  if (res.status !== 303 || !id) throw new Error(`signal not raised: ${res.status} ${await res.text()}`)
  return id
}

export async function forward(env: Env, cookie: string, id: string) {
  const res = await env.client.post(`/signalen/${id}/doorsturen`, {}, cookie)
  if (res.status !== 303) throw new Error(`not forwarded: ${res.status}`)
}

export async function signalRow(env: Env, id: string) {
  const [row] = await env.deps.db.select().from(signals).where(eq(signals.id, id))
  if (!row) throw new Error('no such signal')
  return row
}

/** A Vlaams-Brabant case in follow-up whose bespreking flagged a structural problem. */
export async function flaggedCase(env: Env, text = 'Er is structureel geen time-outplaats voor leerlingen van de eerste graad.') {
  const c = await caseInFollowUp(env)
  await env.deps.db.update(consults).set({ signalRaised: true, signalText: text }).where(eq(consults.id, c.consultId))
  return c
}

/** One more account with one role, for the analist and region rules. */
export async function account(
  env: Env,
  { role, regions, administration, active = true }: { role: Role; regions: string[]; administration?: Addressee | null; active?: boolean },
) {
  const { db } = env.deps
  const orgId = newId()
  await db.insert(organisations).values({ id: orgId, name: `Organisatie ${orgId}`, sector: 'overheid', administration: administration ?? null })
  const id = newId()
  const email = `${id}@rots.example`
  await db.insert(users).values({ id, email, name: 'Extra Gebruiker', organisationId: orgId, passwordHash: await hashPassword(DEMO_PASSWORD), active })
  for (const regionCode of regions) await db.insert(grants).values({ userId: id, role, regionCode })
  return { id, email, organisationId: orgId }
}

export async function deniedCount(env: Env): Promise<number> {
  return (await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'toegang.geweigerd'))).length
}

export async function mailsTo(env: Env, to: string) {
  return env.mailer.sent.filter((m) => m.to === to)
}
