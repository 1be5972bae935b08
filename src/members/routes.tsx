import { Hono } from 'hono'
import { ReviewPage } from '../../views/cases/review'
import type { FieldErrors } from '../../views/components/field'
import { AgendaPage } from '../../views/members/agenda'
import { MemberCasePage } from '../../views/members/case'
import { MyZittingenPage } from '../../views/members/my-zittingen'
import { type AuthUser, canTriage, hasRole } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { ReviewDecisions } from '../cases/free-text'
import { PII_KIND_OPTIONS, reviewDecisions, reviewFields } from '../cases/review'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, logDenied, page, renderProblem, seeOther } from '../http'
import { MEMBER_WINDOW_DAYS } from '../lists'
import type { Problem } from '../result'
import { agendaCaseFile, myZittingen, zittingAgenda } from './agenda'
import { agendaPageProps, casePageProps, zittingRow } from './present'
import { REMARK_FIELD, redactRemark } from './remark-text'
import { addRemark, openRemark } from './remarks'
import { REMARK_MAX, remarkSchema } from './schemas'

export const memberRoutes = new Hono<AppEnv>()
const takesPart = (user: AuthUser) => hasRole(user, 'tafellid')
memberRoutes.use('/', requireAccess(takesPart))
memberRoutes.use('/:zittingId', requireAccess(takesPart))
// the region's coordinators may read along on a case of the agenda
memberRoutes.use(
  '/:zittingId/casussen/*',
  requireAccess((user) => takesPart(user) || canTriage(user)),
)

const me = (c: Ctx) => c.var.user as AuthUser
const ids = (c: Ctx) => ({ zittingId: c.req.param('zittingId') ?? '', caseId: c.req.param('caseId') ?? '' })
const caseUrl = (zittingId: string, caseId: string) => `/mijn-zittingen/${zittingId}/casussen/${caseId}`

/** Not found also means "not yours": the answer does not confirm the zitting or case exists, but the refusal is logged. */
async function refuse(c: Ctx, problem: Problem) {
  if (problem.reason === 'not_found') await logDenied(c)
  return renderProblem(c, problem)
}

memberRoutes.get('/', async (c) => {
  const { upcoming, recent } = await myZittingen(c.var.deps, me(c))
  return page(c, 'Mijn zittingen', <MyZittingenPage upcoming={upcoming.map(zittingRow)} recent={recent.map(zittingRow)} windowDays={MEMBER_WINDOW_DAYS} />)
})

memberRoutes.get('/:zittingId', async (c) => {
  const result = await zittingAgenda(c.var.deps, me(c), ids(c).zittingId)
  if (!result.ok) return refuse(c, result)
  const props = agendaPageProps(result)
  return page(c, `Agenda van ${props.day}`, <AgendaPage {...props} />)
})

async function casePage(c: Ctx, extra: { errors?: FieldErrors; values?: Record<string, string>; notice?: string } = {}, status: 200 | 422 = 200) {
  const { zittingId, caseId } = ids(c)
  const found = await agendaCaseFile(c.var.deps, me(c), zittingId, caseId)
  if (!found.ok) return refuse(c, found)
  const props = casePageProps(found)
  return page(c, props.reference, <MemberCasePage {...props} {...extra} />, status)
}

memberRoutes.get('/:zittingId/casussen/:caseId', (c) =>
  casePage(c, { notice: c.req.query('melding') === 'opmerking' ? 'Uw opmerking is geplaatst, zonder de verborgen persoonsgegevens.' : undefined }),
)

// a reload of the review step's address, or a bookmark of it, lands on the case
memberRoutes.get('/:zittingId/casussen/:caseId/opmerkingen', (c) => seeOther(c, caseUrl(ids(c).zittingId, ids(c).caseId)))

// Two steps, as at intake: "controle" shows what will be hidden, "indienen" saves the scrubbed text,
// "opslaan" goes back to the form with the text kept. Nothing is stored before "indienen".
memberRoutes.post('/:zittingId/casussen/:caseId/opmerkingen', async (c) => {
  const { zittingId, caseId } = ids(c)
  const opened = await openRemark(c.var.deps, me(c), zittingId, caseId)
  if (!opened.ok) return refuse(c, opened)
  const body = await formBody(c)
  const raw = typeof body.opmerking === 'string' ? body.opmerking : ''
  const parsed = remarkSchema.safeParse({ opmerking: raw })
  if (!parsed.success) return casePage(c, { errors: fieldErrors(parsed.error), values: { opmerking: raw.slice(0, REMARK_MAX * 2) } }, 422)
  const text = parsed.data.opmerking
  const decisions = reviewDecisions(body)
  if (body.actie === 'opslaan') return casePage(c, { values: { opmerking: text } })
  if (body.actie === 'indienen') {
    const result = await addRemark(c.var.deps, actorOf(c), me(c), zittingId, caseId, text, decisions)
    if (!result.ok) return refuse(c, result)
    return seeOther(c, `${caseUrl(zittingId, caseId)}?melding=opmerking#opmerkingen`)
  }
  const fields = [{ name: REMARK_FIELD, text }]
  const redacted = new Map([[REMARK_FIELD, redactRemark(text, decisions, opened.texts, opened.hints)]])
  return page(
    c,
    'Controle persoonsgegevens',
    <ReviewPage
      caseId={caseId}
      fields={reviewFields(fields, {}, decisions, redacted).map((f) => ({ ...f, label: 'Uw opmerking' }))}
      carry={carried(text, decisions)}
      kinds={PII_KIND_OPTIONS}
      target={{
        action: `${caseUrl(zittingId, caseId)}/opmerkingen`,
        intro:
          'Gemarkeerde stukken worden vervangen door een aanduiding. Vink aan wat geen persoonsgegeven is, of vul aan wat nog verborgen moet worden, en controleer opnieuw. Pas bij plaatsen wordt de opmerking bewaard zoals onder “Wordt bewaard als”.',
        submitLabel: 'Opmerking plaatsen',
        backLabel: 'Terug naar de opmerking',
      }}
    />,
  )
})

/** The text and the decisions so far, each hidden phrase beside its kind so the two lists stay aligned. */
function carried(text: string, decisions: ReviewDecisions): [string, string][] {
  return [
    [REMARK_FIELD, text],
    ...[...decisions.keep].map((key): [string, string] => ['behoud', key]),
    ...(decisions.hide.get(REMARK_FIELD) ?? []).flatMap(({ phrase, kind }): [string, string][] => [
      [`verberg_${REMARK_FIELD}`, phrase],
      [`verberg_soort_${REMARK_FIELD}`, kind],
    ]),
  ]
}
