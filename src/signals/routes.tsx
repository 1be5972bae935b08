import { Hono } from 'hono'
import { ReviewPage } from '../../views/cases/review'
import { ConfirmPage } from '../../views/components/confirm'
import type { FieldErrors } from '../../views/components/field'
import { formatDate } from '../../views/format'
import { AnalistSignalPage, AnalistSignalsPage } from '../../views/signals/analist'
import { BundleFormPage } from '../../views/signals/bundle-form'
import { SignalRegisterPage } from '../../views/signals/register'
import { CoordinatorSignalPage } from '../../views/signals/signal'
import { one, SignalFormPage } from '../../views/signals/signal-form'
import { type AuthUser, canUseSignals } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import { PII_KIND_OPTIONS, reviewDecisions } from '../cases/review'
import { carriedValues } from '../consults/review'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, formBody, page, pageParam, renderProblem, seeOther } from '../http'
import { ADDRESSEES, labelOf, REGIONS, regionName, SIGNAL_LEVELS, SIGNAL_STATUSES, THEMES } from '../lists'
import { bundlePlan, bundleSignals, reviewBundle } from './bundle'
import { closeSignal, closeStep } from './close'
import { openSignal } from './file'
import { forwardSignal, forwardStep } from './forward'
import { signalOverview } from './overview'
import { addresseesLabel, historyLines, levelLabel, options, responseViews, signalView, statusLabel, themesLabel } from './present'
import { editSignal, editSignalPlan, newSignalPlan, raiseSignal, reviewSignal, type SignalFormPlan } from './register'
import { recordResponse } from './respond'
import { bundleSchema, parseForm, registerFilterSchema, responseSchema, signalSchema } from './schemas'

const PAGE_SIZE = 25

export const signalRoutes = new Hono<AppEnv>()
signalRoutes.use('*', requireAccess(canUseSignals))

const me = (c: Ctx) => c.var.user as AuthUser
type Values = Record<string, string | string[]>

// Outcome messages travel as codes in the redirect URL, never as free text.
const NOTICES: Record<string, string> = {
  aangemaakt: 'Het signaal is aangemaakt.',
  gewijzigd: 'Het signaal is gewijzigd.',
  gebundeld: 'De signalen zijn gebundeld.',
  doorgestuurd: 'Het signaal is doorgestuurd. De analisten van de bestemmelingen kregen een e-mail.',
  afgesloten: 'Het signaal is afgesloten.',
  beantwoord: 'Uw antwoord is geregistreerd.',
}
const notice = (c: Ctx) => NOTICES[c.req.query('melding') ?? '']

const FAILED = 'Het signaal is niet bewaard: verbeter de aangeduide velden.'
const REVIEW_INTRO =
  'Gemarkeerde stukken worden vervangen door een aanduiding. Vink aan wat geen persoonsgegeven is, of vul aan wat nog verborgen moet worden, en controleer opnieuw. Er wordt pas iets bewaard, zoals hieronder onder “Wordt bewaard als”, wanneer u op de bevestigingsknop klikt.'

const regionOptions = (codes: readonly string[]) => REGIONS.filter((r) => codes.includes(r.code)).map((r) => ({ value: r.code, label: r.name }))
const setOnly = (filter: Record<string, string | undefined>) => Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Record<string, string>

// ── the register (coordinators) and the forwarded signals (analists) ───────

signalRoutes.get('/', async (c) => {
  const filter = registerFilterSchema.parse(c.req.query())
  const pageNo = pageParam(c)
  const overview = await signalOverview(c.var.deps, me(c), filter, pageNo, PAGE_SIZE)
  if (overview.kind === 'register')
    return page(
      c,
      'Signalen',
      <SignalRegisterPage
        flagged={overview.flagged.map((f) => ({
          consultId: f.consultId,
          caseId: f.caseId,
          reference: f.reference ?? '',
          regionLabel: regionName(f.regionCode),
          dateLabel: formatDate(f.recordedAt),
          text: f.signalText,
        }))}
        rows={overview.rows.map((r) => ({
          id: r.id,
          title: r.title,
          regionLabel: regionName(r.regionCode),
          levelLabel: levelLabel(r.level),
          statusLabel: statusLabel(r.status),
          themesLabel: themesLabel(r.themes),
          addresseesLabel: addresseesLabel(r.addressees),
          members: r.members,
          cases: r.cases,
          updatedLabel: formatDate(r.updatedAt),
        }))}
        page={pageNo}
        pageSize={PAGE_SIZE}
        total={overview.total}
        filter={setOnly({ status: filter.status, niveau: filter.niveau, thema: filter.thema, regio: filter.regio })}
        statuses={options(SIGNAL_STATUSES)}
        levels={options(SIGNAL_LEVELS)}
        themes={options(THEMES)}
        regions={overview.regions.length > 1 ? regionOptions(overview.regions) : []}
        notice={notice(c)}
      />,
    )
  return page(
    c,
    'Signalen',
    <AnalistSignalsPage
      administrationLabel={overview.administration ? labelOf(ADDRESSEES, overview.administration) : null}
      perRegion={overview.perRegion.map((r) => ({ regionLabel: regionName(r.regionCode), total: r.total, open: r.open }))}
      rows={overview.rows.map((r) => ({
        id: r.id,
        title: r.title,
        regionLabel: regionName(r.regionCode),
        levelLabel: levelLabel(r.level),
        statusLabel: statusLabel(r.status),
        themesLabel: themesLabel(r.themes),
        forwardedLabel: formatDate(r.forwardedAt),
        answered: r.answered,
      }))}
      page={pageNo}
      pageSize={PAGE_SIZE}
      total={overview.total}
      filter={setOnly({ regio: filter.regio, status: filter.status })}
      regions={regionOptions(overview.regions)}
      statuses={options(SIGNAL_STATUSES.filter((s) => ['doorgestuurd', 'beantwoord', 'afgesloten'].includes(s.code)))}
    />,
  )
})

// ── raising and rewording a signal, with the review of its text ────────────

signalRoutes.get('/nieuw', async (c) => {
  const plan = await newSignalPlan(c.var.deps, me(c), c.req.query('bespreking') ?? null)
  if (!plan.ok) return renderProblem(c, plan)
  return signalFormPage(c, plan.plan, null, plan.plan.values)
})

signalRoutes.post('/nieuw', (c) => signalPost(c, null))

signalRoutes.get('/bundelen', async (c) => bundlePage(c, {}))

/** The bundle form's buttons post here: check (review and confirm), back to the form, bundle. */
signalRoutes.post('/bundelen', async (c) => {
  const body = await formBody(c)
  const { actie, ...values } = body
  const action = typeof actie === 'string' ? actie : 'controle'
  if (action === 'opslaan') return bundlePage(c, values)
  const parsed = parseForm(bundleSchema, values)
  if (!parsed.ok) return bundlePage(c, values, { errors: parsed.errors, message: 'De signalen zijn niet gebundeld: verbeter de aangeduide velden.' }, 422)
  const decisions = reviewDecisions(body)
  if (action === 'indienen') {
    const result = await bundleSignals(c.var.deps, actorOf(c), me(c), parsed.data, decisions)
    if (!result.ok) return renderProblem(c, result)
    return seeOther(c, `/signalen/${result.id}?melding=gebundeld`)
  }
  const review = await reviewBundle(c.var.deps, me(c), parsed.data, decisions)
  if (!review.ok) return renderProblem(c, review)
  const titles = review.members.map((m) => `“${m.title}”`).join(', ')
  return page(
    c,
    'Signalen bundelen?',
    <ReviewPage
      caseId=""
      carry={carriedValues(body)}
      kinds={PII_KIND_OPTIONS}
      fields={review.fields}
      target={{
        action: '/signalen/bundelen',
        intro: `U bundelt ${review.members.length} signalen tot één bundel: ${titles}. Ze gaan daarna samen verder en kunnen niet meer afzonderlijk doorgestuurd worden. ${REVIEW_INTRO}`,
        submitLabel: 'Ja, signalen bundelen',
        backLabel: 'Terug naar het formulier',
      }}
    />,
  )
})

async function bundlePage(c: Ctx, values: Values, extra: { errors?: FieldErrors; message?: string } = {}, status: 200 | 422 = 200) {
  const plan = await bundlePlan(c.var.deps, me(c), one(values.regio) ?? c.req.query('regio'))
  if (!plan.ok) return renderProblem(c, plan)
  return page(
    c,
    'Signalen bundelen',
    <BundleFormPage
      regions={regionOptions(plan.regions)}
      region={plan.region}
      candidates={plan.candidates.map((s) => ({
        value: s.id,
        label: `${s.title} (${levelLabel(s.level).toLowerCase()}; ${themesLabel(s.themes).toLowerCase()}; ${s.cases} ${s.cases === 1 ? 'casus' : 'casussen'})`,
      }))}
      levels={options(SIGNAL_LEVELS)}
      values={values}
      {...extra}
    />,
    status,
  )
}

signalRoutes.get('/:id', (c) => signalPage(c))

signalRoutes.get('/:id/bewerken', async (c) => {
  const plan = await editSignalPlan(c.var.deps, me(c), c.req.param('id'))
  if (!plan.ok) return renderProblem(c, plan)
  return signalFormPage(c, plan.plan, plan.signal.id, plan.plan.values)
})

signalRoutes.post('/:id/bewerken', (c) => signalPost(c, c.req.param('id')))

/** The form's buttons all post here: check (review step), back to the form, save. */
async function signalPost(c: Ctx, signalId: string | null) {
  const deps = c.var.deps
  const body = await formBody(c)
  const { actie, ...values } = body
  const action = typeof actie === 'string' ? actie : 'controle'
  const plan = signalId ? await editSignalPlan(deps, me(c), signalId) : await newSignalPlan(deps, me(c), one(values.bespreking) ?? null)
  if (!plan.ok) return renderProblem(c, plan)
  if (action === 'opslaan') return signalFormPage(c, plan.plan, signalId, values)
  const parsed = parseForm(signalSchema, values)
  if (!parsed.ok) return signalFormPage(c, plan.plan, signalId, values, { errors: parsed.errors, message: FAILED }, 422)
  const decisions = reviewDecisions(body)
  if (action === 'indienen') {
    const result = signalId
      ? await editSignal(deps, actorOf(c), me(c), signalId, parsed.data, decisions)
      : await raiseSignal(deps, actorOf(c), me(c), parsed.data, decisions)
    if (!result.ok && result.reason === 'invalid')
      return signalFormPage(c, plan.plan, signalId, values, { errors: result.fieldErrors, message: result.message }, 422)
    if (!result.ok) return renderProblem(c, result)
    return seeOther(c, `/signalen/${result.id}?melding=${signalId ? 'gewijzigd' : 'aangemaakt'}`)
  }
  const review = await reviewSignal(deps, me(c), parsed.data, decisions, signalId)
  if (!review.ok && review.reason === 'invalid')
    return signalFormPage(c, plan.plan, signalId, values, { errors: review.fieldErrors, message: review.message }, 422)
  if (!review.ok) return renderProblem(c, review)
  return page(
    c,
    'Controle persoonsgegevens',
    <ReviewPage
      caseId=""
      carry={carriedValues(body)}
      kinds={PII_KIND_OPTIONS}
      fields={review.fields}
      target={{
        action: signalId ? `/signalen/${signalId}/bewerken` : '/signalen/nieuw',
        intro: REVIEW_INTRO,
        submitLabel: 'Signaal bewaren',
        backLabel: 'Terug naar het formulier',
      }}
    />,
  )
}

function signalFormPage(
  c: Ctx,
  plan: SignalFormPlan,
  signalId: string | null,
  values: Values,
  extra: { errors?: FieldErrors | undefined; message?: string | undefined } = {},
  status: 200 | 422 = 200,
) {
  const heading = signalId ? 'Signaal wijzigen' : 'Nieuw signaal'
  return page(
    c,
    heading,
    <SignalFormPage
      heading={heading}
      action={signalId ? `/signalen/${signalId}/bewerken` : '/signalen/nieuw'}
      back={signalId ? `/signalen/${signalId}` : '/signalen'}
      values={values}
      regions={regionOptions(plan.regions)}
      levels={options(SIGNAL_LEVELS)}
      themes={options(THEMES)}
      addressees={options(ADDRESSEES)}
      consultReference={plan.consult?.reference}
      {...extra}
    />,
    status,
  )
}

// ── one signal ─────────────────────────────────────────────────────────────

async function signalPage(c: Ctx, extra: { values?: Values; errors?: FieldErrors } = {}, status: 200 | 422 = 200) {
  const opened = await openSignal(c.var.deps, me(c), c.req.param('id') ?? '')
  if (!opened.ok) return renderProblem(c, opened)
  const { file } = opened
  const signal = signalView(file.signal)
  if (file.kind === 'coordinator')
    return page(
      c,
      signal.title,
      <CoordinatorSignalPage
        signal={signal}
        bundle={file.bundle}
        members={file.members}
        cases={file.cases}
        consult={file.consult}
        responses={responseViews(file.responses)}
        history={historyLines(file.history)}
        can={file.can}
        notice={notice(c)}
      />,
      status,
    )
  return page(
    c,
    signal.title,
    <AnalistSignalPage
      signal={signal}
      caseCount={file.caseCount}
      members={file.members}
      responses={responseViews(file.responses)}
      canRespond={file.can.respond}
      administrationLabel={labelOf(ADDRESSEES, me(c).administration)}
      notice={notice(c)}
      {...extra}
    />,
    status,
  )
}

signalRoutes.post('/:id/antwoord', async (c) => {
  const body = await formBody(c)
  const parsed = parseForm(responseSchema, body)
  if (!parsed.ok) return signalPage(c, { values: body, errors: parsed.errors }, 422)
  const result = await recordResponse(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/signalen/${c.req.param('id')}?melding=beantwoord`)
})

// ── forwarding and closing, each behind a confirmation page ────────────────

signalRoutes.get('/:id/doorsturen', async (c) => {
  const step = await forwardStep(c.var.deps, me(c), c.req.param('id'))
  if (!step.ok) return renderProblem(c, step)
  const back = `/signalen/${step.signal.id}`
  return page(
    c,
    'Signaal doorsturen?',
    <ConfirmPage
      title={`“${step.signal.title}” doorsturen?`}
      text={`Het signaal gaat naar: ${addresseesLabel(step.signal.addressees)}. Hun analisten krijgen een e-mail met enkel de titel en een link; zij zien het signaal, nooit de casussen erachter (enkel hoeveel). Daarna kan het signaal niet meer gewijzigd worden.`}
      action={`${back}/doorsturen`}
      button="Ja, doorsturen"
      back={back}
    />,
  )
})

signalRoutes.post('/:id/doorsturen', async (c) => {
  const result = await forwardSignal(c.var.deps, actorOf(c), me(c), c.req.param('id'))
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/signalen/${c.req.param('id')}?melding=doorgestuurd`)
})

signalRoutes.get('/:id/afsluiten', async (c) => {
  const step = await closeStep(c.var.deps, me(c), c.req.param('id'))
  if (!step.ok) return renderProblem(c, step)
  const back = `/signalen/${step.signal.id}`
  return page(
    c,
    'Signaal afsluiten?',
    <ConfirmPage
      title={`“${step.signal.title}” afsluiten?`}
      text={
        step.signal.forwardedAt
          ? 'Een afgesloten signaal blijft in het register staan, maar er kan geen antwoord meer bij.'
          : 'Het signaal is nog niet doorgestuurd. Afgesloten gaat het niet meer naar de overheid; het blijft wel in het register staan.'
      }
      action={`${back}/afsluiten`}
      button="Ja, afsluiten"
      back={back}
    />,
  )
})

signalRoutes.post('/:id/afsluiten', async (c) => {
  const result = await closeSignal(c.var.deps, actorOf(c), me(c), c.req.param('id'))
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/signalen/${c.req.param('id')}?melding=afgesloten`)
})
