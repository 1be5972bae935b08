import { sql } from 'drizzle-orm'
import { hashPassword } from '../src/auth/passwords'
import { atomic, type Db } from '../src/db'
import { newId } from '../src/ids'
import { REGIONS, type RegionCode, type Role, SEED_LISTS, type SectorCode } from '../src/lists'
import { grants, listItems, organisations, regions, users } from './schema'

/** Regions and seed lists; safe to run at every start (labels follow the code's constants). */
export async function seedReference(db: Db): Promise<void> {
  await atomic(db, [
    ...REGIONS.map((r) =>
      db
        .insert(regions)
        .values(r)
        .onConflictDoUpdate({ target: regions.code, set: { name: r.name } }),
    ),
    ...Object.entries(SEED_LISTS).flatMap(([list, items]) =>
      items.map((item, position) =>
        db
          .insert(listItems)
          .values({ list, code: item.code, label: item.label, position })
          .onConflictDoUpdate({ target: [listItems.list, listItems.code], set: { label: item.label, position } }),
      ),
    ),
  ])
}

/** The one password of every demo account; README lists it. Demo mode only. */
export const DEMO_PASSWORD = 'rots-demo-casustafel-2026'

interface DemoOrganisation {
  key: string
  name: string
  sector: SectorCode
  region: RegionCode | null
}

const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'clb-vb', name: 'Vrij CLB Demo Leuven', sector: 'clb', region: 'VB' },
  { key: 'jh-wvl', name: 'Jeugdhulp Demo Brugge', sector: 'jeugdhulp', region: 'WVL' },
  { key: 'rots-vb', name: 'ROTS Vlaams-Brabant (demo)', sector: 'overheid', region: 'VB' },
  { key: 'rots-wvl', name: 'ROTS West-Vlaanderen (demo)', sector: 'overheid', region: 'WVL' },
  { key: 'naft-vb', name: 'NAFT-project Demo Leuven', sector: 'naft', region: 'VB' },
  { key: 'school-wvl', name: 'Demo Secundaire School Kortrijk', sector: 'onderwijs', region: 'WVL' },
  { key: 'opgroeien', name: 'Opgroeien (demo)', sector: 'overheid', region: null },
  { key: 'beheer', name: 'Functioneel beheer ROTS (demo)', sector: 'overheid', region: null },
]

const ALL_REGIONS = REGIONS.map((r) => r.code)

export interface DemoAccount {
  email: string
  name: string
  role: Role
  regions: RegionCode[]
  organisation: string
}

const DEMO_ACCOUNTS: (Omit<DemoAccount, 'organisation'> & { org: string })[] = [
  { email: 'aanmelder.vb@rots.example', name: 'An Aanmelder', role: 'aanmelder', regions: ['VB'], org: 'clb-vb' },
  { email: 'aanmelder.wvl@rots.example', name: 'Wout Aanmelder', role: 'aanmelder', regions: ['WVL'], org: 'jh-wvl' },
  { email: 'coordinator.vb@rots.example', name: 'Cato Coördinator', role: 'coordinator', regions: ['VB'], org: 'rots-vb' },
  { email: 'coordinator.wvl@rots.example', name: 'Wim Coördinator', role: 'coordinator', regions: ['WVL'], org: 'rots-wvl' },
  { email: 'tafellid.vb@rots.example', name: 'Tine Tafellid', role: 'tafellid', regions: ['VB'], org: 'naft-vb' },
  { email: 'tafellid.wvl@rots.example', name: 'Tom Tafellid', role: 'tafellid', regions: ['WVL'], org: 'school-wvl' },
  { email: 'analist@rots.example', name: 'Ann Analist', role: 'analist', regions: ALL_REGIONS, org: 'opgroeien' },
  { email: 'beheerder@rots.example', name: 'Bart Beheerder', role: 'beheerder', regions: ALL_REGIONS, org: 'beheer' },
]

/**
 * Demo organisations and one account per role (per region where the role is regional).
 * Runs only on an empty user table, so a demo install that was changed is left alone.
 */
export async function seedDemo(db: Db): Promise<DemoAccount[] | null> {
  const [existing] = await db.select({ n: sql<number>`count(*)` }).from(users)
  if ((existing?.n ?? 0) > 0) return null
  const orgIds = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, newId()]))
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const accounts = DEMO_ACCOUNTS.map((a) => ({ ...a, id: newId() }))
  await atomic(db, [
    ...DEMO_ORGANISATIONS.map((o) =>
      db.insert(organisations).values({ id: orgIds.get(o.key) as string, name: o.name, sector: o.sector, regionCode: o.region }),
    ),
    ...accounts.map((a) => db.insert(users).values({ id: a.id, email: a.email, name: a.name, organisationId: orgIds.get(a.org) as string, passwordHash })),
    ...accounts.flatMap((a) => a.regions.map((regionCode) => db.insert(grants).values({ userId: a.id, role: a.role, regionCode }))),
  ])
  return accounts.map((a) => ({
    email: a.email,
    name: a.name,
    role: a.role,
    regions: a.regions,
    organisation: DEMO_ORGANISATIONS.find((o) => o.key === a.org)?.name ?? '',
  }))
}
