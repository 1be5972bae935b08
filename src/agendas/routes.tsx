import { Hono } from 'hono'
import { AgendaFragment, AgendaPage, type AgendaView } from '../../views/agendas/agenda'
import { PlanningPage } from '../../views/agendas/planning'
import { ConfirmPage } from '../../views/components/confirm'
import { type AuthUser, canRecordConsult, canTriage } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, isHtmx, page, renderProblem, seeOther } from '../http'
import { REGIONS, regionName } from '../lists'
import type { Problem, Result } from '../result'
import { brusselsToday } from '../tables/today'
import { viewAgenda } from './agenda'
import { acceptProposal, addToAgenda, moveCase, removeFromAgenda } from './booking'
import { guestCandidates, inviteGuest, removeGuest } from './guests'
import { reorderCase } from './order'
import { agendaZittingView, dutch, formatLabel, planningView, urgencyLabel, waitingDays } from './present'
import { planningOf } from './queue'
import { addSchema, guestSchema, moveSchema, orderSchema, proposalSchema, regionSchema } from './schemas'
import { sendAgenda } from './send'

export const planningRoutes = new Hono<AppEnv>()

planningRoutes.use('*', requireAccess(canTriage))

const me = (c: Ctx) => c.var.user as AuthUser
const today = (c: Ctx) => brusselsToday(c.var.deps.clock.now())
const myRegions = (user: AuthUser) => REGIONS.filter((r) => canRecordConsult(user, r.code)).map((r) => ({ value: r.code, label: r.name }))

const NOTICES: Record<string, string> = {
  toegevoegd: 'De casus staat op de agenda.',
  verplaatst: 'De casus is verplaatst.',
  verwijderd: 'De casus is van de agenda gehaald en wacht opnieuw in de wachtrij.',
  volgorde: 'De volgorde is aangepast.',
  gast: 'De extra deelnemer is uitgenodigd.',
  gast_weg: 'De uitnodiging is ingetrokken.',
  verstuurd: 'De agenda is verstuurd.',
  opnieuw: 'De bijgewerkte agenda is verstuurd.',
}

// ── the region's planning ───────────────────────────────────────────────────

async function planningPage(c: Ctx, region: string, message?: string, status: 200 | 409 | 422 = 200) {
  const user = me(c)
  const found = await planningOf(c.var.deps, user, region, today(c))
  if (!found.ok) return renderProblem(c, found)
  const { planning } = found
  const firstTable = planning.tables[0]
  const added = c.req.query('ingepland')
  return page(
    c,
    `Planning ${regionName(region)}`,
    <PlanningPage
      regions={myRegions(user)}
      region={region}
      regionLabel={regionName(region)}
      {...planningView(planning, c.var.deps.clock.now())}
      planLink={
        firstTable
          ? { href: `/tafels/${firstTable.id}`, label: `Een zitting plannen voor ${firstTable.name}` }
          : { href: '/tafels/nieuw', label: 'Een tafel oprichten' }
      }
      hasTables={planning.tables.length > 0}
      fingerprint={planning.fingerprint}
      notice={added && /^\d{1,3}$/.test(added) ? `${added} ${added === '1' ? 'casus' : 'casussen'} ingepland volgens het voorstel.` : undefined}
      message={message}
    />,
    status,
  )
}

planningRoutes.get('/', async (c) => {
  const asked = c.req.query('regio')
  if (asked === undefined) return planningPage(c, myRegions(me(c))[0]?.value ?? '')
  const region = regionSchema.safeParse(asked)
  if (!region.success) return renderProblem(c, { ok: false, reason: 'not_found' })
  return planningPage(c, region.data)
})

planningRoutes.post('/voorstel', async (c) => {
  const parsed = proposalSchema.safeParse(strings(await formBody(c)))
  if (!parsed.success) return planningPage(c, myRegions(me(c))[0]?.value ?? '', fieldErrors(parsed.error).regio ?? 'Ongeldig voorstel.', 422)
  const result = await acceptProposal(c.var.deps, actorOf(c), me(c), parsed.data.regio, today(c), parsed.data.voorstel || undefined)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/planning?regio=${parsed.data.regio}&ingepland=${result.scheduled}`)
})

// ── one agenda ──────────────────────────────────────────────────────────────

type AgendaError = AgendaView['error']

async function agendaResponse(c: Ctx, id: string, { error, status = 200 }: { error?: AgendaError; status?: 200 | 409 | 422 } = {}) {
  const deps = c.var.deps
  const found = await viewAgenda(deps, me(c), id, today(c))
  if (!found.ok) return renderProblem(c, found)
  const { agenda } = found
  const planning = await planningOf(deps, me(c), agenda.table.regionCode, today(c))
  const now = deps.clock.now()
  const items = await Promise.all(
    agenda.items.map(async (i) => ({
      caseId: i.caseId,
      reference: i.reference,
      urgency: urgencyLabel(i.urgency),
      format: formatLabel(i.format),
      start: i.start,
      end: i.end,
      guests: agenda.guests.filter((g) => g.caseId === i.caseId),
      candidates: (await guestCandidates(deps, agenda, i.caseId)).map((m) => ({ value: m.id, label: `${m.name} — ${m.organisation}` })),
    })),
  )
  const sessions = planning.ok ? planning.planning.sessions : []
  const queue = planning.ok ? planning.planning.queue : []
  const view: AgendaView = {
    zitting: agendaZittingView(agenda),
    items,
    moveTargets: sessions
      .filter((s) => s.id !== id && s.booked.length < s.capacity)
      .map((s) => ({ value: s.id, label: `${s.tableName} — ${dutch(s.date)} ${s.start} (${s.capacity - s.booked.length} vrij)` })),
    queue: queue.map((q) => ({ value: q.caseId, label: `${q.reference} — ${urgencyLabel(q.urgency)}, wacht ${waitingDays(q.acceptedAt, now)} dagen` })),
    error,
    notice: NOTICES[c.req.query('melding') ?? ''],
  }
  if (isHtmx(c)) return c.html(<AgendaFragment {...view} />, status)
  return page(c, `Agenda ${agenda.table.name} ${dutch(agenda.zitting.date)}`, <AgendaPage {...view} />, status)
}

/**
 * After an action on an agenda: htmx gets the refreshed fragment, a plain form post goes back to
 * the page. Input errors re-render the agenda (422); a conflict re-renders the fragment for htmx
 * (a problem page inside the agenda would make no sense) and is a problem page otherwise.
 */
async function afterAction(c: Ctx, id: string, result: Result, notice: string, caseId?: string) {
  if (result.ok) return isHtmx(c) ? agendaResponse(c, id) : seeOther(c, `/planning/zittingen/${id}?melding=${notice}`)
  if (result.reason === 'invalid') return agendaResponse(c, id, { error: { caseId, message: firstMessage(result) }, status: 422 })
  if (result.reason === 'conflict' && isHtmx(c)) return agendaResponse(c, id, { error: { caseId, message: firstMessage(result) }, status: 409 })
  return renderProblem(c, result)
}

function firstMessage(problem: Problem): string {
  return problem.message ?? Object.values(problem.fieldErrors ?? {}).find(Boolean) ?? 'De gegevens zijn niet geldig.'
}

planningRoutes.get('/zittingen/:id', (c) => agendaResponse(c, c.req.param('id')))

planningRoutes.post('/zittingen/:id/casussen', async (c) => {
  const id = c.req.param('id')
  const parsed = addSchema.safeParse(strings(await formBody(c)))
  if (!parsed.success) return agendaResponse(c, id, { error: { message: fieldErrors(parsed.error).casus ?? '' }, status: 422 })
  const result = await addToAgenda(c.var.deps, actorOf(c), me(c), id, parsed.data.casus, today(c))
  return afterAction(c, id, result, 'toegevoegd')
})

planningRoutes.post('/zittingen/:id/casussen/:caseId/volgorde', async (c) => {
  const { id, caseId } = c.req.param()
  const parsed = orderSchema.safeParse(strings(await formBody(c)))
  if (!parsed.success) return agendaResponse(c, id, { error: { caseId, message: fieldErrors(parsed.error).richting ?? '' }, status: 422 })
  const result = await reorderCase(c.var.deps, actorOf(c), me(c), id, caseId, parsed.data.richting, today(c))
  return afterAction(c, id, result, 'volgorde', caseId)
})

planningRoutes.post('/zittingen/:id/casussen/:caseId/verplaatsen', async (c) => {
  const { id, caseId } = c.req.param()
  const parsed = moveSchema.safeParse(strings(await formBody(c)))
  if (!parsed.success) return agendaResponse(c, id, { error: { caseId, message: fieldErrors(parsed.error).naar ?? '' }, status: 422 })
  const result = await moveCase(c.var.deps, actorOf(c), me(c), id, caseId, parsed.data.naar, today(c))
  return afterAction(c, id, result, 'verplaatst', caseId)
})

planningRoutes.get('/zittingen/:id/casussen/:caseId/verwijderen', async (c) => {
  const { id, caseId } = c.req.param()
  const found = await viewAgenda(c.var.deps, me(c), id, today(c))
  if (!found.ok) return renderProblem(c, found)
  const item = found.agenda.items.find((i) => i.caseId === caseId)
  if (!item || !found.agenda.editable) return renderProblem(c, { ok: false, reason: 'not_found' })
  return page(
    c,
    'Van de agenda halen',
    <ConfirmPage
      title={`${item.reference} van de agenda halen?`}
      text={`De casus gaat terug naar de wachtrij en behoudt haar plaats. De aanmelder krijgt bericht dat ze niet meer op de zitting van ${dutch(found.agenda.zitting.date)} staat.`}
      action={`/planning/zittingen/${id}/casussen/${caseId}/verwijderen`}
      button="Ja, van de agenda halen"
      back={`/planning/zittingen/${id}`}
    />,
  )
})

planningRoutes.post('/zittingen/:id/casussen/:caseId/verwijderen', async (c) => {
  const { id, caseId } = c.req.param()
  const result = await removeFromAgenda(c.var.deps, actorOf(c), me(c), id, caseId, today(c))
  return afterAction(c, id, result, 'verwijderd', caseId)
})

planningRoutes.post('/zittingen/:id/casussen/:caseId/gasten', async (c) => {
  const { id, caseId } = c.req.param()
  const parsed = guestSchema.safeParse(strings(await formBody(c)))
  if (!parsed.success) return agendaResponse(c, id, { error: { caseId, message: fieldErrors(parsed.error).gast ?? '' }, status: 422 })
  const result = await inviteGuest(c.var.deps, actorOf(c), me(c), id, caseId, parsed.data.gast, today(c))
  return afterAction(c, id, result, 'gast', caseId)
})

planningRoutes.post('/zittingen/:id/casussen/:caseId/gasten/:userId/verwijderen', async (c) => {
  const { id, caseId, userId } = c.req.param()
  const result = await removeGuest(c.var.deps, actorOf(c), me(c), id, caseId, userId, today(c))
  return afterAction(c, id, result, 'gast_weg', caseId)
})

planningRoutes.post('/zittingen/:id/versturen', async (c) => {
  const id = c.req.param('id')
  const result = await sendAgenda(c.var.deps, actorOf(c), me(c), id, today(c))
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/planning/zittingen/${id}?melding=${result.updated ? 'opnieuw' : 'verstuurd'}`)
})

/** These forms have no repeated fields: keep the first of any repeated value. */
function strings(body: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]))
}
