import { eq } from 'drizzle-orm'
import { actions, cases, consults, grants, users } from '../../db/schema'
import { newId } from '../../src/ids'
import type { ActionStatus, Role, SectorCode } from '../../src/lists'
import { caseOnAgenda } from '../agenda-support'
import type { testApp } from '../support'

type Env = Awaited<ReturnType<typeof testApp>>

export interface ActionFixture {
  description: string
  ownerSector?: SectorCode
  dueDate: string
  status?: ActionStatus
}

/**
 * A Vlaams-Brabant case discussed at a consult whose report went to the referrer: status
 * opvolging, with the given follow-up date and actions. The rows are written directly, as the
 * consult screens would, so these tests do not depend on them.
 */
export async function caseInFollowUp(env: Env, { followUpDate = '2026-04-01', actionList = [] as ActionFixture[] } = {}) {
  const onAgenda = await caseOnAgenda(env)
  const { db } = env.deps
  const now = env.clock.now()
  const [coordinator] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator.vb@rots.example'))
  if (!coordinator) throw new Error('no demo coordinator')
  const consultId = newId()
  await db.insert(consults).values({
    id: consultId,
    caseId: onAgenda.caseId,
    zittingId: onAgenda.zittingId,
    format: 'consult',
    recordedBy: coordinator.id,
    recordedAt: now,
    analysis: 'De tafel ziet een vastgelopen schoolloopbaan.',
    advice: 'Start een aangepast traject met NAFT.',
    followUpDate,
    releasedAt: now,
  })
  const actionIds: string[] = []
  for (const [i, a] of actionList.entries()) {
    const id = newId()
    actionIds.push(id)
    await db.insert(actions).values({
      id,
      consultId,
      caseId: onAgenda.caseId,
      position: i,
      description: a.description,
      ownerSector: a.ownerSector ?? 'clb',
      dueDate: a.dueDate,
      status: a.status ?? 'open',
      updatedAt: now,
    })
  }
  await db.update(cases).set({ status: 'opvolging', updatedAt: now }).where(eq(cases.id, onAgenda.caseId))
  const [row] = await db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, onAgenda.caseId))
  return { ...onAgenda, consultId, actionIds, reference: row?.reference ?? '' }
}

/** Gives a demo account one more (role, region) grant, for the cross-organisation and two-role cases. */
export async function grant(env: Env, email: string, role: Role, regionCode: string) {
  const [user] = await env.deps.db.select({ id: users.id }).from(users).where(eq(users.email, email))
  if (!user) throw new Error(`no demo user ${email}`)
  await env.deps.db.insert(grants).values({ userId: user.id, role, regionCode })
}

/** The follow-up form as the browser posts it. */
export function followUpForm(outcome: string, statuses: Record<string, string>, notes: Record<string, string> = {}, note = '') {
  const form: Record<string, string> = { uitkomst: outcome, notitie: note }
  for (const [id, status] of Object.entries(statuses)) form[`status_${id}`] = status
  for (const [id, text] of Object.entries(notes)) form[`toelichting_${id}`] = text
  return form
}
