import { eq, sql } from 'drizzle-orm'
import type { AuthUser } from '../src/auth/access'
import { createConcept, submitCase } from '../src/cases/intake'
import { draftSchema } from '../src/cases/schemas'
import { acceptCase } from '../src/cases/transitions'
import type { Deps } from '../src/deps'
import type { Format } from '../src/lists'
import { cases, grants, organisations, users } from './schema'

// Demo cases, filed and triaged through the same domain functions the screens use, so the demo
// never holds a state the app itself could not produce. Everything here is invented.

interface DemoCase {
  region: 'VB' | 'WVL'
  daysAgo: number
  /** Accepted at triage with this format, or left in the inbox. */
  accept?: Format
  form: Record<string, string | string[]>
}

const STORY = {
  naft: 'Na een NAFT-traject ging het enkele weken beter, daarna bleef de jongere opnieuw thuis. School en CLB hebben geen ingang meer.',
  angst: 'Angst om naar school te gaan sinds de overstap naar het secundair. Begeleiding door het CGG loopt, maar de afwezigheden stapelen zich op.',
  thuis: 'Moeilijke thuissituatie met zorg voor jongere broers en zussen; de jongere mist vooral de ochtenden. Jeugdhulp en school zitten vast.',
  okan: 'Na OKAN geen passende plek gevonden; twee scholen weigerden. De jongere is niet ingeschreven en zoekt werk.',
}

const CASES: DemoCase[] = [
  {
    region: 'VB',
    daysAgo: 21,
    accept: 'consult',
    form: person('Lotte', 'Demeester', '2010-05-11', 'sec_2', 'tso', 'hoog', ['spijbelen', 'psychisch'], STORY.angst),
  },
  {
    region: 'VB',
    daysAgo: 16,
    accept: 'overlegtafel',
    form: person('Milan', 'Verhaegen', '2011-01-23', 'sec_1', undefined, 'gewoon', ['spijbelen', 'thuissituatie'], STORY.thuis),
  },
  {
    region: 'VB',
    daysAgo: 9,
    accept: 'consult',
    form: person('Sara', 'Benali', '2009-09-02', 'sec_3', 'bso', 'crisis', ['schoolweigering', 'psychisch'], STORY.naft),
  },
  { region: 'VB', daysAgo: 6, accept: 'consult', form: person('Jonas', 'Peeters', '2012-03-30', 'sec_1', undefined, 'gewoon', ['gedrag'], STORY.naft) },
  {
    region: 'VB',
    daysAgo: 2,
    form: person('Amira', 'El Idrissi', '2009-12-14', 'niet_ingeschreven', undefined, 'hoog', ['anderstalig', 'leerrecht'], STORY.okan),
  },
  { region: 'VB', daysAgo: 1, form: person('Noah', 'Wouters', '2010-07-08', 'sec_2', 'aso', 'gewoon', ['spijbelen'], STORY.angst) },
  {
    region: 'WVL',
    daysAgo: 14,
    accept: 'consult',
    form: person('Emma', 'Vandamme', '2010-02-17', 'sec_2', 'bso', 'hoog', ['spijbelen', 'armoede'], STORY.thuis),
  },
  {
    region: 'WVL',
    daysAgo: 8,
    accept: 'overlegtafel',
    form: person('Lucas', 'Declercq', '2011-11-05', 'sec_1', undefined, 'gewoon', ['schoolweigering'], STORY.angst),
  },
  { region: 'WVL', daysAgo: 3, form: person('Yasmine', 'Bouzid', '2009-04-21', 'sec_3', 'duaal', 'gewoon', ['warme_overdracht'], STORY.okan) },
]

function person(
  voornaam: string,
  achternaam: string,
  geboortedatum: string,
  onderwijsniveau: string,
  studierichting: string | undefined,
  urgentie: string,
  themas: string[],
  vastgelopen: string,
): Record<string, string | string[]> {
  return {
    voornaam,
    achternaam,
    geboortedatum,
    school: 'Demoschool (verzonnen)',
    onderwijsniveau,
    ...(studierichting ? { studierichting } : {}),
    leefsituatie: 'beide_ouders',
    themas,
    traject_type: ['naft', 'clb_begeleiding'],
    traject_aanbieder: ['NAFT-project (demo)', 'CLB (demo)'],
    traject_periode: ['najaar 2025', 'sinds september 2025'],
    traject_effect: ['Korte verbetering, daarna opnieuw afwezig.', 'Gesprekken lopen, zonder resultaat op de aanwezigheid.'],
    vastgelopen,
    vraag: 'Welk aanbod op maat helpt deze jongere terug op weg naar school of opleiding?',
    formaat: 'consult',
    partners: 'CLB, school, jeugdhulp',
    geschiktheid: ['trajecten_geprobeerd', 'afwezigheid_aanhoudend', 'clb_en_welzijn_vast'],
    // the West-Flemish demo referrer works in jeugdhulp
    clb_akkoord: 'ja',
    toestemming: ['consult', 'overlegtafel', 'statistiek'],
    toestemming_door: 'beiden',
    toestemming_datum: '2026-01-15',
    toestemming_wijze: 'schriftelijk',
    urgentie,
    ...(urgentie === 'gewoon' ? {} : { urgentie_motivatie: 'De afwezigheden nemen snel toe en het schooljaar loopt ten einde.' }),
  }
}

/** Runs only while there are no cases, so restarting the demo keeps what users did. */
export async function seedDemoCases(deps: Deps): Promise<number> {
  const [existing] = await deps.db.select({ n: sql<number>`count(*)` }).from(cases)
  if ((existing?.n ?? 0) > 0) return 0
  const actor = { userId: null, ip: 'demo' }
  let made = 0
  for (const demo of CASES) {
    const referrer = await demoUser(deps, `aanmelder.${demo.region.toLowerCase()}@rots.example`)
    const coordinator = await demoUser(deps, `coordinator.${demo.region.toLowerCase()}@rots.example`)
    if (!referrer || !coordinator) continue
    // file and triage "some days ago", so waiting times and the queue order look like a real month
    const at = new Date(deps.clock.now().getTime() - demo.daysAgo * 86_400_000)
    const then: Deps = { ...deps, clock: { now: () => at } }
    const concept = await createConcept(then, { ...actor, userId: referrer.id }, referrer, demo.region)
    if (!concept.ok) throw new Error(`demo concept refused: ${concept.reason}`)
    const form = draftSchema.parse({ ...demo.form, regio: demo.region })
    const submitted = await submitCase(then, { ...actor, userId: referrer.id }, referrer, concept.id, form, { keep: new Set(), hide: new Map() })
    if (!submitted.ok) throw new Error(`demo case refused: ${JSON.stringify(submitted)}`)
    if (demo.accept) {
      const accepted = await acceptCase(then, { ...actor, userId: coordinator.id }, coordinator, concept.id, demo.accept)
      if (!accepted.ok) throw new Error(`demo case not accepted: ${JSON.stringify(accepted)}`)
    }
    made++
  }
  return made
}

async function demoUser(deps: Deps, email: string): Promise<AuthUser | null> {
  const [row] = await deps.db
    .select({ id: users.id, email: users.email, name: users.name, organisationId: users.organisationId, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.email, email))
  if (!row) return null
  const userGrants = await deps.db.select({ role: grants.role, regionCode: grants.regionCode }).from(grants).where(eq(grants.userId, row.id))
  return { ...row, grants: userGrants }
}
