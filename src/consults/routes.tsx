import { Hono } from 'hono'
import { ReviewPage } from '../../views/cases/review'
import { ConfirmPage } from '../../views/components/confirm'
import type { FieldErrors } from '../../views/components/field'
import { ConsultFormPage } from '../../views/consults/consult-form'
import { ConsultListPage } from '../../views/consults/consult-list'
import { type AuthUser, canTriage, regionsWithRole } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import { PII_KIND_OPTIONS, reviewDecisions } from '../cases/review'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, formBody, page, renderProblem, seeOther } from '../http'
import { ATTENDANCE, INTERVENTION_TYPES, SECTORS } from '../lists'
import { brusselsToday, dutchDate } from '../tables/today'
import { formatLabel, sectorLabel } from './present'
import { consultWorklist } from './queries'
import { type ConsultPlan, openConsult, recordConsult, releaseReport, releaseStep } from './record'
import { carriedValues, consultReview } from './review'
import { actionRowCount, withoutActionRow } from './schemas'

export const consultRoutes = new Hono<AppEnv>()
consultRoutes.use('*', requireAccess(canTriage))

const me = (c: Ctx) => c.var.user as AuthUser

const NOTICES: Record<string, string> = {
  vrijgegeven: 'Het verslag is vrijgegeven. De aanmelder kreeg een e-mail dat het klaarstaat.',
}

consultRoutes.get('/', async (c) => {
  const { toRecord, toRelease } = await consultWorklist(c.var.deps.db, regionsWithRole(me(c), 'coordinator'), brusselsToday(c.var.deps.clock.now()))
  const rows = (list: typeof toRecord) =>
    list.map((r) => ({
      id: r.id,
      reference: r.reference ?? '',
      formatLabel: formatLabel(r.format),
      zittingDate: dutchDate(r.zittingDate),
      tableName: r.tableName,
    }))
  return page(c, 'Besprekingen', <ConsultListPage toRecord={rows(toRecord)} toRelease={rows(toRelease)} notice={NOTICES[c.req.query('melding') ?? '']} />)
})

consultRoutes.get('/:caseId', async (c) => {
  const plan = await openConsult(c.var.deps, me(c), c.req.param('caseId'))
  if (!plan.ok) return renderProblem(c, plan)
  return formPage(c, plan, {})
})

/** The form's buttons all post here: add or remove an action row, check (review step), back, save. */
consultRoutes.post('/:caseId', async (c) => {
  const caseId = c.req.param('caseId')
  const body = await formBody(c)
  const { actie, ...values } = body
  const action = typeof actie === 'string' ? actie : 'controle'
  const plan = await openConsult(c.var.deps, me(c), caseId)
  if (!plan.ok) return renderProblem(c, plan)

  if (action === 'rij') return formPage(c, plan, values, { addRow: true })
  const removed = /^verwijder_(\d+)$/.exec(action)
  if (removed) return formPage(c, plan, withoutActionRow(values, Number(removed[1])))
  if (action === 'opslaan') return formPage(c, plan, values)

  const decisions = reviewDecisions(body)
  if (action === 'indienen') {
    const result = await recordConsult(c.var.deps, actorOf(c), me(c), caseId, values, decisions)
    if (!result.ok && result.reason === 'invalid') return formPage(c, plan, values, { errors: result.fieldErrors, message: result.message }, 422)
    if (!result.ok) return renderProblem(c, result)
    return seeOther(c, `/verslag/${caseId}?melding=vastgelegd`)
  }

  const review = consultReview(plan, values, decisions)
  if (!review.ok) return formPage(c, plan, values, { errors: review.errors, message: 'De bespreking is nog niet volledig.' }, 422)
  return page(
    c,
    'Controle persoonsgegevens',
    <ReviewPage
      caseId={caseId}
      carry={carriedValues(body)}
      kinds={PII_KIND_OPTIONS}
      fields={review.fields}
      target={{
        action: `/bespreking/${caseId}`,
        intro:
          'Gemarkeerde stukken worden vervangen door een aanduiding. Vink aan wat geen persoonsgegeven is, of vul aan wat nog verborgen moet worden, en controleer opnieuw. De bespreking wordt pas bewaard zoals hieronder onder “Wordt bewaard als” wanneer u op “Bespreking bewaren” klikt.',
        submitLabel: 'Bespreking bewaren',
        backLabel: 'Terug naar het formulier',
      }}
    />,
  )
})

function formPage(
  c: Ctx,
  plan: ConsultPlan,
  values: Record<string, string | string[]>,
  extra: { errors?: FieldErrors | undefined; message?: string | undefined; addRow?: boolean } = {},
  status: 200 | 422 = 200,
) {
  const comingLabel = (v: boolean | null) => (v === null ? 'nog niet bekend' : v ? 'komt' : 'komt niet')
  const groups = INTERVENTION_TYPES.map((t) => ({
    label: t.label,
    offers: plan.offers
      .filter((o) => o.type === t.code)
      .map((o) => ({ id: o.id, label: `${o.name} — ${o.provider}${o.waitingWeeks ? ` (wachttijd ${o.waitingWeeks} w.)` : ''}` })),
  })).filter((g) => g.offers.length > 0)
  return page(
    c,
    `Bespreking ${plan.setting.case.reference ?? ''}`,
    <ConsultFormPage
      caseId={plan.setting.case.id}
      reference={plan.setting.case.reference ?? ''}
      formatLabel={formatLabel(plan.context.format)}
      overlegtafel={plan.context.format === 'overlegtafel'}
      zitting={{ dateLabel: dutchDate(plan.on.zitting.date), tableName: plan.on.table.name }}
      expected={{ youngPerson: comingLabel(plan.on.agenda.youngPersonComing), parents: comingLabel(plan.on.agenda.parentsComing) }}
      organisations={plan.organisations.map((o) => ({ id: o.id, name: o.name, sectorLabel: sectorLabel(o.sector) }))}
      attendance={ATTENDANCE.map((a) => ({ value: a.code, label: a.label }))}
      offerGroups={groups}
      sectors={SECTORS.map((s) => ({ value: s.code, label: s.label }))}
      values={values}
      rowCount={actionRowCount(values, extra.addRow ? 1 : 0)}
      errors={extra.errors}
      message={extra.message}
    />,
    status,
  )
}

// ── releasing the report to the referrer ───────────────────────────────────

consultRoutes.get('/:caseId/vrijgeven', async (c) => {
  const caseId = c.req.param('caseId')
  const step = await releaseStep(c.var.deps, me(c), caseId)
  if (!step.ok) return renderProblem(c, step)
  return page(
    c,
    'Verslag vrijgeven?',
    <ConfirmPage
      title="Verslag vrijgeven?"
      text={`De aanmelder van ${step.row.reference ?? 'deze casus'} kan het verslag dan lezen en krijgt een e-mail. De casus gaat naar opvolging.`}
      action={`/bespreking/${caseId}/vrijgeven`}
      button="Ja, vrijgeven"
      back={`/verslag/${caseId}`}
    />,
  )
})

consultRoutes.post('/:caseId/vrijgeven', async (c) => {
  const caseId = c.req.param('caseId')
  const result = await releaseReport(c.var.deps, actorOf(c), me(c), caseId)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/verslag/${caseId}?melding=vrijgegeven`)
})
