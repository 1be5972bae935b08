import { and, asc, eq, isNotNull, sql } from 'drizzle-orm'
import type { AuthUser } from '../src/auth/access'
import type { Deps } from '../src/deps'
import type { Role } from '../src/lists'
import { bundleSignals } from '../src/signals/bundle'
import { closeSignal } from '../src/signals/close'
import { forwardSignal } from '../src/signals/forward'
import { raiseSignal } from '../src/signals/register'
import { recordResponse } from '../src/signals/respond'
import { bundleSchema, responseSchema, signalSchema } from '../src/signals/schemas'
import { cases, grants, organisations, signals, users } from './schema'

// Demo signals in every status, made through the same domain functions the screens use, so the
// demo never holds a state the app could not produce. Everything here is invented.

const NO_REVIEW = { keep: new Set<string>(), hide: new Map() }
const DAY = 86_400_000

interface DemoSignal {
  key: string
  region: 'VB' | 'WVL'
  daysAgo: number
  form: { titel: string; beschrijving: string; niveau: string; themas: string[]; bestemmelingen: string[] }
  /** How many of the region's demo cases it rests on (as many as exist). */
  cases: number
}

const SIGNALS: DemoSignal[] = [
  {
    key: 'timeout',
    region: 'VB',
    daysAgo: 12,
    cases: 2,
    form: {
      titel: 'Te weinig time-outplaatsen voor de eerste graad',
      beschrijving:
        'Scholen vinden voor leerlingen van de eerste graad geen time-outplaats binnen de zes weken. De wachttijd maakt dat de afwezigheden oplopen voor de time-out start.',
      niveau: 'regionaal',
      themas: ['spijbelen', 'leerrecht'],
      bestemmelingen: ['opgroeien', 'onderwijs'],
    },
  },
  {
    key: 'cgg',
    region: 'VB',
    daysAgo: 20,
    cases: 1,
    form: {
      titel: 'Wachtlijst CGG voor jongeren met schoolweigering',
      beschrijving: 'Jongeren met angst om naar school te gaan wachten maanden op een eerste gesprek bij het CGG.',
      niveau: 'regionaal',
      themas: ['schoolweigering', 'psychisch'],
      bestemmelingen: ['opgroeien'],
    },
  },
  {
    key: 'mobiel',
    region: 'VB',
    daysAgo: 18,
    cases: 1,
    form: {
      titel: 'Geen mobiele begeleiding bij schoolweigering in het oosten van de regio',
      beschrijving: 'Gezinnen buiten de steden krijgen geen begeleiding aan huis; het aanbod stopt aan de stadsgrens.',
      niveau: 'lokaal',
      themas: ['schoolweigering', 'thuissituatie'],
      bestemmelingen: ['opgroeien', 'lokaal_bestuur'],
    },
  },
  {
    key: 'okan',
    region: 'VB',
    daysAgo: 30,
    cases: 1,
    form: {
      titel: 'Geen aanbod voor OKAN-verlaters zonder school',
      beschrijving: 'Na OKAN vinden jongeren die door twee scholen geweigerd werden geen vervolg; zij vallen tussen onderwijs en werk.',
      niveau: 'vlaams',
      themas: ['anderstalig', 'leerrecht'],
      bestemmelingen: ['opgroeien'],
    },
  },
  {
    key: 'duaal',
    region: 'WVL',
    daysAgo: 9,
    cases: 2,
    form: {
      titel: 'Deeltijds leren: te weinig werkplekken',
      beschrijving: 'Leerlingen in het deeltijds leren vinden geen werkplek en zitten dan hele weken zonder opleiding.',
      niveau: 'vlaams',
      themas: ['warme_overdracht', 'spijbelen'],
      bestemmelingen: ['onderwijs'],
    },
  },
  {
    key: 'vervoer',
    region: 'WVL',
    daysAgo: 25,
    cases: 1,
    form: {
      titel: 'Vervoer naar het NAFT-project onbetaalbaar',
      beschrijving: 'Voor gezinnen in armoede is het busabonnement naar het NAFT-project te duur; de jongere haakt af.',
      niveau: 'lokaal',
      themas: ['armoede', 'leerrecht'],
      bestemmelingen: ['lokaal_bestuur'],
    },
  },
]

/**
 * A few demo signals in Vlaams-Brabant and West-Vlaanderen: one new, one bundle of two, one
 * forwarded to Opgroeien and answered, one forwarded to Onderwijs without an answer, one closed.
 * Runs only while there are no signals, so restarting the demo keeps what users did. Best run after
 * the demo cases, so signals can rest on them.
 */
export async function seedDemoSignals(deps: Deps): Promise<number> {
  const [existing] = await deps.db.select({ n: sql<number>`count(*)` }).from(signals)
  if ((existing?.n ?? 0) > 0) return 0
  const people = {
    VB: await demoUser(deps, 'coordinator.vb@rots.example'),
    WVL: await demoUser(deps, 'coordinator.wvl@rots.example'),
    opgroeien: await demoUser(deps, 'analist@rots.example'),
  }
  if (!people.VB || !people.WVL || !people.opgroeien) return 0
  const ids = new Map<string, string>()
  for (const demo of SIGNALS) {
    const coordinator = people[demo.region] as AuthUser
    const references = await demoReferences(deps, demo.region, demo.cases)
    const input = signalSchema.parse({ ...demo.form, regio: demo.region, casussen: references.join('\n') })
    const raised = await raiseSignal(at(deps, demo.daysAgo), actor(coordinator), coordinator, input, NO_REVIEW)
    if (!raised.ok) throw new Error(`demo signal refused: ${JSON.stringify(raised)}`)
    ids.set(demo.key, raised.id)
  }
  const get = (key: string) => ids.get(key) as string
  const vb = people.VB
  const wvl = people.WVL

  const bundle = bundleSchema.parse({
    regio: 'VB',
    signalen: [get('cgg'), get('mobiel')],
    titel: 'Schoolweigering: hulp komt te laat',
    beschrijving: 'Twee besprekingen stootten op hetzelfde: wie niet naar school durft, wacht te lang op hulp, en buiten de steden is er geen hulp aan huis.',
    niveau: 'regionaal',
  })
  expectOk(await bundleSignals(at(deps, 14), actor(vb), vb, bundle, NO_REVIEW))

  expectOk(await forwardSignal(at(deps, 26), actor(vb), vb, get('okan')))
  const answer = responseSchema.parse({
    antwoord:
      'Opgroeien neemt dit mee in het overleg met het Departement Onderwijs over trajecten na OKAN. Tegen het volgende schooljaar volgt een voorstel voor een overgangsaanbod.',
  })
  expectOk(await recordResponse(at(deps, 10), actor(people.opgroeien), people.opgroeien, get('okan'), answer))

  expectOk(await forwardSignal(at(deps, 5), actor(wvl), wvl, get('duaal')))

  expectOk(await forwardSignal(at(deps, 22), actor(wvl), wvl, get('vervoer')))
  expectOk(await closeSignal(at(deps, 15), actor(wvl), wvl, get('vervoer')))

  return ids.size + 1
}

/** The deps with the clock set `daysAgo` days back, so the register looks like a real month. */
function at(deps: Deps, daysAgo: number): Deps {
  const moment = new Date(deps.clock.now().getTime() - daysAgo * DAY)
  return { ...deps, clock: { now: () => moment } }
}

const actor = (user: AuthUser) => ({ userId: user.id, ip: 'demo' })

function expectOk(result: { ok: boolean }) {
  if (!result.ok) throw new Error(`demo signal step refused: ${JSON.stringify(result)}`)
}

async function demoReferences(deps: Deps, region: string, count: number): Promise<string[]> {
  const rows = await deps.db
    .select({ reference: cases.reference })
    .from(cases)
    .where(and(eq(cases.regionCode, region), isNotNull(cases.reference)))
    .orderBy(asc(cases.reference))
    .limit(count)
  return rows.map((r) => r.reference as string)
}

async function demoUser(deps: Deps, email: string): Promise<AuthUser | null> {
  const [row] = await deps.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      administration: organisations.administration,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.email, email))
  if (!row) return null
  const userGrants = await deps.db.select({ role: grants.role, regionCode: grants.regionCode }).from(grants).where(eq(grants.userId, row.id))
  return { ...row, grants: userGrants.map((g) => ({ role: g.role as Role, regionCode: g.regionCode })) }
}
