import { Hono } from 'hono'
import type { FieldErrors } from '../../views/components/field'
import { TablePage } from '../../views/tables/table-page'
import { TableFormPage, TablesPage } from '../../views/tables/tables'
import { CancelZittingPage, ZittingFormPage } from '../../views/tables/zitting'
import { type AuthUser, canManageTables, canTriage } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, page, renderProblem, seeOther } from '../http'
import { labelOf, REGIONS, regionName, SECTORS } from '../lists'
import type { Problem } from '../result'
import { cancelSchema, seriesSchema, tableSchema, zittingSchema } from './schemas'
import { createTable, getTable, listTables, memberCandidates, updateTable } from './tables'
import { brusselsToday, cancelZitting, changeZitting, getZitting, listZittingen, planSeries, planZitting, zittingIcs } from './zittingen'

export const tableRoutes = new Hono<AppEnv>()

// Every page is the coordinator's, except the calendar entry, which the table's members fetch too.
const coordinator = requireAccess(canTriage)
const anyone = requireAccess(() => true)

const me = (c: Ctx) => c.var.user as AuthUser
const myRegions = (user: AuthUser) => REGIONS.filter((r) => canManageTables(user, r.code)).map((r) => ({ value: r.code, label: r.name }))
const dutch = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
const today = (c: Ctx) => brusselsToday(c.var.deps.clock.now())
const notFound = (c: Ctx) => renderProblem(c, { ok: false, reason: 'not_found' })

const NOTICES: Record<string, string> = {
  opgeslagen: 'De tafel is opgeslagen.',
  gepland: 'De zitting is gepland.',
  gewijzigd: 'De zitting is gewijzigd.',
  geannuleerd: 'De zitting is geannuleerd.',
}

/** A domain refusal on a form: field errors re-render the form (422), anything else is a problem page. */
function formProblem(problem: Problem) {
  return problem.reason === 'invalid' && problem.fieldErrors ? (problem.fieldErrors as FieldErrors) : null
}

tableRoutes.get('/zittingen/:id/agenda.ics', anyone, async (c) => {
  const result = await zittingIcs(c.var.deps, me(c), c.req.param('id'))
  if (!result.ok) return renderProblem(c, result)
  return c.body(result.ics, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="zitting-${c.req.param('id')}.ics"`,
  })
})

tableRoutes.use('*', coordinator)

tableRoutes.get('/', async (c) => {
  const rows = await listTables(
    c.var.deps,
    myRegions(me(c)).map((r) => r.value),
    today(c),
  )
  return page(
    c,
    'Overlegtafels',
    <TablesPage
      rows={rows.map((t) => ({
        id: t.id,
        name: t.name,
        regionLabel: regionName(t.regionCode),
        location: t.location,
        upcoming: t.upcoming.slice(0, 3).map((z) => ({ id: z.id, when: `${dutch(z.date)} ${z.startTime}–${z.endTime}` })),
      }))}
      notice={NOTICES[c.req.query('melding') ?? '']}
    />,
  )
})

async function tableForm(c: Ctx, id: string | null, values: Record<string, string | string[]>, errors?: FieldErrors, message?: string) {
  const regions = myRegions(me(c))
  const candidates = await memberCandidates(
    c.var.deps,
    regions.map((r) => r.value),
  )
  return page(
    c,
    id ? 'Tafel wijzigen' : 'Tafel oprichten',
    <TableFormPage
      id={id}
      values={values}
      errors={errors}
      message={message}
      regions={regions}
      candidates={candidates.map((m) => ({
        value: m.id,
        label: `${m.name} — ${m.organisation} (${labelOf(SECTORS, m.sector)}, ${regionName(m.regionCode)})`,
      }))}
    />,
    errors ? 422 : 200,
  )
}

tableRoutes.get('/nieuw', (c) => tableForm(c, null, { regio: myRegions(me(c))[0]?.value ?? '', slotduur: '45', capaciteit: '4' }))

tableRoutes.post('/', async (c) => {
  const body = await formBody(c)
  const parsed = tableSchema.safeParse(body)
  if (!parsed.success) return tableForm(c, null, body, fieldErrors(parsed.error))
  const result = await createTable(c.var.deps, actorOf(c), me(c), parsed.data)
  if (!result.ok) {
    const errors = formProblem(result)
    return errors ? tableForm(c, null, body, errors) : renderProblem(c, result)
  }
  return seeOther(c, `/tafels/${result.id}?melding=opgeslagen`)
})

// ── zittingen ──────────────────────────────────────────────────────────────

async function managedZitting(c: Ctx) {
  const found = await getZitting(c.var.deps, c.req.param('id') ?? '')
  if (!found?.table.active || !canManageTables(me(c), found.table.regionCode)) return null
  return found
}

function zittingForm(c: Ctx, found: NonNullable<Awaited<ReturnType<typeof managedZitting>>>, values: Record<string, string>, errors?: FieldErrors) {
  return page(
    c,
    'Zitting wijzigen',
    <ZittingFormPage id={found.zitting.id} tableId={found.table.id} tableName={found.table.name} values={values} errors={errors} />,
    errors ? 422 : 200,
  )
}

tableRoutes.get('/zittingen/:id', async (c) => {
  const found = await managedZitting(c)
  if (found?.zitting.status !== 'gepland') return notFound(c)
  const z = found.zitting
  return zittingForm(c, found, { datum: z.date, begin: z.startTime, einde: z.endTime, locatie: z.location })
})

tableRoutes.post('/zittingen/:id', async (c) => {
  const body = strings(await formBody(c))
  const parsed = zittingSchema.safeParse(body)
  const found = await managedZitting(c)
  if (!parsed.success) return found ? zittingForm(c, found, body, fieldErrors(parsed.error)) : notFound(c)
  const result = await changeZitting(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data)
  if (!result.ok) {
    const errors = formProblem(result)
    return errors && found ? zittingForm(c, found, body, errors) : renderProblem(c, result)
  }
  return seeOther(c, `/tafels/${found?.table.id ?? ''}?melding=gewijzigd`)
})

function cancelPage(c: Ctx, found: NonNullable<Awaited<ReturnType<typeof managedZitting>>>, values: Record<string, string>, errors?: FieldErrors) {
  const z = found.zitting
  return page(
    c,
    'Zitting annuleren',
    <CancelZittingPage id={z.id} tableId={found.table.id} when={`${dutch(z.date)} ${z.startTime}`} values={values} errors={errors} />,
    errors ? 422 : 200,
  )
}

tableRoutes.get('/zittingen/:id/annuleren', async (c) => {
  const found = await managedZitting(c)
  if (found?.zitting.status !== 'gepland') return notFound(c)
  return cancelPage(c, found, {})
})

tableRoutes.post('/zittingen/:id/annuleren', async (c) => {
  const body = strings(await formBody(c))
  const parsed = cancelSchema.safeParse(body)
  const found = await managedZitting(c)
  if (!parsed.success) return found ? cancelPage(c, found, body, fieldErrors(parsed.error)) : notFound(c)
  const result = await cancelZitting(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data.reden)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/tafels/${found?.table.id ?? ''}?melding=geannuleerd`)
})

// ── one table ──────────────────────────────────────────────────────────────

async function managedTable(c: Ctx) {
  const table = await getTable(c.var.deps, c.req.param('id') ?? '')
  if (!table?.active || !canManageTables(me(c), table.regionCode)) return null
  return table
}

type Form = { values: Record<string, string>; errors?: FieldErrors | undefined }

async function tablePage(c: Ctx, single: Form = { values: {} }, series: Form = { values: { ritme: 'maandelijks', rang: '3', weekdag: '4' } }) {
  const table = await managedTable(c)
  if (!table) return notFound(c)
  const candidates = await memberCandidates(c.var.deps, [table.regionCode])
  const zittingen = await listZittingen(c.var.deps, table.id, today(c))
  return page(
    c,
    table.name,
    <TablePage
      table={{ ...table, regionLabel: regionName(table.regionCode) }}
      members={candidates.filter((m) => table.memberIds.includes(m.id)).map((m) => ({ name: m.name, organisation: m.organisation }))}
      zittingen={zittingen.map((z) => ({
        id: z.id,
        date: dutch(z.date),
        time: `${z.startTime}–${z.endTime}`,
        location: z.location,
        cancelled: z.status === 'geannuleerd',
        cancelReason: z.cancelReason,
      }))}
      notice={NOTICES[c.req.query('melding') ?? ''] ?? seriesNotice(c.req.query('gepland'), c.req.query('overgeslagen'))}
      single={single}
      series={series}
    />,
    single.errors || series.errors ? 422 : 200,
  )
}

function seriesNotice(planned: string | undefined, skipped: string | undefined): string | undefined {
  if (!planned || !/^\d{1,3}$/.test(planned)) return undefined
  const skip = skipped && /^\d{1,3}$/.test(skipped) && skipped !== '0' ? ` (${skipped} overgeslagen: weekend of feestdag)` : ''
  return `${planned} zittingen gepland${skip}.`
}

tableRoutes.get('/:id', (c) => tablePage(c))

tableRoutes.get('/:id/bewerken', async (c) => {
  const table = await managedTable(c)
  if (!table) return notFound(c)
  return tableForm(c, table.id, {
    regio: table.regionCode,
    naam: table.name,
    slotduur: String(table.slotMinutes),
    capaciteit: String(table.capacity),
    locatie: table.location,
    videolink: table.videoLink ?? '',
    leden: table.memberIds,
  })
})

tableRoutes.post('/:id', async (c) => {
  const body = await formBody(c)
  const parsed = tableSchema.safeParse(body)
  if (!parsed.success) return tableForm(c, c.req.param('id'), body, fieldErrors(parsed.error))
  const result = await updateTable(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data)
  if (!result.ok) {
    const errors = formProblem(result)
    return errors ? tableForm(c, c.req.param('id'), body, errors) : renderProblem(c, result)
  }
  return seeOther(c, `/tafels/${c.req.param('id')}?melding=opgeslagen`)
})

tableRoutes.post('/:id/zittingen', async (c) => {
  const body = strings(await formBody(c))
  const parsed = zittingSchema.safeParse(body)
  if (!parsed.success) return tablePage(c, { values: body, errors: fieldErrors(parsed.error) })
  const result = await planZitting(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data)
  if (!result.ok) {
    const errors = formProblem(result)
    return errors ? tablePage(c, { values: body, errors }) : renderProblem(c, result)
  }
  return seeOther(c, `/tafels/${c.req.param('id')}?melding=gepland`)
})

tableRoutes.post('/:id/reeks', async (c) => {
  const body = strings(await formBody(c))
  const parsed = seriesSchema.safeParse(body)
  if (!parsed.success) return tablePage(c, undefined, { values: body, errors: fieldErrors(parsed.error) })
  const result = await planSeries(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data)
  if (!result.ok) {
    const errors = formProblem(result)
    return errors ? tablePage(c, undefined, { values: body, errors }) : renderProblem(c, result)
  }
  return seeOther(c, `/tafels/${c.req.param('id')}?gepland=${result.planned}&overgeslagen=${result.skipped.length}`)
})

/** These forms have no repeated fields: keep the first of any repeated value. */
function strings(body: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]))
}
