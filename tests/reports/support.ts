import { eq } from 'drizzle-orm'
import { cases, caseThemes, organisations, users } from '../../db/schema'
import { newId } from '../../src/ids'
import type { CaseStatus } from '../../src/lists'
import type { testApp } from '../support'

type Env = Awaited<ReturnType<typeof testApp>>

export interface CaseSpec {
  region?: 'VB' | 'WVL'
  /** ISO instant of submission. */
  submitted: string
  urgency?: 'gewoon' | 'hoog' | 'crisis'
  status?: CaseStatus
  educationLevel?: 'lager' | 'sec_1' | 'sec_2' | 'sec_3' | 'buso'
  age?: number
  themes?: string[]
  statistics?: boolean
}

/**
 * Submitted cases written straight into the database, with exactly the attributes a report
 * counts: crafted data for disclosure tests, without going through the intake screens.
 */
export async function fileCases(env: Env, specs: CaseSpec[], times = 1): Promise<string[]> {
  const { db } = env.deps
  const referrerFor = async (region: string) => {
    const email = region === 'VB' ? 'aanmelder.vb@rots.example' : 'aanmelder.wvl@rots.example'
    const [row] = await db
      .select({ id: users.id, org: users.organisationId })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.email, email))
    if (!row) throw new Error(`no demo referrer for ${region}`)
    return row
  }
  const ids: string[] = []
  for (const spec of specs.flatMap((s) => Array.from({ length: times }, () => s))) {
    const region = spec.region ?? 'VB'
    const referrer = await referrerFor(region)
    const id = newId()
    const at = new Date(spec.submitted)
    await db.insert(cases).values({
      id,
      regionCode: region,
      organisationId: referrer.org,
      referrerId: referrer.id,
      status: spec.status ?? 'aangemeld',
      urgency: spec.urgency ?? 'gewoon',
      ageYears: spec.age ?? 15,
      educationLevel: spec.educationLevel ?? 'sec_2',
      consent: JSON.stringify({
        purposes: spec.statistics === false ? ['consult'] : ['consult', 'statistiek'],
        givenBy: 'beiden',
        date: '2026-01-05',
        method: 'schriftelijk',
      }),
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
    })
    for (const theme of spec.themes ?? ['spijbelen']) await db.insert(caseThemes).values({ caseId: id, theme })
    ids.push(id)
  }
  return ids
}
