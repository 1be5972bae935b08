import { and, eq, sql } from 'drizzle-orm'
import { caseEvents, caseInterventions, cases, caseThemes, organisations } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canEditDraft, canFileCase, regionsWithRole } from '../auth/access'
import type { Statement } from '../db'
import type { Deps } from '../deps'
import { newId } from '../ids'
import type { RegionCode, SectorCode } from '../lists'
import { pseudonymFor } from '../privacy/pseudonym'
import { conflict, forbidden, invalid, notFound, type Result } from '../result'
import { freeTextFields, type ReviewDecisions, scrubCase } from './free-text'
import { sealIdentityStatements } from './identity'
import { recordInvolvements } from './involvement'
import { checkTransition } from './lifecycle'
import { notifyCoordinators } from './notifications'
import { ageOn, belgianDate, submitProblems } from './rules'
import { type DraftForm, identityFromForm, interventionRows } from './schemas'
import { answerStatement } from './transitions'

/** Starts an empty concept in the user's region (the only one, or the one they chose). */
export async function createConcept(deps: Deps, actor: Actor, user: AuthUser, regionCode?: string): Promise<Result<{ id: string }>> {
  const regions = regionsWithRole(user, 'aanmelder')
  const region = regionCode ?? (regions.length === 1 ? regions[0] : undefined)
  if (!region) return invalid({ regio: 'Kies de regio waar u aanmeldt.' })
  if (!canFileCase(user, region)) return forbidden()
  const id = newId()
  const now = deps.clock.now()
  await audit(deps, actor, { action: 'casus.concept', objectType: 'case', objectId: id }, () => [
    deps.db.insert(cases).values({ id, regionCode: region, organisationId: user.organisationId, referrerId: user.id, createdAt: now, updatedAt: now }),
  ])
  return { ok: true, id }
}

type CaseRow = typeof cases.$inferSelect

async function editableCase(deps: Deps, user: AuthUser, caseId: string): Promise<Result<{ row: CaseRow }>> {
  const [row] = await deps.db.select().from(cases).where(eq(cases.id, caseId)).limit(1)
  if (!row) return notFound()
  if (!canEditDraft(user, row)) return row.organisationId === user.organisationId ? conflict('Deze aanmelding kan niet meer gewijzigd worden.') : forbidden()
  return { ok: true, row }
}

/**
 * Everything a save writes: the sealed identity, the scrubbed content, themes and trajectory.
 * Free text goes through the scrubber here, so even a concept never stores the original.
 */
async function contentStatements(deps: Deps, row: CaseRow, form: DraftForm, user: AuthUser, review?: ReviewDecisions) {
  const identity = identityFromForm(form)
  const { rows } = interventionRows(form)
  const scrubbed = scrubCase(freeTextFields(form, rows), identity, review)
  const text = (name: string) => scrubbed.get(name) ?? null
  const region = form.regio && canFileCase(user, form.regio) ? form.regio : row.regionCode
  const statements: Statement[] = [
    ...(await sealIdentityStatements(deps, row.id, identity)),
    deps.db
      .update(cases)
      .set({
        regionCode: region,
        urgency: form.urgentie ?? null,
        urgencyMotivation: text('urgentie_motivatie'),
        gender: form.geslacht ?? null,
        educationLevel: form.onderwijsniveau ?? null,
        studyType: form.studierichting ?? null,
        livingSituation: form.leefsituatie ?? null,
        proposedFormat: form.formaat ?? null,
        deadlock: text('vastgelopen'),
        question: text('vraag'),
        partners: text('partners'),
        eligibility: JSON.stringify([...form.geschiktheid, ...(form.clb_akkoord ? ['clb_akkoord'] : [])]),
        consent: JSON.stringify({
          purposes: form.toestemming,
          givenBy: form.toestemming_door ?? null,
          date: form.toestemming_datum ?? null,
          method: form.toestemming_wijze ?? null,
        }),
        updatedAt: deps.clock.now(),
      })
      .where(eq(cases.id, row.id)),
    deps.db.delete(caseThemes).where(eq(caseThemes.caseId, row.id)),
    ...form.themas.map((theme) => deps.db.insert(caseThemes).values({ caseId: row.id, theme })),
    deps.db.delete(caseInterventions).where(eq(caseInterventions.caseId, row.id)),
    ...rows.map((r, i) =>
      deps.db.insert(caseInterventions).values({
        caseId: row.id,
        position: i,
        type: r.type,
        provider: text(`traject_aanbieder_${i}`),
        period: text(`traject_periode_${i}`),
        effect: text(`traject_effect_${i}`),
      }),
    ),
  ]
  return { statements, scrubbed }
}

/** Saves a concept (or a case returned for more information) as it is; incomplete is fine. */
export async function saveDraft(deps: Deps, actor: Actor, user: AuthUser, caseId: string, form: DraftForm): Promise<Result> {
  const found = await editableCase(deps, user, caseId)
  if (!found.ok) return found
  const { statements } = await contentStatements(deps, found.row, form, user)
  await audit(deps, actor, { action: 'casus.opgeslagen', objectType: 'case', objectId: caseId }, () => statements)
  return { ok: true }
}

/** The submission's problems, or none: shared by the review step and the submit itself. */
export async function submissionProblems(deps: Deps, user: AuthUser, form: DraftForm): Promise<Record<string, string>> {
  const { errors } = interventionRows(form)
  const [org] = await deps.db.select({ sector: organisations.sector }).from(organisations).where(eq(organisations.id, user.organisationId)).limit(1)
  const { rows } = interventionRows(form)
  const problems = submitProblems(form, rows, { referrerSector: (org?.sector ?? 'clb') as SectorCode, today: belgianDate(deps.clock.now()) })
  if (form.regio && !canFileCase(user, form.regio)) problems.regio = 'U kunt enkel aanmelden in een regio waarvoor u aanmelder bent.'
  return { ...errors, ...problems }
}

/**
 * Submits: validates, scrubs with the referrer's review decisions, seals the identity, assigns the
 * next reference number of the region and year in the same statement that changes the status
 * (so concurrent submits cannot take the same number), then tells whoever must know.
 */
export async function submitCase(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  caseId: string,
  posted: DraftForm,
  review: ReviewDecisions,
): Promise<Result<{ reference: string }>> {
  const found = await editableCase(deps, user, caseId)
  if (!found.ok) return found
  // a referrer with one region is not asked for it: the concept already has it
  const form: DraftForm = { ...posted, regio: posted.regio ?? (found.row.regionCode as RegionCode) }
  const transition = found.row.status === 'concept' ? 'submit' : 'answerInfo'
  const check = checkTransition(transition, found.row.status, ['aanmelder'])
  if (!check.ok) return conflict('Deze aanmelding kan niet (opnieuw) ingediend worden.')
  const problems = await submissionProblems(deps, user, form)
  if (transition === 'answerInfo' && !form.antwoord) problems.antwoord = 'Beantwoord de vraag van de coördinator.'
  if (Object.keys(problems).length > 0) return invalid(problems, 'De aanmelding is nog niet volledig.')

  const identity = identityFromForm(form)
  const now = deps.clock.now()
  const year = Number(belgianDate(now).slice(0, 4))
  const pseudonym = pseudonymFor(deps.keys, {
    firstName: identity.firstName ?? '',
    lastName: identity.lastName ?? '',
    dateOfBirth: identity.dateOfBirth ?? '',
    insz: identity.insz,
  })
  const content = await contentStatements(deps, found.row, form, user, review)
  const answer = transition === 'answerInfo' ? [answerStatement(deps, caseId, user.id, content.scrubbed.get('antwoord') ?? '')] : []
  const region = form.regio ?? found.row.regionCode
  const numbering =
    found.row.reference === null
      ? {
          refYear: year,
          refSeq: sql`(select coalesce(max(${cases.refSeq}), 0) + 1 from ${cases} where ${cases.regionCode} = ${region} and ${cases.refYear} = ${year})`,
          submittedAt: now,
        }
      : {}
  await audit(deps, actor, { action: transition === 'submit' ? 'casus.aangemeld' : 'casus.info_beantwoord', objectType: 'case', objectId: caseId }, () => [
    ...content.statements,
    ...answer,
    deps.db
      .update(cases)
      .set({ status: check.to, pseudonym, ageYears: ageOn(identity.dateOfBirth ?? '', belgianDate(now)), ...numbering })
      .where(and(eq(cases.id, caseId), eq(cases.status, found.row.status))),
    deps.db
      .update(cases)
      .set({ reference: sql`'ROTS-' || ${cases.regionCode} || '-' || ${cases.refYear} || '-' || printf('%04d', ${cases.refSeq})` })
      .where(eq(cases.id, caseId)),
    deps.db.insert(caseEvents).values({ id: newId(), caseId, at: now, actorId: user.id, fromStatus: found.row.status, toStatus: check.to }),
  ])
  const [after] = await deps.db
    .select({ reference: cases.reference, regionCode: cases.regionCode, urgency: cases.urgency })
    .from(cases)
    .where(eq(cases.id, caseId))
  const reference = after?.reference ?? ''
  if (transition === 'submit') {
    await recordInvolvements(deps, actor, caseId)
    await notifyCoordinators(deps, { regionCode: after?.regionCode ?? region, reference, urgency: after?.urgency ?? 'gewoon', caseId })
  }
  return { ok: true, reference }
}

/** A concept that was never submitted can go entirely; a submitted case is withdrawn instead. */
export async function deleteConcept(deps: Deps, actor: Actor, user: AuthUser, caseId: string): Promise<Result> {
  const found = await editableCase(deps, user, caseId)
  if (!found.ok) return found
  if (found.row.status !== 'concept') return conflict('Enkel een concept kan verwijderd worden.')
  await audit(deps, actor, { action: 'casus.concept_verwijderd', objectType: 'case', objectId: caseId }, () => [
    deps.db.delete(cases).where(and(eq(cases.id, caseId), eq(cases.status, 'concept'))),
  ])
  return { ok: true }
}
