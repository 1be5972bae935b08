import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm'
import { actions, cases, consultAttendance, consultOffers, consults } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canRecordConsult } from '../auth/access'
import type { ReviewDecisions } from '../cases/free-text'
import { scrubCase } from '../cases/free-text'
import { scrubHints } from '../cases/identity'
import { type CaseRow, caseStep, referrerMail, transitionStatements } from '../cases/transitions'
import type { Deps } from '../deps'
import { newId } from '../ids'
import type { Format } from '../lists'
import type { IdentityHints } from '../privacy/scrub'
import { conflict, invalid, type Result } from '../result'
import { brusselsToday, dutchDate } from '../tables/today'
import { consultFreeText } from './free-text'
import { activeOffers, type ConsultSetting, consultSetting, invitedOrganisations, latestConsult } from './queries'
import { attendanceField, type ConsultFormContext, parseConsultForm } from './schemas'

// A coordinator of the case's region; a concept is nobody's business but its author's.
const mayRecord = (user: AuthUser, row: { status: string; regionCode: string }) => row.status !== 'concept' && canRecordConsult(user, row.regionCode)

export interface ConsultPlan {
  step: { row: CaseRow; to: CaseRow['status'] }
  setting: ConsultSetting
  on: NonNullable<ConsultSetting['on']>
  organisations: Awaited<ReturnType<typeof invitedOrganisations>>
  offers: Awaited<ReturnType<typeof activeOffers>>
  context: ConsultFormContext
  /** The identity as scrubber hints only (see scrubHints); never rendered. */
  hints: IdentityHints
}

/**
 * Whether this user may record the bespreking of this case now, and what the form offers. The
 * case must be on the agenda of a zitting of its own region that has taken place or is under way
 * (today): the record is of a discussion that happened, not a plan.
 */
export async function openConsult(deps: Deps, user: AuthUser, caseId: string): Promise<Result<ConsultPlan>> {
  const step = await caseStep(deps, user, caseId, 'discuss', 'Deze casus staat niet (meer) klaar om besproken te worden.', mayRecord)
  if (!step.ok) return step
  const setting = await consultSetting(deps.db, caseId)
  const on = setting?.on
  if (!setting || !on || on.table.regionCode !== setting.case.regionCode) return conflict('Deze casus staat op geen zitting van de regio.')
  if (on.zitting.date > brusselsToday(deps.clock.now()))
    return conflict(`De bespreking kan pas vastgelegd worden vanaf de dag van de zitting (${dutchDate(on.zitting.date)}).`)
  const organisations = await invitedOrganisations(deps.db, {
    tableId: on.table.id,
    zittingId: on.zitting.id,
    caseId,
    referringOrganisationId: setting.case.organisationId,
  })
  const offers = await activeOffers(deps.db, setting.case.regionCode)
  const context: ConsultFormContext = {
    zittingDate: on.zitting.date,
    format: (setting.case.format ?? 'consult') as Format,
    organisationIds: organisations.map((o) => o.id),
    offerIds: offers.map((o) => o.id),
  }
  return { ok: true, step: { row: step.row, to: step.to }, setting, on, organisations, offers, context, hints: await scrubHints(deps, caseId) }
}

/**
 * Records the bespreking: validates, scrubs every free-text field with the coordinator's review
 * decisions, and writes the consult, attendance, linked offers and actions together with the move
 * to 'besproken'. The report is not yet the referrer's: `releaseReport` sends it on.
 *
 * Coordinators never see the young person's identity, yet may have heard the name at the table:
 * the scrubber gets the identity as hints so that name is hidden too (see scrubHints).
 */
export async function recordConsult(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  caseId: string,
  body: Record<string, string | string[]>,
  decisions: ReviewDecisions,
): Promise<Result<{ consultId: string }>> {
  const plan = await openConsult(deps, user, caseId)
  if (!plan.ok) return plan
  const parsed = parseConsultForm(body, plan.context)
  if (!parsed.ok) return invalid(parsed.errors, 'De bespreking is nog niet volledig.')
  const { form, actions: rows } = parsed
  const text = scrubCase(consultFreeText(form, rows), plan.hints, decisions)
  const scrubbed = (name: string) => text.get(name) ?? ''
  const recordedAt = deps.clock.now()
  const consultId = newId()
  const overlegtafel = plan.context.format === 'overlegtafel'
  const family = form as { jongere_aanwezig?: boolean; ouders_aanwezig?: boolean }
  const row: typeof consults.$inferSelect = {
    id: consultId,
    caseId,
    zittingId: plan.on.zitting.id,
    format: plan.context.format,
    recordedBy: user.id,
    recordedAt,
    youngPersonAttended: overlegtafel ? (family.jongere_aanwezig ?? null) : null,
    parentsAttended: overlegtafel ? (family.ouders_aanwezig ?? null) : null,
    analysis: scrubbed('analyse'),
    advice: scrubbed('advies'),
    followUpDate: form.opvolgdatum,
    signalRaised: form.signaal,
    signalText: form.signaal ? scrubbed('signaal_tekst') : null,
    releasedAt: null,
    followUpReminderSentAt: null,
  }
  const values = form as Record<string, unknown>
  const write = audit(
    deps,
    actor,
    {
      action: 'bespreking.vastgelegd',
      objectType: 'case',
      objectId: caseId,
      details: { acties: rows.length, aanbod: form.aanbod.length, signaal: form.signaal },
    },
    () => [
      insertWhileScheduled(deps, row),
      ...plan.organisations.map((o) =>
        deps.db
          .insert(consultAttendance)
          .values({ consultId, organisationId: o.id, status: values[attendanceField(o.id)] as 'aanwezig' | 'verontschuldigd' | 'afwezig' }),
      ),
      ...form.aanbod.map((offerId) => deps.db.insert(consultOffers).values({ consultId, offerId })),
      ...rows.map((a, i) =>
        deps.db.insert(actions).values({
          id: newId(),
          consultId,
          caseId,
          position: i,
          description: scrubbed(`actie_omschrijving_${i}`),
          ownerSector: a.sector,
          ownerOrganisationId: a.organisationId,
          ownerDescription: a.owner ? scrubbed(`actie_wie_${i}`) : null,
          dueDate: a.dueDate,
          updatedAt: recordedAt,
        }),
      ),
      ...transitionStatements(deps, plan.step.row, user, plan.step.to, null),
    ],
  )
  try {
    await write
  } catch (error) {
    // another coordinator recorded it first: the guarded insert left our rows without a consult
    const [current] = await deps.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId))
    if (current?.status === 'ingepland') throw error
    return conflict('Deze casus is intussen al besproken.')
  }
  return { ok: true, consultId }
}

/**
 * The consult row, inserted only while the case is still 'ingepland' (one statement, so two
 * coordinators saving at once cannot both record). The attendance rows that follow reference it:
 * when it is not inserted, they fail on their foreign key and the whole unit is rolled back.
 */
function insertWhileScheduled(deps: Deps, row: typeof consults.$inferSelect) {
  const values = row as Record<string, unknown>
  const fields = Object.fromEntries(
    Object.entries(getTableColumns(consults)).map(([key, column]) => [key, sql`${sql.param(values[key] ?? null, column)}`.as(column.name)]),
  ) as Record<string, SQL.Aliased>
  return deps.db.insert(consults).select(
    deps.db
      .select(fields)
      .from(cases)
      .where(and(eq(cases.id, row.caseId), eq(cases.status, 'ingepland'))) as never,
  )
}

/**
 * The coordinator releases the report: the case moves to opvolging and the referrer is told it is
 * ready, with a link and nothing of its content.
 */
export async function releaseReport(deps: Deps, actor: Actor, user: AuthUser, caseId: string): Promise<Result> {
  const step = await releaseStep(deps, user, caseId)
  if (!step.ok) return step
  const consult = await latestConsult(deps.db, caseId)
  if (!consult) return conflict('Er is nog geen bespreking vastgelegd.')
  const mail = await referrerMail(deps, step.row, 'Verslag van de bespreking:', 'Het verslag van de bespreking staat klaar. U leest het in de toepassing.')
  await audit(deps, actor, { action: 'bespreking.vrijgegeven', objectType: 'case', objectId: caseId }, () => [
    ...transitionStatements(deps, step.row, user, step.to, null),
    deps.db.update(consults).set({ releasedAt: deps.clock.now() }).where(eq(consults.id, consult.id)),
    ...mail,
  ])
  return { ok: true }
}

/** Whether this user may release the report of this case now (also asked by the confirmation page). */
export function releaseStep(deps: Deps, user: AuthUser, caseId: string) {
  return caseStep(deps, user, caseId, 'startFollowUp', 'Het verslag van deze casus kan nu niet vrijgegeven worden.', mayRecord)
}
