import { and, eq, isNull } from 'drizzle-orm'
import { signalAddressees, signalCases, signals, signalThemes } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canManageSignals, signalRegions } from '../auth/access'
import type { ReviewDecisions } from '../cases/free-text'
import { scrubHints } from '../cases/identity'
import type { Deps } from '../deps'
import { newId } from '../ids'
import type { IdentityHints } from '../privacy/scrub'
import { conflict, forbidden, invalid, notFound, type Result } from '../result'
import { scrubSignalText, signalFreeText, signalReviewFields } from './free-text'
import { findCasesByReference, getFlaggedConsult, linkedCases, type SignalRow, themesOfCase } from './queries'
import type { SignalInput } from './schemas'
import { coordinatorStep } from './step'

// Raising a signal (on its own or from a bespreking's flag) and rewording it before it is forwarded.

const FAILED = 'Het signaal is niet bewaard: verbeter de aangeduide velden.'

export interface SignalFormPlan {
  /** Regions the coordinator may raise the signal in (one when it comes from a bespreking or already exists). */
  regions: string[]
  values: Record<string, string | string[]>
  /** The bespreking the signal comes from: its case reference is the coordinator's to see. */
  consult: { id: string; caseId: string; reference: string } | null
}

/** The empty form, or the form filled from a bespreking's flag: its text, its case and that case's themes. */
export async function newSignalPlan(deps: Deps, user: AuthUser, consultId: string | null): Promise<Result<{ plan: SignalFormPlan }>> {
  const regions = signalRegions(user)
  if (regions.length === 0) return forbidden()
  if (!consultId) return { ok: true, plan: { regions, values: { regio: regions.length === 1 ? (regions[0] ?? '') : '' }, consult: null } }
  const consult = await flaggedConsult(deps, user, consultId)
  if (!consult.ok) return consult
  const { row } = consult
  return {
    ok: true,
    plan: {
      regions: [row.regionCode],
      values: {
        regio: row.regionCode,
        bespreking: row.consultId,
        beschrijving: row.signalText ?? '',
        casussen: row.reference ?? '',
        themas: await themesOfCase(deps.db, row.caseId),
      },
      consult: { id: row.consultId, caseId: row.caseId, reference: row.reference ?? '' },
    },
  }
}

/** The form of an existing signal, while it may still be reworded. */
export async function editSignalPlan(deps: Deps, user: AuthUser, signalId: string): Promise<Result<{ plan: SignalFormPlan; signal: SignalRow }>> {
  const step = await editStep(deps, user, signalId)
  if (!step.ok) return step
  const { signal } = step
  const refs = await linkedCases(deps.db, [signal.id])
  return {
    ok: true,
    signal,
    plan: {
      regions: [signal.regionCode],
      values: {
        regio: signal.regionCode,
        titel: signal.title,
        beschrijving: signal.description,
        niveau: signal.level,
        themas: signal.themes,
        bestemmelingen: signal.addressees,
        casussen: refs.map((r) => r.reference ?? '').join('\n'),
      },
      consult: null,
    },
  }
}

/** The review step: what the scrubber will hide in the title and description, before anything is stored. */
export async function reviewSignal(deps: Deps, user: AuthUser, input: SignalInput, decisions: ReviewDecisions, signalId: string | null) {
  const resolved = await resolve(deps, user, input, signalId)
  if (!resolved.ok) return resolved
  return { ok: true as const, fields: signalReviewFields(signalFreeText(input), resolved.hints, decisions) }
}

/**
 * Creates a signal (status nieuw) in the coordinator's region, linked to the cases it rests on and,
 * when raised from a bespreking, to that consult. Title and description are stored scrubbed.
 */
export async function raiseSignal(deps: Deps, actor: Actor, user: AuthUser, input: SignalInput, decisions: ReviewDecisions): Promise<Result<{ id: string }>> {
  const resolved = await resolve(deps, user, input, null)
  if (!resolved.ok) return resolved
  const text = scrubSignalText(signalFreeText(input), resolved.hints, decisions)
  const id = newId()
  const now = deps.clock.now()
  await audit(
    deps,
    actor,
    {
      action: 'signaal.aangemaakt',
      objectType: 'signal',
      objectId: id,
      details: { regio: resolved.regionCode, casussen: resolved.cases.length, uit_bespreking: resolved.consultId !== null },
    },
    () => [
      deps.db.insert(signals).values({
        id,
        regionCode: resolved.regionCode,
        title: text.get('titel') ?? '',
        description: text.get('beschrijving') ?? '',
        level: input.niveau,
        status: 'nieuw',
        consultId: resolved.consultId,
        createdBy: user.id,
        createdAt: now,
        updatedAt: now,
      }),
      ...linkStatements(deps, id, input, resolved.cases),
    ],
  )
  return { ok: true, id }
}

/** Rewords a signal that has not been forwarded yet; themes, addressees and cases are replaced by the form's. */
export async function editSignal(
  deps: Deps,
  actor: Actor,
  user: AuthUser,
  signalId: string,
  input: SignalInput,
  decisions: ReviewDecisions,
): Promise<Result<{ id: string }>> {
  const resolved = await resolve(deps, user, input, signalId)
  if (!resolved.ok) return resolved
  const { signal } = resolved
  if (!signal) return notFound()
  const text = scrubSignalText(signalFreeText(input), resolved.hints, decisions)
  await audit(deps, actor, { action: 'signaal.gewijzigd', objectType: 'signal', objectId: signal.id, details: { casussen: resolved.cases.length } }, () => [
    deps.db
      .update(signals)
      .set({ title: text.get('titel') ?? '', description: text.get('beschrijving') ?? '', level: input.niveau, updatedAt: deps.clock.now() })
      .where(and(eq(signals.id, signal.id), eq(signals.status, signal.status), isNull(signals.bundleId))),
    deps.db.delete(signalThemes).where(eq(signalThemes.signalId, signal.id)),
    deps.db.delete(signalAddressees).where(eq(signalAddressees.signalId, signal.id)),
    deps.db.delete(signalCases).where(eq(signalCases.signalId, signal.id)),
    ...linkStatements(deps, signal.id, input, resolved.cases),
  ])
  return { ok: true, id: signal.id }
}

function linkStatements(deps: Deps, signalId: string, input: Pick<SignalInput, 'themas' | 'bestemmelingen'>, linked: { id: string }[]) {
  return [
    ...input.themas.map((theme) => deps.db.insert(signalThemes).values({ signalId, theme })),
    ...input.bestemmelingen.map((addressee) => deps.db.insert(signalAddressees).values({ signalId, addressee })),
    ...linked.map((c) => deps.db.insert(signalCases).values({ signalId, caseId: c.id })),
  ]
}

function editStep(deps: Deps, user: AuthUser, signalId: string) {
  return coordinatorStep(deps, user, signalId, 'edit')
}

async function flaggedConsult(deps: Deps, user: AuthUser, consultId: string) {
  const row = await getFlaggedConsult(deps.db, consultId)
  if (!row) return notFound()
  if (!canManageSignals(user, row.regionCode)) return forbidden()
  if (!row.signalRaised) return conflict('Deze bespreking gaf geen signaal aan.')
  if (row.hasSignal) return conflict('Voor deze bespreking is al een signaal aangemaakt.')
  return { ok: true as const, row }
}

/**
 * What zod cannot check: the region is the coordinator's, the bespreking is flagged and still
 * without a signal, and every reference is a case of that region. Returns the cases to link and
 * their identities as scrubber hints (never shown).
 */
async function resolve(deps: Deps, user: AuthUser, input: SignalInput, signalId: string | null) {
  let signal: SignalRow | null = null
  let regionCode = input.regio as string
  let consultId: string | null = null
  if (signalId) {
    const step = await editStep(deps, user, signalId)
    if (!step.ok) return step
    signal = step.signal
    regionCode = signal.regionCode
  } else if (input.bespreking) {
    const consult = await flaggedConsult(deps, user, input.bespreking)
    if (!consult.ok) return consult
    regionCode = consult.row.regionCode
    consultId = consult.row.consultId
  }
  if (!canManageSignals(user, regionCode)) return forbidden()
  const found = await findCasesByReference(deps.db, regionCode, input.casussen)
  const missing = input.casussen.find((ref) => !found.some((c) => c.reference === ref))
  if (missing) return invalid({ casussen: `Er is geen casus ${missing} in deze regio.` }, FAILED)
  const hints: IdentityHints[] = await Promise.all(found.map((c) => scrubHints(deps, c.id)))
  return { ok: true as const, signal, regionCode, consultId, cases: found, hints }
}
