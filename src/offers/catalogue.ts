import { and, asc, eq, inArray, or, sql } from 'drizzle-orm'
import { offers } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canManageOffers } from '../auth/access'
import { containsText } from '../db'
import type { Deps } from '../deps'
import { newId } from '../ids'
import { forbidden, notFound, type Result } from '../result'
import type { OfferInput } from './schemas'

export type Offer = typeof offers.$inferSelect

export interface OfferFilter {
  query: string
  type?: string | undefined
  level?: string | undefined
  age?: number | undefined
}

/** The active offers of some regions, filtered; archived offers stay for old advice but are not listed. */
export async function listOffers(deps: Pick<Deps, 'db'>, regions: string[], filter: OfferFilter, page: number, pageSize: number) {
  const q = filter.query.trim().toLowerCase()
  const where = and(
    inArray(offers.regionCode, regions.length ? regions : ['-']),
    eq(offers.active, true),
    q ? or(containsText(offers.name, q), containsText(offers.provider, q), containsText(sql`coalesce(${offers.targetGroup}, '')`, q)) : undefined,
    filter.type ? eq(offers.type, filter.type as Offer['type']) : undefined,
    filter.level
      ? sql`(${offers.educationLevels} = '[]' or exists (select 1 from json_each(${offers.educationLevels}) where value = ${filter.level}))`
      : undefined,
    filter.age !== undefined ? sql`coalesce(${offers.ageMin}, 0) <= ${filter.age} and coalesce(${offers.ageMax}, 99) >= ${filter.age}` : undefined,
  )
  const rows = await deps.db
    .select()
    .from(offers)
    .where(where)
    .orderBy(asc(offers.name), asc(offers.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await deps.db.select({ n: sql<number>`count(*)` }).from(offers).where(where)
  return { rows, total: count?.n ?? 0 }
}

export async function getOffer(deps: Pick<Deps, 'db'>, id: string): Promise<Offer | null> {
  const [row] = await deps.db.select().from(offers).where(eq(offers.id, id)).limit(1)
  return row ?? null
}

function columns(input: OfferInput) {
  return {
    regionCode: input.regio,
    name: input.naam,
    provider: input.aanbieder,
    type: input.soort,
    targetGroup: input.doelgroep,
    ageMin: input.leeftijd_van,
    ageMax: input.leeftijd_tot,
    educationLevels: JSON.stringify(input.niveaus),
    contact: input.contact,
    waitingWeeks: input.wachttijd,
    notes: input.opmerkingen,
  }
}

export async function createOffer(deps: Deps, actor: Actor, user: AuthUser, input: OfferInput): Promise<Result<{ id: string }>> {
  if (!canManageOffers(user, input.regio)) return forbidden('U kunt enkel aanbod toevoegen in een regio waarvan u coördinator bent.')
  const id = newId()
  await audit(deps, actor, { action: 'aanbod.toegevoegd', objectType: 'offer', objectId: id }, () => [
    deps.db.insert(offers).values({ id, ...columns(input), updatedAt: deps.clock.now() }),
  ])
  return { ok: true, id }
}

/** Editing may move an offer to another region, but only between regions the coordinator keeps. */
export async function updateOffer(deps: Deps, actor: Actor, user: AuthUser, id: string, input: OfferInput): Promise<Result> {
  const offer = await getOffer(deps, id)
  if (!offer?.active) return notFound()
  if (!canManageOffers(user, offer.regionCode) || !canManageOffers(user, input.regio)) return forbidden()
  await audit(deps, actor, { action: 'aanbod.gewijzigd', objectType: 'offer', objectId: id }, () => [
    deps.db
      .update(offers)
      .set({ ...columns(input), updatedAt: deps.clock.now() })
      .where(eq(offers.id, id)),
  ])
  return { ok: true }
}

/** Archived, not deleted: advice written earlier may still name the offer. */
export async function archiveOffer(deps: Deps, actor: Actor, user: AuthUser, id: string): Promise<Result> {
  const offer = await getOffer(deps, id)
  if (!offer?.active) return notFound()
  if (!canManageOffers(user, offer.regionCode)) return forbidden()
  await audit(deps, actor, { action: 'aanbod.gearchiveerd', objectType: 'offer', objectId: id }, () => [
    deps.db.update(offers).set({ active: false, updatedAt: deps.clock.now() }).where(eq(offers.id, id)),
  ])
  return { ok: true }
}
