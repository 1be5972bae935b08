import { Hono } from 'hono'
import { ConfirmPage } from '../../views/components/confirm'
import type { FieldErrors } from '../../views/components/field'
import { OfferFormPage, OffersPage } from '../../views/offers/offers'
import { type AuthUser, canTriage, regionsWithRole } from '../auth/access'
import { requireAccess } from '../auth/middleware'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, page, pageParam, renderProblem, seeOther } from '../http'
import { EDUCATION_LEVELS, INTERVENTION_TYPES, labelOf, REGIONS, regionName } from '../lists'
import { archiveOffer, createOffer, getOffer, listOffers, type Offer, updateOffer } from './catalogue'
import { offerSchema } from './schemas'

const PAGE_SIZE = 25

export const offerRoutes = new Hono<AppEnv>()
offerRoutes.use('*', requireAccess(canTriage))

const me = (c: Ctx) => c.var.user as AuthUser
const types = INTERVENTION_TYPES.map((t) => ({ value: t.code, label: t.label }))
const levels = EDUCATION_LEVELS.map((l) => ({ value: l.code, label: l.label }))
const myRegions = (user: AuthUser) =>
  REGIONS.filter((r) => regionsWithRole(user, 'coordinator').includes(r.code)).map((r) => ({ value: r.code, label: r.name }))

const NOTICES: Record<string, string> = { opgeslagen: 'Het aanbod is opgeslagen.', gearchiveerd: 'Het aanbod is gearchiveerd.' }

offerRoutes.get('/', async (c) => {
  const filter = {
    q: (c.req.query('q') ?? '').slice(0, 100),
    soort: INTERVENTION_TYPES.some((t) => t.code === c.req.query('soort')) ? (c.req.query('soort') as string) : '',
    niveau: EDUCATION_LEVELS.some((l) => l.code === c.req.query('niveau')) ? (c.req.query('niveau') as string) : '',
    leeftijd: /^\d{1,2}$/.test(c.req.query('leeftijd') ?? '') ? (c.req.query('leeftijd') as string) : '',
  }
  const pageNo = pageParam(c)
  const { rows, total } = await listOffers(
    c.var.deps,
    regionsWithRole(me(c), 'coordinator'),
    { query: filter.q, type: filter.soort || undefined, level: filter.niveau || undefined, age: filter.leeftijd ? Number(filter.leeftijd) : undefined },
    pageNo,
    PAGE_SIZE,
  )
  return page(
    c,
    'Aanbod',
    <OffersPage
      rows={rows.map(item)}
      page={pageNo}
      pageSize={PAGE_SIZE}
      total={total}
      filter={Object.fromEntries(Object.entries(filter).filter(([, v]) => v))}
      types={types}
      levels={levels}
      notice={NOTICES[c.req.query('melding') ?? '']}
    />,
  )
})

function item(o: Offer) {
  const levelCodes = JSON.parse(o.educationLevels) as string[]
  return {
    id: o.id,
    name: o.name,
    provider: o.provider,
    typeLabel: labelOf(INTERVENTION_TYPES, o.type),
    regionLabel: regionName(o.regionCode),
    targetGroup: o.targetGroup,
    ages: o.ageMin === null && o.ageMax === null ? 'alle' : `${o.ageMin ?? 0}–${o.ageMax ?? '…'} jaar`,
    levels: levelCodes.length ? levelCodes.map((l) => labelOf(EDUCATION_LEVELS, l)).join(', ') : 'alle',
    contact: o.contact,
    waiting: o.waitingWeeks === null ? 'onbekend' : o.waitingWeeks === 0 ? 'geen' : `${o.waitingWeeks} weken`,
  }
}

function form(c: Ctx, id: string | null, values: Record<string, string | string[]>, errors?: FieldErrors) {
  return page(
    c,
    id ? 'Aanbod wijzigen' : 'Aanbod toevoegen',
    <OfferFormPage id={id} values={values} errors={errors} regions={myRegions(me(c))} types={types} levels={levels} />,
    errors ? 422 : 200,
  )
}

offerRoutes.get('/nieuw', (c) => form(c, null, { regio: myRegions(me(c))[0]?.value ?? '' }))

offerRoutes.post('/', async (c) => {
  const body = await formBody(c)
  const parsed = offerSchema.safeParse(body)
  if (!parsed.success) return form(c, null, body, fieldErrors(parsed.error))
  const result = await createOffer(c.var.deps, actorOf(c), me(c), parsed.data)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, '/aanbod?melding=opgeslagen')
})

offerRoutes.get('/:id', async (c) => {
  const o = await getOffer(c.var.deps, c.req.param('id'))
  if (!o?.active || !regionsWithRole(me(c), 'coordinator').includes(o.regionCode)) return renderProblem(c, { ok: false, reason: 'not_found' })
  return form(c, o.id, {
    regio: o.regionCode,
    naam: o.name,
    aanbieder: o.provider,
    soort: o.type,
    doelgroep: o.targetGroup ?? '',
    leeftijd_van: o.ageMin?.toString() ?? '',
    leeftijd_tot: o.ageMax?.toString() ?? '',
    niveaus: JSON.parse(o.educationLevels) as string[],
    contact: o.contact ?? '',
    wachttijd: o.waitingWeeks?.toString() ?? '',
    opmerkingen: o.notes ?? '',
  })
})

offerRoutes.post('/:id', async (c) => {
  const body = await formBody(c)
  const parsed = offerSchema.safeParse(body)
  if (!parsed.success) return form(c, c.req.param('id'), body, fieldErrors(parsed.error))
  const result = await updateOffer(c.var.deps, actorOf(c), me(c), c.req.param('id'), parsed.data)
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, '/aanbod?melding=opgeslagen')
})

offerRoutes.get('/:id/archiveren', async (c) => {
  const o = await getOffer(c.var.deps, c.req.param('id'))
  if (!o?.active || !regionsWithRole(me(c), 'coordinator').includes(o.regionCode)) return renderProblem(c, { ok: false, reason: 'not_found' })
  return page(
    c,
    'Aanbod archiveren',
    <ConfirmPage
      title={`${o.name} archiveren?`}
      text="Het aanbod verdwijnt uit de sociale kaart. Adviezen die het al noemen, blijven het tonen."
      action={`/aanbod/${o.id}/archiveren`}
      button="Ja, archiveren"
      back={`/aanbod/${o.id}`}
    />,
  )
})

offerRoutes.post('/:id/archiveren', async (c) => {
  const result = await archiveOffer(c.var.deps, actorOf(c), me(c), c.req.param('id'))
  if (!result.ok) return renderProblem(c, result)
  return seeOther(c, '/aanbod?melding=gearchiveerd')
})
