import { type AuthUser, canManageSignals } from '../auth/access'
import type { Deps } from '../deps'
import type { Addressee, SignalStatus } from '../lists'
import { forbidden, notFound, type Result } from '../result'
import { suppressSmallCount } from './count'
import { openTransitions } from './lifecycle'
import { bundleMembers, countSignalCases, getFlaggedConsult, getSignal, getSignals, linkedCases, listResponses, type SignalRow, signalHistory } from './queries'
import { analistMaySee, type LoadedSignal } from './step'

/** What everyone who may read a signal sees of it: no case, no consult, no reference. */
export interface SignalSummary {
  id: string
  title: string
  description: string
  regionCode: string
  level: SignalRow['level']
  status: SignalStatus
  themes: string[]
  addressees: Addressee[]
  createdAt: Date
  forwardedAt: Date | null
  closedAt: Date | null
}

type Responses = Awaited<ReturnType<typeof listResponses>>

export interface CoordinatorSignalFile {
  kind: 'coordinator'
  signal: SignalSummary
  bundle: { id: string; title: string } | null
  members: { id: string; title: string }[]
  cases: { id: string; reference: string }[]
  consult: { caseId: string; reference: string } | null
  responses: Responses
  history: Awaited<ReturnType<typeof signalHistory>>
  can: { edit: boolean; forward: boolean; close: boolean }
}

export interface AnalistSignalFile {
  kind: 'analist'
  signal: SignalSummary
  members: { title: string; description: string }[]
  /** Already suppressed: "<5" for 1 to 4. */
  caseCount: string
  responses: Responses
  can: { respond: boolean }
}

/**
 * One signal as the user may see it: the region's coordinators get the whole file (its cases by
 * reference, the bespreking it came from, its history); an analist of an addressed administration
 * gets the signal itself, the cases only as a suppressed count.
 */
export async function openSignal(
  deps: Pick<Deps, 'db'>,
  user: AuthUser,
  signalId: string,
): Promise<Result<{ file: CoordinatorSignalFile | AnalistSignalFile }>> {
  const signal = await getSignal(deps.db, signalId)
  if (!signal) return notFound()
  if (canManageSignals(user, signal.regionCode)) return { ok: true, file: await coordinatorFile(deps, signal) }
  if (!analistMaySee(user, signal)) return forbidden()
  const [members, count, responses] = await Promise.all([
    bundleMembers(deps.db, signal.id),
    countSignalCases(deps.db, signal.id),
    listResponses(deps.db, signal.id),
  ])
  return {
    ok: true,
    file: {
      kind: 'analist',
      signal: summary(signal),
      members: members.map((m) => ({ title: m.title, description: m.description })),
      caseCount: suppressSmallCount(count),
      responses,
      can: { respond: openTransitions(signal).respond },
    },
  }
}

async function coordinatorFile(deps: Pick<Deps, 'db'>, signal: LoadedSignal): Promise<CoordinatorSignalFile> {
  const members = await bundleMembers(deps.db, signal.id)
  const [bundle] = signal.bundleId ? await getSignals(deps.db, [signal.bundleId]) : []
  const [cases, consult, responses, history] = await Promise.all([
    linkedCases(deps.db, [signal.id, ...members.map((m) => m.id)]),
    signal.consultId ? getFlaggedConsult(deps.db, signal.consultId) : null,
    listResponses(deps.db, signal.id),
    signalHistory(deps.db, signal.id),
  ])
  const can = openTransitions(signal)
  return {
    kind: 'coordinator',
    signal: summary(signal),
    bundle: bundle ? { id: bundle.id, title: bundle.title } : null,
    members: members.map((m) => ({ id: m.id, title: m.title })),
    cases: cases.map((c) => ({ id: c.id, reference: c.reference ?? '' })),
    consult: consult ? { caseId: consult.caseId, reference: consult.reference ?? '' } : null,
    responses,
    history,
    can: { edit: can.edit, forward: can.forward, close: can.close },
  }
}

function summary(s: SignalSummary): SignalSummary {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    regionCode: s.regionCode,
    level: s.level,
    status: s.status,
    themes: s.themes,
    addressees: s.addressees,
    createdAt: s.createdAt,
    forwardedAt: s.forwardedAt,
    closedAt: s.closedAt,
  }
}
