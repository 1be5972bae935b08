import { type AuthUser, canAnswerSignal, canManageSignals } from '../auth/access'
import type { Deps } from '../deps'
import type { SignalStatus } from '../lists'
import { conflict, forbidden, notFound, type Result } from '../result'
import { checkSignalTransition, type SignalTransition } from './lifecycle'
import { getSignal } from './queries'

export type LoadedSignal = NonNullable<Awaited<ReturnType<typeof getSignal>>>

/**
 * What every coordinator transition checks first: the signal exists, it is of a region the user
 * coordinates, and the status machine allows the transition now.
 */
export async function coordinatorStep(deps: Pick<Deps, 'db'>, user: AuthUser, signalId: string, transition: SignalTransition): Promise<Result<StepResult>> {
  const signal = await getSignal(deps.db, signalId)
  if (!signal) return notFound()
  if (!canManageSignals(user, signal.regionCode)) return forbidden()
  return allowed(signal, transition)
}

/** An analist sees a signal only once it was forwarded, as a whole (a bundled signal only inside its bundle). */
export async function analistSignal(deps: Pick<Deps, 'db'>, user: AuthUser, signalId: string): Promise<Result<{ signal: LoadedSignal }>> {
  const signal = await getSignal(deps.db, signalId)
  if (!signal) return notFound()
  if (!analistMaySee(user, signal)) return forbidden()
  return { ok: true, signal }
}

export function analistMaySee(user: AuthUser, signal: Pick<LoadedSignal, 'forwardedAt' | 'bundleId' | 'regionCode' | 'addressees'>): boolean {
  return signal.forwardedAt !== null && signal.bundleId === null && canAnswerSignal(user, signal)
}

export async function analistStep(deps: Pick<Deps, 'db'>, user: AuthUser, signalId: string, transition: SignalTransition): Promise<Result<StepResult>> {
  const found = await analistSignal(deps, user, signalId)
  if (!found.ok) return found
  return allowed(found.signal, transition)
}

interface StepResult {
  signal: LoadedSignal
  to: SignalStatus
}

function allowed(signal: LoadedSignal, transition: SignalTransition): Result<StepResult> {
  const check = checkSignalTransition(transition, signal)
  if (!check.ok) return conflict(check.message)
  return { ok: true, signal, to: check.to }
}
