import { and, eq, inArray, isNull } from 'drizzle-orm'
import { signalAddressees, signalCases, signals, signalThemes } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canManageSignals, signalRegions } from '../auth/access'
import type { ReviewDecisions } from '../cases/free-text'
import { scrubHints } from '../cases/identity'
import type { Deps } from '../deps'
import { newId } from '../ids'
import type { Addressee } from '../lists'
import { conflict, forbidden, type Result } from '../result'
import { scrubSignalText, signalFreeText, signalReviewFields } from './free-text'
import { checkSignalTransition } from './lifecycle'
import { getSignals, linkedCases, listBundleable, themesAndAddresseesOf } from './queries'
import type { BundleInput } from './schemas'

// Similar signals of one region become one bundle: a new signal (status gebundeld) that carries the
// themes, addressees and cases of all of them; the bundled signals point to it and travel with it.

const NOT_BUNDLEABLE = 'Alleen nieuwe signalen van dezelfde regio, die nog in geen bundel zitten, kunnen gebundeld worden.'

/** The bundle form: the region's new signals to choose from. */
export async function bundlePlan(deps: Deps, user: AuthUser, region: string | undefined) {
  const regions = signalRegions(user)
  if (regions.length === 0) return forbidden()
  const chosen = region && regions.includes(region) ? region : regions.length === 1 ? regions[0] : undefined
  const candidates = chosen ? await listBundleable(deps.db, chosen) : []
  return { ok: true as const, regions, region: chosen ?? null, candidates }
}

/** The review (and confirmation) step: which signals go together, and the text as it will be stored. */
export async function reviewBundle(deps: Deps, user: AuthUser, input: BundleInput, decisions: ReviewDecisions) {
  const resolved = await resolve(deps, user, input)
  if (!resolved.ok) return resolved
  return { ok: true as const, members: resolved.members, fields: signalReviewFields(signalFreeText(input), resolved.hints, decisions) }
}

export async function bundleSignals(deps: Deps, actor: Actor, user: AuthUser, input: BundleInput, decisions: ReviewDecisions): Promise<Result<{ id: string }>> {
  const resolved = await resolve(deps, user, input)
  if (!resolved.ok) return resolved
  const { members, cases } = resolved
  const memberIds = members.map((m) => m.id)
  const { themes, addressees } = await themesAndAddresseesOf(deps.db, memberIds)
  const text = scrubSignalText(signalFreeText(input), resolved.hints, decisions)
  const id = newId()
  const now = deps.clock.now()
  await audit(
    deps,
    actor,
    { action: 'signaal.gebundeld', objectType: 'signal', objectId: id, details: { signalen: members.length, casussen: cases.length } },
    () => [
      deps.db.insert(signals).values({
        id,
        regionCode: input.regio,
        title: text.get('titel') ?? '',
        description: text.get('beschrijving') ?? '',
        level: input.niveau,
        status: 'gebundeld',
        createdBy: user.id,
        createdAt: now,
        updatedAt: now,
      }),
      ...themes.map((theme) => deps.db.insert(signalThemes).values({ signalId: id, theme })),
      ...addressees.map((addressee) => deps.db.insert(signalAddressees).values({ signalId: id, addressee: addressee as Addressee })),
      ...cases.map((c) => deps.db.insert(signalCases).values({ signalId: id, caseId: c.id })),
      // guarded: a signal bundled elsewhere in the meantime stays where it is
      deps.db
        .update(signals)
        .set({ status: 'gebundeld', bundleId: id, updatedAt: now })
        .where(and(inArray(signals.id, memberIds), eq(signals.status, 'nieuw'), isNull(signals.bundleId), eq(signals.regionCode, input.regio))),
    ],
  )
  return { ok: true, id }
}

async function resolve(deps: Deps, user: AuthUser, input: BundleInput) {
  if (!canManageSignals(user, input.regio)) return forbidden()
  const members = await getSignals(deps.db, input.signalen)
  const fits = members.length === input.signalen.length && members.every((m) => m.regionCode === input.regio && checkSignalTransition('bundle', m).ok)
  if (!fits) return conflict(NOT_BUNDLEABLE)
  const cases = await linkedCases(
    deps.db,
    members.map((m) => m.id),
  )
  const hints = await Promise.all(cases.map((c) => scrubHints(deps, c.id)))
  return { ok: true as const, members, cases, hints }
}
