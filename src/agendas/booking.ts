import { agendaItems, caseGuests } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canSeePseudonymisedCase } from '../auth/access'
import { type CaseRow, caseStep, referrerMail, transitionStatements } from '../cases/transitions'
import type { Statement } from '../db'
import type { Deps } from '../deps'
import { conflict, invalid, notFound, type Result } from '../result'
import { dutchDate } from '../tables/today'
import { type Agenda, editableAgenda, slotOf } from './agenda'
import { changedStatements, leaveStatements } from './positions'
import { planningOf } from './queue'

// Putting cases on agendas and taking them off: each status change is the lifecycle's
// schedule/unschedule, written in one unit with the agenda rows and the referrer's mail.

const NOT_WAITING = 'Deze casus wacht niet (meer) op een zitting.'

/** The schedule transition for a case going onto a zitting of `region`. */
async function scheduleStep(deps: Deps, user: AuthUser, caseId: string, region: string): Promise<Result<{ row: CaseRow; to: CaseRow['status'] }>> {
  const step = await caseStep(deps, user, caseId, 'schedule', NOT_WAITING)
  if (!step.ok) return step
  if (step.row.regionCode !== region) return conflict('Deze casus hoort bij een andere regio dan deze tafel.')
  if (!step.row.acceptedAt) return conflict(NOT_WAITING)
  return step
}

function when(date: string, start: string) {
  return `${dutchDate(date)} om ${start}`
}

/** The statements that book one case at `position`, with its history line and the referrer's mail. */
async function bookStatements(
  deps: Deps,
  user: AuthUser,
  step: { row: CaseRow; to: CaseRow['status'] },
  agenda: Agenda['zitting'],
  tableName: string,
  slot: { position: number; start: string },
): Promise<Statement[]> {
  const at = when(agenda.date, slot.start)
  const mail = await referrerMail(
    deps,
    step.row,
    'Ingepland:',
    `Uw aanmelding ${step.row.reference} is ingepland op ${at} (${tableName}). U krijgt de agenda en een uitnodiging zodra de coördinator ze verstuurt.`,
  )
  return [
    ...transitionStatements(deps, step.row, user, step.to, `Zitting van ${at}`),
    deps.db.insert(agendaItems).values({ zittingId: agenda.id, caseId: step.row.id, position: slot.position, createdAt: deps.clock.now() }),
    ...mail,
  ]
}

/**
 * Books every case the tool proposes, as computed now: the posted form only says "yes". When it
 * carries the fingerprint of the proposal the coordinator saw and the proposal has moved since
 * (a case was accepted or withdrawn meanwhile), nothing is booked.
 */
export async function acceptProposal(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  region: string,
  today: string,
  seen?: string,
): Promise<Result<{ scheduled: number }>> {
  const found = await planningOf(deps, user, region, today)
  if (!found.ok) return found
  const { planning } = found
  if (seen && seen !== planning.fingerprint) return conflict('Het voorstel is intussen gewijzigd. Bekijk het nieuwe voorstel en neem het dan over.')
  const statements: Statement[] = []
  let scheduled = 0
  for (const agenda of planning.proposal.agendas) {
    const session = planning.sessions.find((s) => s.id === agenda.sessionId)
    const additions = agenda.slots.map((slot, position) => ({ ...slot, position })).filter((s) => s.proposed)
    if (!session || additions.length === 0) continue
    const zitting = { id: session.id, date: session.date, agendaSentAt: session.agendaSentAt }
    for (const slot of additions) {
      const step = await scheduleStep(deps, user, slot.caseId, region)
      if (!step.ok) return step
      statements.push(...(await bookStatements(deps, user, step, zitting as Agenda['zitting'], session.tableName, slot)))
      scheduled++
    }
    statements.push(...changedStatements(deps, zitting))
  }
  if (scheduled === 0) return conflict('Er is niets om over te nemen: de wachtrij is leeg of de komende zittingen zijn volzet.')
  await audit(
    deps,
    actor,
    { action: 'agenda.voorstel_overgenomen', objectType: 'region', objectId: region, details: { ingepland: scheduled } },
    () => statements,
  )
  return { ok: true, scheduled }
}

function full(agenda: Agenda): Result {
  return agenda.items.length >= agenda.table.capacity
    ? conflict(`Deze zitting is volzet (${agenda.table.capacity} casussen). Kies een andere zitting of haal eerst een casus van de agenda.`)
    : { ok: true }
}

/** The coordinator puts one case from the queue at the end of an agenda. */
export async function addToAgenda(deps: Deps, actor: Actor, user: AuthUser, zittingId: string, caseId: string, today: string): Promise<Result> {
  const found = await editableAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  const { agenda } = found
  const room = full(agenda)
  if (!room.ok) return room
  const step = await scheduleStep(deps, user, caseId, agenda.table.regionCode)
  if (!step.ok) return step
  const position = agenda.items.length
  const statements = await bookStatements(deps, user, step, agenda.zitting, agenda.table.name, {
    position,
    ...slotOf(agenda.zitting, agenda.table.slotMinutes, position),
  })
  await audit(deps, actor, { action: 'casus.ingepland', objectType: 'case', objectId: caseId, details: { zitting: zittingId } }, () => [
    ...statements,
    ...changedStatements(deps, agenda.zitting),
  ])
  return { ok: true }
}

/**
 * Moves a booked case to the end of another coming zitting of the region; it stays ingepland. Its
 * guests come along, unless they sit at the other table anyway.
 */
export async function moveCase(deps: Deps, actor: Actor, user: AuthUser, zittingId: string, caseId: string, targetId: string, today: string): Promise<Result> {
  const found = await editableAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  const source = found.agenda
  const item = source.items.find((i) => i.caseId === caseId)
  if (!item) return notFound()
  if (targetId === zittingId) return invalid({ naar: 'Kies een andere zitting dan deze.' })
  const other = await editableAgenda(deps, user, targetId, today)
  if (!other.ok) return other.reason === 'not_found' ? invalid({ naar: 'Kies een komende zitting van de regio.' }) : other
  const target = other.agenda
  if (target.table.regionCode !== source.table.regionCode) return conflict('Een casus kan enkel naar een zitting van dezelfde regio.')
  const room = full(target)
  if (!room.ok) return room
  const step = await caseStep(deps, user, caseId, 'unschedule', 'Deze casus staat niet (meer) ingepland.', canSeePseudonymisedCase)
  if (!step.ok) return step
  const position = target.items.length
  const slot = slotOf(target.zitting, target.table.slotMinutes, position)
  const at = when(target.zitting.date, slot.start)
  const mail = await referrerMail(
    deps,
    step.row,
    'Verplaatst:',
    `Uw aanmelding ${step.row.reference} is verplaatst naar de zitting van ${at} (${target.table.name}).`,
  )
  const guests = source.guests.filter((g) => g.caseId === caseId && !target.table.memberIds.includes(g.userId))
  const now = deps.clock.now()
  await audit(deps, actor, { action: 'agenda.casus_verplaatst', objectType: 'case', objectId: caseId, details: { van: zittingId, naar: targetId } }, () => [
    ...leaveStatements(
      deps,
      zittingId,
      caseId,
      source.items.map((i) => i.caseId),
    ),
    deps.db.insert(agendaItems).values({ zittingId: targetId, caseId, position, createdAt: now }),
    ...guests.map((g) => deps.db.insert(caseGuests).values({ zittingId: targetId, caseId, userId: g.userId, createdAt: now })),
    ...changedStatements(deps, source.zitting),
    ...changedStatements(deps, target.zitting),
    ...mail,
  ])
  return { ok: true }
}

/** Unschedule: the case goes back to the queue with its original acceptedAt, so it keeps its place. */
export async function removeFromAgenda(deps: Deps, actor: Actor, user: AuthUser, zittingId: string, caseId: string, today: string): Promise<Result> {
  const found = await editableAgenda(deps, user, zittingId, today)
  if (!found.ok) return found
  const { agenda } = found
  if (!agenda.items.some((i) => i.caseId === caseId)) return notFound()
  const step = await caseStep(deps, user, caseId, 'unschedule', 'Deze casus staat niet (meer) ingepland.')
  if (!step.ok) return step
  const mail = await referrerMail(
    deps,
    step.row,
    'Opnieuw in de wachtrij:',
    `Uw aanmelding ${step.row.reference} staat niet meer op de agenda van ${dutchDate(agenda.zitting.date)}. Ze wacht opnieuw op een zitting en behoudt haar plaats in de wachtrij.`,
  )
  await audit(deps, actor, { action: 'casus.uit_agenda', objectType: 'case', objectId: caseId, details: { zitting: zittingId } }, () => [
    ...transitionStatements(deps, step.row, user, step.to, `Van de agenda van ${dutchDate(agenda.zitting.date)} gehaald`),
    ...leaveStatements(
      deps,
      zittingId,
      caseId,
      agenda.items.map((i) => i.caseId),
    ),
    ...changedStatements(deps, agenda.zitting),
    ...mail,
  ])
  return { ok: true }
}
