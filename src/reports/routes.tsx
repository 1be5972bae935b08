import { Hono } from 'hono'
import { raw } from 'hono/html'
import { type FilterChoices, ReportBody, type ReportBodyProps, ReportsPage } from '../../views/reports/dashboard'
import { StuurgroepReport } from '../../views/reports/stuurgroep'
import { type AuthUser, canReadReports } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { AppEnv } from '../env'
import { type Ctx, isHtmx, page, renderProblem } from '../http'
import { regionName } from '../lists'
import { cached } from './cache'
import { reportCsv } from './csv'
import { type Dashboard, loadDashboard, reportYears } from './dashboard'
import { type FilterValues, FLANDERS, type ReportView, regionChoices, resolveFilters } from './filters'
import { MONTH_NAMES, periodLabel, SCHOOL_YEAR_MONTHS, TRIMESTERS } from './period'

export const statisticsRoutes = new Hono<AppEnv>()
statisticsRoutes.use('*', requireAccess(canReadReports))

const me = (c: Ctx) => c.var.user as AuthUser

function regionLabel(code: string): string {
  return code === FLANDERS ? "Vlaanderen (alle regio's)" : regionName(code)
}

function choicesFor(user: AuthUser, years: { current: string; all: string[] }): FilterChoices {
  return {
    regions: regionChoices(user).map((r) => ({ value: r, label: regionLabel(r) })),
    schoolYears: [...years.all.map((y) => ({ value: y, label: y })), { value: 'alle', label: 'Alle schooljaren' }],
    trimesters: TRIMESTERS.map((t) => ({ value: t.code, label: t.label })),
    months: SCHOOL_YEAR_MONTHS.map((m) => ({ value: String(m), label: MONTH_NAMES[m - 1] as string })),
  }
}

function queryOf(values: FilterValues): string {
  return new URLSearchParams({ ...values }).toString()
}

type Resolved =
  | { ok: true; view: ReportView; values: FilterValues; dashboard: Dashboard; choices: FilterChoices }
  | { ok: false; response: Response | Promise<Response> }

/** Filters → rights → the protected reports; a refusal or a typing error already answered. */
async function resolve(c: Ctx): Promise<Resolved> {
  const user = me(c)
  const deps = c.var.deps
  const years = await reportYears(deps, regionChoices(user))
  const choices = choicesFor(user, years)
  const filters = resolveFilters(user, c.req.query(), years.current, years.all)
  if (!filters.ok && filters.reason === 'forbidden') return { ok: false, response: renderProblem(c, { ok: false, reason: 'forbidden' }) }
  if (!filters.ok) {
    const props = { values: filters.values, errors: filters.errors, choices, report: <ReportBody body={null} errors={filters.errors} /> }
    c.status(422)
    return {
      ok: false,
      response: isHtmx(c) ? c.html(<ReportBody body={null} errors={filters.errors} />, 422) : page(c, 'Rapporten', <ReportsPage {...props} />, 422),
    }
  }
  const dashboard = await loadDashboard(deps, filters.view, years.all)
  return { ok: true, view: filters.view, values: filters.values, dashboard, choices }
}

statisticsRoutes.get('/', async (c) => {
  const r = await resolve(c)
  if (!r.ok) return r.response
  const body: ReportBodyProps = { dashboard: r.dashboard, heading: `${regionLabel(r.view.region)}, ${periodLabel(r.view.period)}`, query: queryOf(r.values) }
  // the report itself is the same for every reader of this view: render it once per dashboard
  const key = `fragment:${body.query}:${r.dashboard.generatedAt.getTime()}`
  const fragment = await cached(c.var.deps.db, key, r.dashboard.generatedAt.getTime(), async () =>
    String(await (<ReportBody body={body} errors={{}} />).toString()),
  )
  if (isHtmx(c)) return c.html(fragment)
  return page(c, 'Rapporten', <ReportsPage values={r.values} errors={{}} choices={r.choices} report={raw(fragment)} />)
})

statisticsRoutes.get('/stuurgroep', async (c) => {
  const r = await resolve(c)
  if (!r.ok) return r.response
  return page(
    c,
    'Rapport voor de stuurgroep',
    <StuurgroepReport
      dashboard={r.dashboard}
      regionLabel={regionLabel(r.view.region)}
      periodLabel={periodLabel(r.view.period)}
      backHref={`/rapporten?${queryOf(r.values)}`}
    />,
  )
})

statisticsRoutes.get('/export/:file', async (c) => {
  const id = c.req.param('file').replace(/\.csv$/, '')
  const r = await resolve(c)
  if (!r.ok) return r.response
  const table = r.dashboard.tables.find((t) => t.id === id)
  if (!table || !c.req.param('file').endsWith('.csv')) return renderProblem(c, { ok: false, reason: 'not_found' })
  const name = `rots-${table.id}-${r.values.regio}-${r.values.schooljaar}${r.values.trimester ? `-t${r.values.trimester}` : ''}${r.values.maand ? `-m${r.values.maand}` : ''}.csv`
  return c.body(reportCsv(table, r.dashboard.withoutConsent), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
  })
})
