import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { organisations } from '../../db/schema'
import { type CaseFormOptions, CaseFormPage } from '../../views/cases/case-form'
import { MyCasesPage } from '../../views/cases/my-cases'
import { OwnCasePage } from '../../views/cases/own-case'
import { RedactedText } from '../../views/cases/redacted'
import { ReviewPage } from '../../views/cases/review'
import { ConfirmPage } from '../../views/components/confirm'
import type { FieldErrors } from '../../views/components/field'
import { formatDateTime } from '../../views/format'
import { type AuthUser, canEditDraft, canFileAnyCase, canSeeOwnCase, regionsWithRole } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import { consultLinks } from '../consults/links'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, page, pageParam, renderProblem, seeOther } from '../http'
import {
  CASE_STATUSES,
  type CaseStatus,
  CLB_AGREEMENT,
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  EDUCATION_LEVELS,
  ELIGIBILITY,
  FORMATS,
  GENDERS,
  INTERVENTION_TYPES,
  LIVING_SITUATIONS,
  type ListItem,
  labelOf,
  REGIONS,
  regionName,
  STUDY_TYPES,
  THEMES,
  URGENCIES,
} from '../lists'
import { formValuesFromCase, rowCountOf, toList, withoutRow } from './form-values'
import { freeTextFields, scrubCase } from './free-text'
import { REVEAL_REASONS, type RevealReason, revealIdentity } from './identity'
import { createConcept, deleteConcept, saveDraft, submissionProblems, submitCase } from './intake'
import { involvementsOf } from './involvement'
import { caseDetailsProps } from './present'
import { getCaseFile, listOwnCases } from './queries'
import { PII_KIND_OPTIONS, reviewDecisions, reviewFields } from './review'
import { draftSchema, identityFromForm, interventionRows } from './schemas'
import { withdrawCase } from './transitions'

const PAGE_SIZE = 25

export const caseRoutes = new Hono<AppEnv>()
caseRoutes.use('*', requireAccess(canFileAnyCase))

const me = (c: Ctx) => c.var.user as AuthUser
const options = (list: readonly ListItem[]) => list.map((i) => ({ value: i.code, label: i.label }))

const NOTICES: Record<string, string> = {
  ingediend: 'De aanmelding is ingediend. De coördinatoren van de regio zijn verwittigd.',
  ingetrokken: 'De aanmelding is ingetrokken.',
  verwijderd: 'Het concept is verwijderd.',
  regio: 'Kies eerst de regio waarin u aanmeldt, en klik dan opnieuw op “Nieuwe aanmelding”.',
}

// ── list and new ───────────────────────────────────────────────────────────

caseRoutes.get('/', async (c) => {
  const user = me(c)
  const status = CASE_STATUSES.some((s) => s.code === c.req.query('status')) ? (c.req.query('status') as CaseStatus) : undefined
  const pageNo = pageParam(c)
  const regions = regionsWithRole(user, 'aanmelder')
  const { rows, total } = await listOwnCases(c.var.deps.db, { organisationId: user.organisationId, userId: user.id, regions }, { status }, pageNo, PAGE_SIZE)
  return page(
    c,
    'Mijn aanmeldingen',
    <MyCasesPage
      rows={rows.map((r) => ({
        ...r,
        statusLabel: labelOf(CASE_STATUSES, r.status),
        regionLabel: regionName(r.regionCode),
        urgencyLabel: r.urgency ? labelOf(URGENCIES, r.urgency) : '',
      }))}
      page={pageNo}
      pageSize={PAGE_SIZE}
      total={total}
      status={status ?? ''}
      statuses={options(CASE_STATUSES)}
      regions={REGIONS.filter((r) => regions.includes(r.code)).map((r) => ({ value: r.code, label: r.name }))}
      notice={NOTICES[c.req.query('melding') ?? '']}
    />,
  )
})

caseRoutes.post('/', async (c) => {
  const body = await formBody(c)
  const region = typeof body.regio === 'string' && body.regio ? body.regio : undefined
  const result = await createConcept(c.var.deps, actorOf(c), me(c), region)
  if (!result.ok) return result.reason === 'invalid' ? seeOther(c, '/aanmeldingen?melding=regio') : renderProblem(c, result)
  return seeOther(c, `/aanmeldingen/${result.id}/bewerken`)
})

// ── the referrer's case page ───────────────────────────────────────────────

async function ownCase(c: Ctx) {
  const file = await getCaseFile(c.var.deps.db, c.req.param('id') ?? '')
  if (!file || (file.status === 'concept' && file.referrerId !== me(c).id)) return null
  return file
}

async function ownCasePage(c: Ctx, identity: { label: string; value: string }[] | null = null) {
  const file = await ownCase(c)
  if (!file) return renderProblem(c, { ok: false, reason: 'not_found' })
  if (!canSeeOwnCase(me(c), file)) return renderProblem(c, { ok: false, reason: 'forbidden' })
  const editable = canEditDraft(me(c), file)
  return page(
    c,
    file.reference ?? 'Concept',
    <OwnCasePage
      caseId={file.id}
      reference={file.reference}
      details={caseDetailsProps(file)}
      involvements={await involvementsOf(c.var.deps, file.id)}
      can={{
        edit: editable,
        answer: file.status === 'info_gevraagd',
        withdraw: ['aangemeld', 'info_gevraagd', 'aanvaard', 'ingepland'].includes(file.status),
        delete: file.status === 'concept',
      }}
      revealReasons={Object.entries(REVEAL_REASONS).map(([value, label]) => ({ value, label }))}
      identity={identity}
      notice={NOTICES[c.req.query('melding') ?? '']}
      links={consultLinks('referrer', file)}
    />,
  )
}

caseRoutes.get('/:id', (c) => ownCasePage(c))

caseRoutes.post('/:id/identiteit', async (c) => {
  const body = await formBody(c)
  const reason = typeof body.reden === 'string' && body.reden in REVEAL_REASONS ? (body.reden as RevealReason) : undefined
  if (!reason) return ownCasePage(c)
  const result = await revealIdentity(c.var.deps, actorOf(c), me(c), c.req.param('id'), reason)
  if (!result.ok) return renderProblem(c, result)
  const i = result.identity
  const shown = [
    ['Voornaam', i.firstName],
    ['Achternaam', i.lastName],
    ['Geboortedatum', i.dateOfBirth?.split('-').reverse().join('/')],
    ['Rijksregisternummer', i.insz],
    ['School', i.school],
    ['Adres', i.address],
    ['Contact ouders', i.parentContact],
  ]
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([label, value]) => ({ label, value }))
  return ownCasePage(c, shown)
})

function confirmRoute(what: 'intrekken' | 'verwijderen') {
  const copy = {
    intrekken: {
      title: 'Aanmelding intrekken?',
      text: 'De aanmelding verdwijnt uit de triage en van de agenda. Ze blijft in uw lijst staan als “ingetrokken”.',
      button: 'Ja, intrekken',
    },
    verwijderen: {
      title: 'Concept verwijderen?',
      text: 'Het concept en de identiteit die u invulde, worden definitief verwijderd.',
      button: 'Ja, verwijderen',
    },
  }[what]
  caseRoutes.get(`/:id/${what}`, async (c) => {
    const file = await ownCase(c)
    if (!file) return renderProblem(c, { ok: false, reason: 'not_found' })
    if (!canSeeOwnCase(me(c), file)) return renderProblem(c, { ok: false, reason: 'forbidden' })
    const base = `/aanmeldingen/${file.id}`
    return page(c, copy.title, <ConfirmPage {...copy} action={`${base}/${what}`} back={base} />)
  })
}
confirmRoute('intrekken')
confirmRoute('verwijderen')

caseRoutes.post('/:id/intrekken', async (c) => {
  const result = await withdrawCase(c.var.deps, actorOf(c), me(c), c.req.param('id'))
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, `/aanmeldingen/${c.req.param('id')}?melding=ingetrokken`)
})

caseRoutes.post('/:id/verwijderen', async (c) => {
  const result = await deleteConcept(c.var.deps, actorOf(c), me(c), c.req.param('id'))
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, '/aanmeldingen?melding=verwijderd')
})

// ── the form: save, autosave, preview, review, submit ──────────────────────

caseRoutes.get('/:id/bewerken', async (c) => {
  const file = await ownCase(c)
  if (!file) return renderProblem(c, { ok: false, reason: 'not_found' })
  if (!canEditDraft(me(c), file))
    return file.organisationId === me(c).organisationId ? seeOther(c, `/aanmeldingen/${file.id}`) : renderProblem(c, { ok: false, reason: 'forbidden' })
  const revealed = await revealIdentity(c.var.deps, actorOf(c), me(c), file.id, file.status === 'concept' ? 'concept' : 'correctie')
  if (!revealed.ok) return renderProblem(c, revealed)
  return formPage(c, formValuesFromCase(file, revealed.identity))
})

async function formPage(
  c: Ctx,
  values: Record<string, string | string[]>,
  extra: { errors?: FieldErrors; message?: string; notice?: string; addRow?: boolean } = {},
  status: 200 | 422 = 200,
) {
  const file = await getCaseFile(c.var.deps.db, c.req.param('id') ?? '')
  if (!file) return renderProblem(c, { ok: false, reason: 'not_found' })
  const [org] = await c.var.deps.db
    .select({ sector: organisations.sector })
    .from(organisations)
    .where(eq(organisations.id, me(c).organisationId))
  const question = [...file.messages].reverse().find((m) => m.kind === 'vraag')
  return page(
    c,
    'Aanmelding',
    <CaseFormPage
      caseId={file.id}
      reference={file.reference}
      values={values}
      errors={extra.errors}
      message={extra.message}
      notice={extra.notice}
      options={formOptions(me(c))}
      rowCount={rowCountOf(values, extra.addRow ? 1 : 0)}
      askClbAgreement={org?.sector === 'jeugdhulp'}
      openQuestion={file.status === 'info_gevraagd' ? (question?.text ?? null) : null}
    />,
    status,
  )
}

function formOptions(user: AuthUser): CaseFormOptions {
  const regions = regionsWithRole(user, 'aanmelder')
  return {
    regions: REGIONS.filter((r) => regions.includes(r.code)).map((r) => ({ value: r.code, label: r.name })),
    genders: options(GENDERS),
    educationLevels: options(EDUCATION_LEVELS),
    studyTypes: options(STUDY_TYPES),
    livingSituations: options(LIVING_SITUATIONS),
    themes: options(THEMES),
    interventionTypes: options(INTERVENTION_TYPES),
    formats: options(FORMATS),
    eligibility: options(ELIGIBILITY),
    clbAgreement: { value: CLB_AGREEMENT.code, label: CLB_AGREEMENT.label },
    consentPurposes: options(CONSENT_PURPOSES),
    consentGivers: options(CONSENT_GIVERS),
    consentMethods: options(CONSENT_METHODS),
    urgencies: options(URGENCIES),
  }
}

/** Everything posted except the buttons and the review's own controls, for hidden carrying. */
function formFields(body: Record<string, string | string[]>): Record<string, string | string[]> {
  const { actie: _actie, ...rest } = body
  return rest
}

caseRoutes.post('/:id', async (c) => {
  const body = await formBody(c)
  const action = typeof body.actie === 'string' ? body.actie : 'opslaan'
  const values = formFields(body)
  const parsed = draftSchema.safeParse(values)
  if (!parsed.success)
    return formPage(c, values, { errors: fieldErrors(parsed.error), message: 'Niet alles kon bewaard worden: verbeter de aangeduide velden.' }, 422)
  const form = parsed.data
  const deps = c.var.deps

  if (action === 'indienen') {
    const result = await submitCase(deps, actorOf(c), me(c), c.req.param('id'), form, reviewDecisions(body))
    if (!result.ok && result.reason === 'invalid') return formPage(c, values, { errors: result.fieldErrors, message: result.message }, 422)
    if (!result.ok) return renderProblem(c, result)
    return seeOther(c, `/aanmeldingen/${c.req.param('id')}?melding=ingediend`)
  }

  const saved = await saveDraft(deps, actorOf(c), me(c), c.req.param('id'), form)
  if (!saved.ok) return renderProblem(c, saved)
  if (action === 'controle') {
    const problems = await submissionProblems(deps, me(c), form)
    if (Object.keys(problems).length > 0)
      return formPage(c, values, { errors: problems, message: 'Het concept is bewaard, maar nog niet volledig om in te dienen.' }, 422)
    return reviewPage(c, body)
  }
  const removed = /^verwijder_(\d+)$/.exec(action)
  if (removed) return formPage(c, withoutRow(values, Number(removed[1])), { notice: 'Opgeslagen. Het traject is verwijderd.' })
  return formPage(c, values, { notice: `Opgeslagen om ${formatDateTime(deps.clock.now()).slice(-5)}.`, addRow: action === 'rij' })
})

function reviewPage(c: Ctx, body: Record<string, string | string[]>) {
  const parsed = draftSchema.parse(formFields(body))
  const { rows } = interventionRows(parsed)
  const decisions = reviewDecisions(body)
  const hints = identityFromForm(parsed)
  const fields = freeTextFields(parsed, rows)
  const redacted = scrubCase(fields, hints, decisions)
  const carry = Object.entries(body)
    .filter(([k]) => k !== 'actie')
    .flatMap(([k, v]) => toList(v).map((x) => [k, x] as [string, string]))
    .filter(([k, v]) => !(k.startsWith('verberg_') && !k.startsWith('verberg_soort_') && !v.trim()))
  return page(
    c,
    'Controle persoonsgegevens',
    <ReviewPage caseId={c.req.param('id') ?? ''} carry={carry} kinds={PII_KIND_OPTIONS} fields={reviewFields(fields, hints, decisions, redacted)} />,
  )
}

caseRoutes.post('/:id/autosave', async (c) => {
  const parsed = draftSchema.safeParse(formFields(await formBody(c)))
  if (!parsed.success) return c.html(<span class="error">Niet automatisch opgeslagen: verbeter de aangeduide velden en sla op.</span>, 422)
  const saved = await saveDraft(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data)
  if (!saved.ok) return c.html(<span class="error">Niet automatisch opgeslagen.</span>, saved.reason === 'forbidden' ? 403 : 409)
  return c.html(<span>Automatisch opgeslagen om {formatDateTime(c.var.deps.clock.now()).slice(-5)}.</span>)
})

caseRoutes.post('/:id/voorbeeld', async (c) => {
  const body = await formBody(c)
  const field = typeof body.veld === 'string' ? body.veld : ''
  const parsed = draftSchema.safeParse(formFields(body))
  if (!parsed.success) return c.html(<span class="hint">Geen voorbeeld: verbeter eerst de aangeduide velden.</span>, 422)
  const p = parsed.data
  const hints = identityFromForm(p)
  const redacted = scrubCase(freeTextFields(p, interventionRows(p).rows), hints).get(field)
  if (!redacted) return c.html('')
  return c.html(
    <>
      <span class="hint">Wordt bewaard als: </span>
      <RedactedText text={redacted} />
    </>,
  )
})
