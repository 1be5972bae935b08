import { asc, eq, sql } from 'drizzle-orm'
import { organisations, users } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canAdminister } from '../auth/access'
import { isUniqueViolation } from '../db'
import type { Deps } from '../deps'
import { newId } from '../ids'
import { conflict, forbidden, notFound, type Result } from '../result'
import type { OrganisationInput } from './schemas'

export interface OrganisationRow {
  id: string
  name: string
  sector: string
  regionCode: string | null
  userCount: number
}

export async function listOrganisations(deps: Pick<Deps, 'db'>): Promise<OrganisationRow[]> {
  return deps.db
    .select({
      id: organisations.id,
      name: organisations.name,
      sector: organisations.sector,
      regionCode: organisations.regionCode,
      userCount: sql<number>`(select count(*) from ${users} where ${users.organisationId} = ${organisations.id})`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name))
}

export async function getOrganisation(deps: Pick<Deps, 'db'>, id: string) {
  const [row] = await deps.db.select().from(organisations).where(eq(organisations.id, id)).limit(1)
  return row ?? null
}

const DUPLICATE = 'Er bestaat al een organisatie met deze naam.'

export async function createOrganisation(deps: Deps, actor: Actor, user: AuthUser, input: OrganisationInput): Promise<Result<{ id: string }>> {
  if (!canAdminister(user)) return forbidden()
  const id = newId()
  try {
    await audit(deps, actor, { action: 'organisatie.aangemaakt', objectType: 'organisation', objectId: id }, () => [
      deps.db.insert(organisations).values({ id, name: input.naam, sector: input.sector, regionCode: input.regio, administration: input.bestuur }),
    ])
  } catch (error) {
    if (isUniqueViolation(error)) return { ...conflict(DUPLICATE), fieldErrors: { naam: DUPLICATE } }
    throw error
  }
  return { ok: true, id }
}

export async function updateOrganisation(deps: Deps, actor: Actor, user: AuthUser, id: string, input: OrganisationInput): Promise<Result> {
  if (!canAdminister(user)) return forbidden()
  if (!(await getOrganisation(deps, id))) return notFound()
  try {
    await audit(deps, actor, { action: 'organisatie.gewijzigd', objectType: 'organisation', objectId: id }, () => [
      deps.db
        .update(organisations)
        .set({ name: input.naam, sector: input.sector, regionCode: input.regio, administration: input.bestuur })
        .where(eq(organisations.id, id)),
    ])
  } catch (error) {
    if (isUniqueViolation(error)) return { ...conflict(DUPLICATE), fieldErrors: { naam: DUPLICATE } }
    throw error
  }
  return { ok: true }
}
