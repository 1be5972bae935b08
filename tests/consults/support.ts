import { caseOnAgenda } from '../agenda-support'
import { postForm } from '../cases/support'
import type { testApp } from '../support'

type Env = Awaited<ReturnType<typeof testApp>>

/** Moves the test clock to a Belgian calendar day (mid-morning), so the zitting has come. */
export function moveTo(env: Env, isoDate: string) {
  env.clock.advance(Date.parse(`${isoDate}T09:00:00Z`) - env.clock.now().getTime())
}

export function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A case on the agenda whose zitting is today; everyone logs in again, since weeks went by. */
export async function caseAtZitting(env: Env, options: Parameters<typeof caseOnAgenda>[1] = {}) {
  const onAgenda = await caseOnAgenda(env, options)
  moveTo(env, onAgenda.zittingDate)
  return { ...onAgenda, ...(await logins(env)) }
}

export async function logins(env: Env) {
  return {
    referrer: await env.client.login('aanmelder.vb@rots.example'),
    coordinator: await env.client.login('coordinator.vb@rots.example'),
  }
}

export const OVERLEGTAFEL = { format: 'overlegtafel', overrides: { formaat: 'overlegtafel', toestemming: ['overlegtafel', 'statistiek'] } }

/** What the bespreking form offers for this case: attendance fields and offer ids, read from the page. */
export async function formChoices(env: Env, cookie: string, caseId: string) {
  const html = await (await env.client.get(`/bespreking/${caseId}`, cookie)).text()
  const attendance = [...new Set([...html.matchAll(/name="(aanwezigheid_[a-z0-9]+)"/g)].map((m) => m[1] as string))]
  const offers = [...html.matchAll(/name="aanbod" value="([a-z0-9]+)"/g)].map((m) => m[1] as string)
  return { html, attendance, offers }
}

/** A complete bespreking as the form posts it. */
export function completeConsult(choices: { attendance: string[]; offers: string[] }, zittingDate: string): Record<string, string | string[]> {
  return {
    ...Object.fromEntries(choices.attendance.map((name, i) => [name, i === 0 ? 'verontschuldigd' : 'aanwezig'])),
    analyse: 'De jongere haakt af sinds de overstap naar de tweede graad; school en hulpverlening werken naast elkaar.',
    advies: 'Start een NAFT-traject op maat en plan een gezamenlijk overleg met de school.',
    aanbod: choices.offers.slice(0, 2),
    actie_omschrijving: ['Aanmelding bij NAFT doen', 'Overleg met de school plannen'],
    actie_sector: ['clb', 'onderwijs'],
    actie_organisatie: ['', ''],
    actie_wie: ['CLB-medewerker', 'zorgcoördinator'],
    actie_termijn: [plusDays(zittingDate, 14), plusDays(zittingDate, 21)],
    opvolgdatum: plusDays(zittingDate, 60),
  }
}

/** Posts a form as the browser does, repeated names for lists. */
export function post(app: Env['settled'], cookie: string, path: string, values: Record<string, string | string[]>, extra: [string, string][] = []) {
  return postForm(app, path, values, cookie, extra)
}
