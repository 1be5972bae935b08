import { and, eq, sql } from 'drizzle-orm'
import { hashPassword } from '../src/auth/passwords'
import { belgianDate } from '../src/cases/rules'
import { atomic, type Db, type Statement } from '../src/db'
import { newId } from '../src/ids'
import { type Addressee, REGIONS, type RegionCode, type Role, regionName, SEED_LISTS, type SectorCode } from '../src/lists'
import { seriesDates } from '../src/tables/series'
import { grants, listItems, offers, organisations, regions, tableMembers, tables, users, zittingen } from './schema'

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
  administration?: Addressee
}

const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'clb-vb', name: 'Vrij CLB Demo Leuven', sector: 'clb', region: 'VB' },
  { key: 'jh-wvl', name: 'Jeugdhulp Demo Brugge', sector: 'jeugdhulp', region: 'WVL' },
  { key: 'rots-vb', name: 'ROTS Vlaams-Brabant (demo)', sector: 'overheid', region: 'VB' },
  { key: 'rots-wvl', name: 'ROTS West-Vlaanderen (demo)', sector: 'overheid', region: 'WVL' },
  { key: 'naft-vb', name: 'NAFT-project Demo Leuven', sector: 'naft', region: 'VB' },
  { key: 'school-wvl', name: 'Demo Secundaire School Kortrijk', sector: 'onderwijs', region: 'WVL' },
  { key: 'opgroeien', name: 'Opgroeien (demo)', sector: 'overheid', region: null, administration: 'opgroeien' },
  { key: 'onderwijs', name: 'Departement Onderwijs en Vorming (demo)', sector: 'overheid', region: null, administration: 'onderwijs' },
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
  { email: 'analist.onderwijs@rots.example', name: 'Omar Analist', role: 'analist', regions: ALL_REGIONS, org: 'onderwijs' },
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
      db
        .insert(organisations)
        .values({ id: orgIds.get(o.key) as string, name: o.name, sector: o.sector, regionCode: o.region, administration: o.administration ?? null }),
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

type DemoOffer = Omit<typeof offers.$inferInsert, 'id' | 'updatedAt'>

// A plausible sociale kaart for the two demo regions: the kinds of offer a table points to.
const DEMO_OFFERS: DemoOffer[] = [
  {
    regionCode: 'VB',
    name: 'NAFT individuele time-out',
    provider: 'NAFT-project Demo Leuven',
    type: 'naft',
    targetGroup: 'Jongeren in het secundair die dreigen af te haken',
    ageMin: 12,
    ageMax: 18,
    educationLevels: '["sec_1","sec_2","sec_3","buso"]',
    contact: '016 00 00 01',
    waitingWeeks: 4,
  },
  {
    regionCode: 'VB',
    name: 'Klastime-out',
    provider: 'NAFT-project Demo Leuven',
    type: 'time_out',
    targetGroup: 'Klasgroepen met een verstoorde dynamiek',
    ageMin: 12,
    ageMax: 16,
    educationLevels: '["sec_1","sec_2"]',
    contact: '016 00 00 01',
    waitingWeeks: 8,
  },
  {
    regionCode: 'VB',
    name: 'Jongerenwerking CGG',
    provider: 'CGG Demo Vlaams-Brabant Oost',
    type: 'cgg',
    targetGroup: 'Jongeren met angst, depressie of schoolweigering',
    ageMin: 12,
    ageMax: 23,
    educationLevels: '[]',
    contact: 'onthaal@cgg-demo.example',
    waitingWeeks: 16,
  },
  {
    regionCode: 'VB',
    name: 'Jongerenadviescentrum (JAC)',
    provider: 'CAW Demo Oost-Brabant',
    type: 'jac',
    targetGroup: 'Iedere jongere met een vraag, anoniem',
    ageMin: 12,
    ageMax: 25,
    educationLevels: '[]',
    contact: 'jac@caw-demo.example',
    waitingWeeks: 0,
  },
  {
    regionCode: 'VB',
    name: 'OKAN-klas en vervolgcoaching',
    provider: 'Demo Atheneum Leuven',
    type: 'okan',
    targetGroup: 'Anderstalige nieuwkomers',
    ageMin: 12,
    ageMax: 18,
    educationLevels: '["okan"]',
    contact: '016 00 00 02',
    waitingWeeks: 2,
  },
  {
    regionCode: 'VB',
    name: 'Mobiele begeleiding schoolweigering',
    provider: 'Demo Jeugdhulp Oost-Brabant',
    type: 'rta_jeugdhulp',
    targetGroup: 'Gezinnen met een kind dat school weigert',
    ageMin: 6,
    ageMax: 18,
    educationLevels: '[]',
    contact: '016 00 00 03',
    waitingWeeks: 6,
  },
  {
    regionCode: 'WVL',
    name: 'Leerwerkbedrijf',
    provider: 'Demo Leerwerkplaats Brugge',
    type: 'andere',
    targetGroup: 'Jongeren in deeltijds leren die werkattitudes oefenen',
    ageMin: 15,
    ageMax: 25,
    educationLevels: '["sec_2","sec_3"]',
    contact: '050 00 00 01',
    waitingWeeks: 3,
  },
  {
    regionCode: 'WVL',
    name: 'Trajectbegeleiding na schooluitval',
    provider: 'Demo Trajectdienst Kortrijk',
    type: 'andere',
    targetGroup: 'Jongeren zonder diploma die terug willen instappen',
    ageMin: 15,
    ageMax: 25,
    educationLevels: '["niet_ingeschreven","sec_3"]',
    contact: '056 00 00 01',
    waitingWeeks: 5,
  },
  {
    regionCode: 'WVL',
    name: 'NAFT-traject op maat',
    provider: 'NAFT Demo Zuid-West-Vlaanderen',
    type: 'naft',
    targetGroup: 'Leerlingen met problematische afwezigheid',
    ageMin: 12,
    ageMax: 18,
    educationLevels: '["sec_1","sec_2","sec_3"]',
    contact: '056 00 00 02',
    waitingWeeks: 4,
  },
  {
    regionCode: 'WVL',
    name: 'Ondersteuningsnetwerk Noord',
    provider: 'Demo Ondersteuningsnetwerk West',
    type: 'ondersteuningsnetwerk',
    targetGroup: 'Leerlingen met specifieke onderwijsbehoeften',
    ageMin: 3,
    ageMax: 21,
    educationLevels: '[]',
    contact: '050 00 00 02',
    waitingWeeks: 2,
  },
]

/** Demo offers for an empty catalogue; like seedDemo, it leaves a catalogue that was changed alone. */
export async function seedDemoOffers(db: Db, now: Date): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)` }).from(offers)
  if ((existing?.n ?? 0) > 0) return 0
  await atomic(
    db,
    DEMO_OFFERS.map((o) => db.insert(offers).values({ ...o, id: newId(), updatedAt: now })),
  )
  return DEMO_OFFERS.length
}

const DEMO_TABLES: { region: RegionCode; location: string }[] = [
  { region: 'VB', location: 'Provinciehuis Leuven (demo), vergaderzaal 2' },
  { region: 'WVL', location: 'Provinciehuis Brugge (demo), vergaderzaal 1' },
]

/**
 * One overlegtafel per demo region with the region's tafelleden as members and three monthly
 * zittingen ahead of `now`, on the 3rd Thursday, 13:30–16:00. Runs only while there are no tables.
 */
export async function seedDemoTables(db: Db, now: Date): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)` }).from(tables)
  if ((existing?.n ?? 0) > 0) return 0
  const today = belgianDate(now)
  const dates = seriesDates({ kind: 'monthly', from: today, nth: 3, weekday: 4, months: 6 })
    .dates.filter((d) => d > today)
    .slice(0, 3)
  const statements: Statement[] = []
  for (const demo of DEMO_TABLES) {
    const members = await db
      .select({ id: grants.userId })
      .from(grants)
      .innerJoin(users, eq(users.id, grants.userId))
      .where(and(eq(grants.role, 'tafellid'), eq(grants.regionCode, demo.region), eq(users.active, true)))
    const tableId = newId()
    statements.push(
      db
        .insert(tables)
        .values({ id: tableId, regionCode: demo.region, name: `Overlegtafel ${regionName(demo.region)}`, location: demo.location, createdAt: now }),
      ...members.map((m) => db.insert(tableMembers).values({ tableId, userId: m.id })),
      ...dates.map((date) =>
        db
          .insert(zittingen)
          .values({ id: newId(), tableId, date, startTime: '13:30', endTime: '16:00', location: demo.location, updatedAt: now, createdAt: now }),
      ),
    )
  }
  await atomic(db, statements)
  return DEMO_TABLES.length
}
