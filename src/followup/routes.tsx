import { Hono } from 'hono'
import { ConfirmPage } from '../../views/components/confirm'
import type { FieldErrors } from '../../views/components/field'
import { ClosePage } from '../../views/followup/close'
import { FollowUpPage } from '../../views/followup/follow-up'
import { FollowUpOverviewPage } from '../../views/followup/overview'
import { formatDate, formatDateTime } from '../../views/format'
import { type AuthUser, canUseFollowUp } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, page, pageParam, renderProblem, seeOther } from '../http'
import { ACTION_STATUSES, CASE_STATUSES, CLOSURE_REASONS, FOLLOW_UP_OUTCOMES, type ListItem, labelOf, regionName, SECTORS } from '../lists'
import { brusselsToday, dutchDate } from '../tables/today'
import { closeCase, closeStep } from './close'
import { type FollowUpFile, openFollowUp } from './file'
import { followUpOverview } from './overview'
import { recordFollowUp } from './record'
import { requeueCase, requeueStep } from './requeue'
import { closeSchema, parseFollowUpForm } from './schemas'

const PAGE_SIZE = 25

export const followUpRoutes = new Hono<AppEnv>()
followUpRoutes.use('*', requireAccess(canUseFollowUp))

const me = (c: Ctx) => c.var.user as AuthUser
const options = (list: readonly ListItem[]) => list.map((i) => ({ value: i.code, label: i.label }))

const NOTICES: Record<string, string> = {
  bewaard: 'De opvolging is bewaard.',
  afgesloten: 'De casus is afgesloten.',
  wachtrij: 'De casus staat opnieuw op de wachtrij van de regio. De aanmelder is verwittigd.',
}

// ── overview ───────────────────────────────────────────────────────────────

followUpRoutes.get('/', async (c) => {
  // each section has its own pager; the page number applies to the section it came from
  const section = c.req.query('sectie')
  const pageNo = pageParam(c)
  const pages = { overdue: section === 'achterstand' ? pageNo : 1, own: section === 'lopend' ? pageNo : 1 }
  const { today, overdue, own } = await followUpOverview(c.var.deps, me(c), pages, PAGE_SIZE)
  return page(
    c,
    'Opvolging',
    <FollowUpOverviewPage
      overdue={
        overdue && {
          page: pages.overdue,
          pageSize: PAGE_SIZE,
          total: overdue.total,
          rows: overdue.rows.map((r) => ({
            caseId: r.caseId,
            reference: r.reference ?? '',
            regionLabel: regionName(r.regionCode),
            what: r.kind === 'opvolgdatum' ? 'Opvolgdatum' : `Actie ${r.actionNo} (${labelOf(SECTORS, r.actionSector)})`,
            dateLabel: dutchDate(r.date),
            daysOverdue: r.daysOverdue,
          })),
        }
      }
      own={
        own && {
          page: pages.own,
          pageSize: PAGE_SIZE,
          total: own.total,
          rows: own.rows.map((r) => ({
            caseId: r.caseId,
            reference: r.reference ?? '',
            regionLabel: regionName(r.regionCode),
            followUpDateLabel: r.followUpDate ? dutchDate(r.followUpDate) : '—',
            followUpLate: r.followUpDate !== null && r.followUpDate < today && r.lastFollowUpAt === null,
            lastFollowUpLabel: r.lastFollowUpAt ? formatDate(r.lastFollowUpAt) : 'nog niet',
            openActions: r.openActions,
          })),
        }
      }
      notice={NOTICES[c.req.query('melding') ?? '']}
    />,
  )
})

// ── one case ───────────────────────────────────────────────────────────────

async function followUpPage(
  c: Ctx,
  extra: { values?: Record<string, string | string[]>; errors?: FieldErrors; message?: string } = {},
  status: 200 | 422 = 200,
) {
  const opened = await openFollowUp(c.var.deps, me(c), c.req.param('caseId') ?? '')
  if (!opened.ok) return renderProblem(c, opened)
  const { file } = opened
  const today = brusselsToday(c.var.deps.clock.now())
  return page(
    c,
    `Opvolging ${file.case.reference ?? ''}`,
    <FollowUpPage
      caseId={file.case.id}
      reference={file.case.reference ?? ''}
      state={stateLine(file)}
      followUpDateLabel={file.consult ? dutchDate(file.consult.followUpDate) : null}
      actions={file.actions.map((a, i) => ({
        id: a.id,
        number: i + 1,
        description: a.description,
        ownerLabel: [labelOf(SECTORS, a.ownerSector), a.ownerDescription].filter(Boolean).join(' — '),
        dueDateLabel: dutchDate(a.dueDate),
        overdue: a.dueDate < today,
        status: a.status,
        statusLabel: labelOf(ACTION_STATUSES, a.status),
        statusNote: a.statusNote,
      }))}
      history={file.history.map((h) => ({
        atLabel: formatDateTime(h.at),
        authorName: h.authorName,
        outcomeLabel: labelOf(FOLLOW_UP_OUTCOMES, h.outcome),
        note: h.note,
      }))}
      outcomes={options(FOLLOW_UP_OUTCOMES)}
      actionStatuses={options(ACTION_STATUSES)}
      can={file.can}
      notice={NOTICES[c.req.query('melding') ?? '']}
      {...extra}
    />,
    status,
  )
}

/** Why a case has no follow-up form, in the users' words. */
function stateLine(file: FollowUpFile): string | null {
  const row = file.case
  if (file.can.record) return null
  if (row.status === 'afgesloten')
    return `Deze casus is afgesloten${row.closedAt ? ` op ${formatDate(row.closedAt)}` : ''}. Reden: ${labelOf(CLOSURE_REASONS, row.closureReason) || 'niet opgegeven'}.`
  if (!file.consult) return 'Deze casus is nog niet besproken: opvolging kan pas na de bespreking.'
  return `Deze casus staat niet in opvolging (status: ${labelOf(CASE_STATUSES, row.status).toLowerCase()}).`
}

followUpRoutes.get('/:caseId', (c) => followUpPage(c))

followUpRoutes.post('/:caseId', async (c) => {
  const body = await formBody(c)
  const parsed = parseFollowUpForm(body)
  const failed = 'De opvolging is niet bewaard: verbeter de aangeduide velden.'
  if (!parsed.ok) return followUpPage(c, { values: body, errors: parsed.errors, message: failed }, 422)
  const result = await recordFollowUp(c.var.deps, actorOf(c), me(c), c.req.param('caseId'), parsed.data)
  if (!result.ok && result.reason === 'invalid') return followUpPage(c, { values: body, errors: result.fieldErrors, message: failed }, 422)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/opvolging/${c.req.param('caseId')}?melding=bewaard`)
})

// ── closing and requeueing, each behind a confirmation page ───────────────

async function closePage(c: Ctx, extra: { values?: Record<string, string | string[]>; errors?: FieldErrors } = {}, status: 200 | 422 = 200) {
  const step = await closeStep(c.var.deps, me(c), c.req.param('caseId') ?? '')
  if (!step.ok) return renderProblem(c, step)
  const reference = step.row.reference ?? ''
  return page(c, `${reference} afsluiten`, <ClosePage caseId={step.row.id} reference={reference} reasons={options(CLOSURE_REASONS)} {...extra} />, status)
}

followUpRoutes.get('/:caseId/afsluiten', (c) => closePage(c))

followUpRoutes.post('/:caseId/afsluiten', async (c) => {
  const body = await formBody(c)
  const parsed = closeSchema.safeParse({ reden: body.reden || undefined, notitie: body.notitie })
  if (!parsed.success) return closePage(c, { values: body, errors: fieldErrors(parsed.error) }, 422)
  const result = await closeCase(c.var.deps, actorOf(c), me(c), c.req.param('caseId'), parsed.data)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/opvolging/${c.req.param('caseId')}?melding=afgesloten`)
})

followUpRoutes.get('/:caseId/opnieuw-bespreken', async (c) => {
  const step = await requeueStep(c.var.deps, me(c), c.req.param('caseId'))
  if (!step.ok) return renderProblem(c, step)
  const back = `/opvolging/${step.row.id}`
  return page(
    c,
    'Opnieuw bespreken?',
    <ConfirmPage
      title={`${step.row.reference ?? ''} opnieuw bespreken?`}
      text="De casus gaat terug naar de wachtrij van de regio voor een nieuwe bespreking, met een wachttijd die vandaag begint. De aanmelder krijgt bericht."
      action={`${back}/opnieuw-bespreken`}
      button="Ja, opnieuw op de wachtrij"
      back={back}
    />,
  )
})

followUpRoutes.post('/:caseId/opnieuw-bespreken', async (c) => {
  const result = await requeueCase(c.var.deps, actorOf(c), me(c), c.req.param('caseId'))
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/opvolging/${c.req.param('caseId')}?melding=wachtrij`)
})
