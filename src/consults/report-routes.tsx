import { Hono } from 'hono'
import type { FieldErrors } from '../../views/components/field'
import { AdviceLetterPage } from '../../views/consults/advice-letter'
import { FamilyAttendancePage } from '../../views/consults/family-attendance'
import { InvitationLetterPage } from '../../views/consults/invitation-letter'
import { ConsultReportPage } from '../../views/consults/report'
import { formatDate } from '../../views/format'
import { type AuthUser, canFileAnyCase, canTriage } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, page, renderProblem, seeOther } from '../http'
import type { CaseStatus } from '../lists'
import { confirmFamilyAttendance, familyInvitation } from './family'
import { consultLinks } from './links'
import { actionOwner, dayLabel, hasPlaceholders, reportProps, sectorLabel } from './present'
import { adviceLetter, consultReport } from './report'
import { familyAttendanceSchema } from './schemas'

export const reportRoutes = new Hono<AppEnv>()
reportRoutes.use(
  '*',
  requireAccess((user) => canFileAnyCase(user) || canTriage(user)),
)

const me = (c: Ctx) => c.var.user as AuthUser

const NOTICES: Record<string, string> = {
  vastgelegd: 'De bespreking is bewaard. Kijk het verslag na en geef het vrij: pas dan kan de aanmelder het lezen.',
  vrijgegeven: 'Het verslag is vrijgegeven. De aanmelder kreeg een e-mail dat het klaarstaat.',
  doorgegeven: 'Doorgegeven. De coördinator ziet uw antwoord bij de bespreking.',
}

reportRoutes.get('/:caseId', async (c) => {
  const caseId = c.req.param('caseId')
  const found = await consultReport(c.var.deps, me(c), caseId)
  if (!found.ok) return renderProblem(c, found)
  const { report } = found
  const referrer = report.viewer === 'referrer'
  const links = consultLinks(report.viewer, { id: caseId, status: report.case.status as CaseStatus, format: report.consult.format }).filter(
    (l) => l.href !== `/verslag/${caseId}`,
  )
  return page(
    c,
    `Verslag ${report.case.reference ?? ''}`,
    <ConsultReportPage
      {...reportProps(report, {
        links,
        releaseHref: !referrer && report.case.status === 'besproken' ? `/bespreking/${caseId}/vrijgeven` : null,
        back: referrer ? { href: `/aanmeldingen/${caseId}`, label: 'Naar de aanmelding' } : { href: `/casussen/${caseId}`, label: 'Naar het dossier' },
        notice: NOTICES[c.req.query('melding') ?? ''],
        showSignal: !referrer,
      })}
    />,
  )
})

reportRoutes.get('/:caseId/adviesbrief', async (c) => {
  const caseId = c.req.param('caseId')
  const found = await adviceLetter(c.var.deps, me(c), caseId)
  if (!found.ok) return renderProblem(c, found)
  const { consult, details, zitting } = found.report
  const from = { name: found.report.case.referrerName, organisation: found.report.case.organisationName }
  return page(
    c,
    'Adviesbrief',
    <AdviceLetterPage
      back={{ href: `/verslag/${caseId}`, label: 'Naar het verslag' }}
      dateLabel={formatDate(c.var.deps.clock.now())}
      from={from}
      hasPlaceholders={hasPlaceholders(consult.advice, ...details.actions.flatMap((a) => [a.description, a.owner]))}
      zittingDateLabel={dayLabel(zitting.date)}
      advice={consult.advice}
      offers={details.offers}
      actions={details.actions.map((a) => ({ description: a.description, who: actionOwner(a), dueDateLabel: dayLabel(a.dueDate) }))}
      followUpDateLabel={dayLabel(consult.followUpDate)}
    />,
  )
})

reportRoutes.get('/:caseId/uitnodiging', async (c) => {
  const caseId = c.req.param('caseId')
  const found = await familyInvitation(c.var.deps, me(c), caseId)
  if (!found.ok) return renderProblem(c, found)
  const { invitation } = found
  const { zitting, table } = invitation.on
  const referrer = invitation.setting.case
  return page(
    c,
    'Uitnodiging overlegtafel',
    <InvitationLetterPage
      back={{ href: `/aanmeldingen/${caseId}`, label: 'Naar de aanmelding' }}
      dateLabel={formatDate(c.var.deps.clock.now())}
      from={{ name: referrer.referrerName, organisation: referrer.organisationName }}
      dayLabel={dayLabel(zitting.date)}
      startTime={invitation.slotStart}
      endTime={invitation.slotEnd}
      location={zitting.location}
      videoLink={table.videoLink}
      participants={invitation.participants.map((p) => ({ name: p.name, sectorLabel: sectorLabel(p.sector) }))}
    />,
  )
})

// ── the referrer tells whether the young person and the parents come ───────

async function attendancePage(c: Ctx, values?: { jongere: string; ouders: string }, errors?: FieldErrors, status: 200 | 422 = 200) {
  const caseId = c.req.param('caseId') ?? ''
  const found = await familyInvitation(c.var.deps, me(c), caseId)
  if (!found.ok) return renderProblem(c, found)
  const { agenda, zitting } = found.invitation.on
  const answer = (v: boolean | null) => (v === null ? 'onbekend' : v ? 'ja' : 'nee')
  return page(
    c,
    'Komen de jongere en de ouders?',
    <FamilyAttendancePage
      caseId={caseId}
      reference={found.invitation.setting.case.reference ?? ''}
      dayLabel={dayLabel(zitting.date)}
      values={values ?? { jongere: answer(agenda.youngPersonComing), ouders: answer(agenda.parentsComing) }}
      errors={errors}
      notice={NOTICES[c.req.query('melding') ?? '']}
    />,
    status,
  )
}

reportRoutes.get('/:caseId/aanwezigheid', (c) => attendancePage(c))

reportRoutes.post('/:caseId/aanwezigheid', async (c) => {
  const caseId = c.req.param('caseId')
  const body = await formBody(c)
  const parsed = familyAttendanceSchema.safeParse(body)
  if (!parsed.success) {
    const posted = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '')
    return attendancePage(c, { jongere: posted('jongere'), ouders: posted('ouders') }, fieldErrors(parsed.error), 422)
  }
  const result = await confirmFamilyAttendance(c.var.deps, actorOf(c), me(c), caseId, { youngPerson: parsed.data.jongere, parents: parsed.data.ouders })
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/verslag/${caseId}/aanwezigheid?melding=doorgegeven`)
})
