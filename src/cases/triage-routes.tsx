import { Hono } from 'hono'
import { CaseFilePage } from '../../views/cases/case-file'
import { InboxPage } from '../../views/cases/inbox'
import type { FieldErrors } from '../../views/components/field'
import { type AuthUser, canSeePseudonymisedCase, canTriage, regionsWithRole } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import { consultLinks } from '../consults/links'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, formBody, page, pageParam, renderProblem, seeOther } from '../http'
import { CASE_STATUSES, type CaseStatus, FORMATS, labelOf, regionName, THEMES, URGENCIES } from '../lists'
import { checkTransition } from './lifecycle'
import { caseDetailsProps, educationLabel, repeatMarker, waitingDays } from './present'
import { getTriageCaseFile, listInbox } from './queries'
import { acceptCase, redirectCase, requestInfo } from './transitions'

const PAGE_SIZE = 25

// What the inbox can show; "te beoordelen" is the triage work itself.
const VIEWS: Record<string, { label: string; statuses: CaseStatus[] }> = {
  nieuw: { label: 'Te beoordelen', statuses: ['aangemeld'] },
  info: { label: 'Wacht op info van de aanmelder', statuses: ['info_gevraagd'] },
  wachtrij: { label: 'Aanvaard, wacht op een zitting', statuses: ['aanvaard'] },
  alle: { label: 'Alle ingediende aanmeldingen', statuses: CASE_STATUSES.map((s) => s.code).filter((s) => s !== 'concept') },
}

export const triageRoutes = new Hono<AppEnv>()
// mounted at the root: guard its own paths only, not every request of the app
triageRoutes.use('/triage', requireAccess(canTriage))
triageRoutes.use('/casussen/*', requireAccess(canTriage))

const me = (c: Ctx) => c.var.user as AuthUser

triageRoutes.get('/triage', async (c) => {
  const viewKey = c.req.query('weergave') && VIEWS[c.req.query('weergave') ?? ''] ? (c.req.query('weergave') as string) : 'nieuw'
  const view = VIEWS[viewKey] ?? { label: '', statuses: [] }
  const pageNo = pageParam(c)
  const now = c.var.deps.clock.now()
  const { rows, total } = await listInbox(c.var.deps.db, regionsWithRole(me(c), 'coordinator'), view.statuses, pageNo, PAGE_SIZE)
  return page(
    c,
    'Triage',
    <InboxPage
      rows={rows.map((r) => {
        const repeat = repeatMarker({ count: r.earlierCount, first: r.firstEarlierAt, last: r.lastEarlierAt }, r.submittedAt)
        return {
          id: r.id,
          reference: r.reference,
          regionLabel: regionName(r.regionCode),
          statusLabel: labelOf(CASE_STATUSES, r.status),
          age: r.ageYears === null ? '—' : `${r.ageYears} jaar`,
          education: educationLabel(r.educationLevel, r.studyType),
          themes: r.themes.map((t) => labelOf(THEMES, t)).join(', ') || '—',
          urgencyLabel: r.urgency ? labelOf(URGENCIES, r.urgency) : '—',
          urgent: r.urgency === 'crisis',
          formatLabel: r.proposedFormat ? (labelOf(FORMATS, r.proposedFormat).split(' (')[0] ?? '') : '—',
          waitingDays: waitingDays(r.submittedAt, now),
          submittedAt: r.submittedAt,
          repeat: repeat.text,
          repeatWithinYear: repeat.withinYear,
        }
      })}
      page={pageNo}
      pageSize={PAGE_SIZE}
      total={total}
      view={viewKey}
      views={Object.entries(VIEWS).map(([value, v]) => ({ value, label: v.label }))}
    />,
  )
})

async function caseFilePage(c: Ctx, extra: { errors?: FieldErrors; values?: Record<string, string>; notice?: string } = {}, status: 200 | 422 = 200) {
  const found = await getTriageCaseFile(c.var.deps.db, c.req.param('id') ?? '')
  if (!found || found.file.status === 'concept') return renderProblem(c, { ok: false, reason: 'not_found' })
  const { file, earlier } = found
  if (!canSeePseudonymisedCase(me(c), file)) return renderProblem(c, { ok: false, reason: 'forbidden' })
  const repeat = repeatMarker(earlier, file.submittedAt ?? c.var.deps.clock.now())
  return page(
    c,
    file.reference ?? '',
    <CaseFilePage
      caseId={file.id}
      reference={file.reference ?? ''}
      details={caseDetailsProps(file)}
      repeat={repeat.text}
      repeatWithinYear={repeat.withinYear}
      canRequestInfo={checkTransition('requestInfo', file.status, ['coordinator']).ok}
      canAccept={checkTransition('accept', file.status, ['coordinator']).ok}
      canRedirect={checkTransition('redirect', file.status, ['coordinator']).ok}
      formats={FORMATS.map((f) => ({ value: f.code, label: f.label }))}
      proposedFormat={file.proposedFormat}
      links={consultLinks('coordinator', file)}
      {...extra}
    />,
    status,
  )
}

triageRoutes.get('/casussen/:id', (c) =>
  caseFilePage(c, { notice: c.req.query('melding') === 'info' ? 'De vraag is naar de aanmelder verstuurd.' : undefined }),
)

triageRoutes.post('/casussen/:id/info-vragen', async (c) => {
  const body = await formBody(c)
  const message = typeof body.vraag === 'string' ? body.vraag.slice(0, 4000) : ''
  const result = await requestInfo(c.var.deps, actorOf(c), me(c), c.req.param('id'), message)
  if (!result.ok && result.reason === 'invalid') return caseFilePage(c, { errors: result.fieldErrors, values: { vraag: message } }, 422)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/casussen/${c.req.param('id')}?melding=info`)
})

triageRoutes.post('/casussen/:id/aanvaarden', async (c) => {
  const body = await formBody(c)
  const format = FORMATS.find((f) => f.code === body.formaat)?.code
  if (!format) return caseFilePage(c, { errors: { formaat: 'Kies consult of overlegtafel.' } }, 422)
  const result = await acceptCase(c.var.deps, actorOf(c), me(c), c.req.param('id'), format)
  if (!result.ok && result.reason === 'invalid') return caseFilePage(c, { errors: result.fieldErrors, values: { formaat: format } }, 422)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/casussen/${c.req.param('id')}?melding=aanvaard`)
})

triageRoutes.post('/casussen/:id/doorverwijzen', async (c) => {
  const body = await formBody(c)
  const reason = typeof body.reden === 'string' ? body.reden.slice(0, 4000) : ''
  const result = await redirectCase(c.var.deps, actorOf(c), me(c), c.req.param('id'), reason)
  if (!result.ok && result.reason === 'invalid') return caseFilePage(c, { errors: result.fieldErrors, values: { reden: reason } }, 422)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/casussen/${c.req.param('id')}?melding=doorverwezen`)
})
