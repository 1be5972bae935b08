import type { SignalStatus } from '../lists'

// The signal's status machine, pure: nieuw → gebundeld → doorgestuurd → beantwoord → afgesloten.
// A signal taken into a bundle travels with it and is no longer acted on by itself.

export type SignalTransition = 'edit' | 'bundle' | 'forward' | 'respond' | 'close'

const TRANSITIONS: Record<SignalTransition, { from: readonly SignalStatus[]; to: SignalStatus | null; notNow: string }> = {
  // a bundle may still be reworded until it is forwarded; `null`: the status stays
  edit: { from: ['nieuw', 'gebundeld'], to: null, notNow: 'Een signaal kan enkel gewijzigd worden zolang het niet doorgestuurd is.' },
  bundle: { from: ['nieuw'], to: 'gebundeld', notNow: 'Alleen nieuwe signalen die nog in geen bundel zitten, kunnen gebundeld worden.' },
  forward: { from: ['nieuw', 'gebundeld'], to: 'doorgestuurd', notNow: 'Dit signaal is al doorgestuurd of afgesloten.' },
  respond: { from: ['doorgestuurd', 'beantwoord'], to: 'beantwoord', notNow: 'Bij dit signaal kan geen antwoord (meer) geregistreerd worden.' },
  close: { from: ['nieuw', 'gebundeld', 'doorgestuurd', 'beantwoord'], to: 'afgesloten', notNow: 'Dit signaal is al afgesloten.' },
}

const IN_BUNDLE = 'Dit signaal zit in een bundel: werk verder met de bundel.'

export type SignalCheck = { ok: true; to: SignalStatus } | { ok: false; message: string }

/** Whether `transition` may happen to a signal in this state, and the status it leads to. */
export function checkSignalTransition(transition: SignalTransition, signal: { status: SignalStatus; bundleId: string | null }): SignalCheck {
  if (signal.bundleId !== null) return { ok: false, message: IN_BUNDLE }
  const rule = TRANSITIONS[transition]
  if (!rule.from.includes(signal.status)) return { ok: false, message: rule.notNow }
  return { ok: true, to: rule.to ?? signal.status }
}

/** Which transitions are open now, for the buttons a page shows. */
export function openTransitions(signal: { status: SignalStatus; bundleId: string | null }): Record<SignalTransition, boolean> {
  const open = (t: SignalTransition) => checkSignalTransition(t, signal).ok
  return { edit: open('edit'), bundle: open('bundle'), forward: open('forward'), respond: open('respond'), close: open('close') }
}
