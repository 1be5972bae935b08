import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { and, eq, inArray } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, cases, consults, identities, outbox, tableMembers, tables, users, zittingen } from '../../db/schema'
import { DEMO_PASSWORD, seedDemo, seedReference } from '../../db/seed'
import { verifyChain } from '../../src/audit/log'
import { belgianDate } from '../../src/cases/rules'
import { isUniqueViolation } from '../../src/db'
import { fromD1 } from '../../src/db-d1'
import worker from '../../src/worker'
import { COMPLETE } from '../cases/support'

// Case intake on D1 inside workerd, through the Workers entry: what tests/cases/intake.test.ts
// shows on better-sqlite3, here with db.batch numbering, Web Crypto sealing and the scrubber's
// lexicons loaded in the runtime that production uses.

const ORIGIN = 'https://rots.example'
const AANMELDER = 'aanmelder.vb@rots.example'
const COORDINATOR = 'coordinator.vb@rots.example'
const OTHER_COORDINATOR = 'coordinator.wvl@rots.example'
const FIRST_NAME = 'Yusuf'
const LAST_NAME = 'El Amrani'

const db = () => fromD1(env.DB)
// the app numbers by the Belgian calendar year of the submit
const year = () => belgianDate(new Date()).slice(0, 4)

function request(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: 'manual', ...init }))
}

/** A form post as the browser sends it: repeated names for lists. */
function formInit(values: Record<string, string | string[]>, cookie?: string): RequestInit {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x)
  return {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    body: body.toString(),
  }
}

function post(path: string, values: Record<string, string | string[]>, cookie?: string): Promise<Response> {
  return request(path, formInit(values, cookie))
}

function get(path: string, cookie: string): Promise<Response> {
  return request(path, { headers: { Cookie: cookie } })
}

async function signIn(email: string): Promise<string> {
  const response = await post('/aanmelden', { email, wachtwoord: DEMO_PASSWORD })
  expect(response.status).toBe(303)
  await response.arrayBuffer()
  const cookie = /(?:^|,\s*)(rots_sessie=[^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')?.[1]
  expect(cookie).toBeDefined()
  return cookie as string
}

async function newConcept(cookie: string): Promise<string> {
  const response = await post('/aanmeldingen', {}, cookie)
  await response.arrayBuffer()
  const id = /\/aanmeldingen\/([a-z0-9]+)\/bewerken$/.exec(response.headers.get('Location') ?? '')?.[1]
  expect(response.status).toBe(303)
  expect(id).toBeDefined()
  return id as string
}

function submit(id: string, cookie: string): Promise<Response> {
  return post(`/aanmeldingen/${id}`, { ...COMPLETE, actie: 'indienen' }, cookie)
}

/** Latin-1 view of base64 data: a plaintext name would show up in it verbatim. */
function decodedBase64(value: string): string {
  return String.fromCharCode(...Uint8Array.from(atob(value), (ch) => ch.charCodeAt(0)))
}

let aanmelder: string
let caseId: string
let submitted: Response

beforeAll(async () => {
  await seedReference(db())
  await seedDemo(db())
  aanmelder = await signIn(AANMELDER)
  caseId = await newConcept(aanmelder)
  submitted = await submit(caseId, aanmelder)
  await submitted.arrayBuffer()
})

describe('submitting an aanmelding on D1', () => {
  it('answers 303 to the own case page', () => {
    expect(submitted.status).toBe(303)
    expect(submitted.headers.get('Location')).toBe(`/aanmeldingen/${caseId}?melding=ingediend`)
  })

  it('gives the first reference of the region and year, status aangemeld and a keyed pseudonym', async () => {
    const [row] = await db().select().from(cases).where(eq(cases.id, caseId))
    expect(row).toMatchObject({ reference: `ROTS-VB-${year()}-0001`, status: 'aangemeld', refSeq: 1, regionCode: 'VB' })
    expect(row?.pseudonym).toMatch(/^[0-9a-f]{64}$/)
    expect(row?.submittedAt).toBeInstanceOf(Date)
  })

  it('stores the free text scrubbed: a placeholder instead of the first name', async () => {
    const [row] = await db().select().from(cases).where(eq(cases.id, caseId))
    expect(row?.deadlock).toContain('[PERSOON 1]')
    expect(row?.deadlock).not.toContain(FIRST_NAME)
    expect(row?.deadlock).toContain('komt al maanden niet naar school')
  })

  it('seals the identity with AES-GCM: neither the ciphertext nor its bytes hold the name', async () => {
    const [sealed] = await db().select().from(identities).where(eq(identities.caseId, caseId))
    expect(sealed?.keyId).toBe('k1')
    expect(sealed?.iv).toBeDefined()
    const ciphertext = sealed?.ciphertext as string
    expect(ciphertext).not.toContain(FIRST_NAME)
    expect(ciphertext).not.toContain(LAST_NAME)
    expect(decodedBase64(ciphertext)).not.toContain(FIRST_NAME)
    expect(decodedBase64(ciphertext)).not.toContain('Amrani')
    // 12-byte iv, and a ciphertext longer than the GCM tag: something was sealed
    expect(decodedBase64(sealed?.iv as string)).toHaveLength(12)
    expect(decodedBase64(ciphertext).length).toBeGreaterThan(16)
  })

  it('leaves the name nowhere in the database outside the vault', async () => {
    const { results: tables } = await env.DB.prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name <> 'd1_migrations'",
    ).all<{ name: string }>()
    expect(tables.map((t) => t.name)).toContain('cases')
    for (const { name } of tables) {
      const { results } = await env.DB.prepare(`select * from "${name}"`).all()
      const dump = JSON.stringify(results)
      expect(dump, name).not.toContain(FIRST_NAME)
      expect(dump, name).not.toContain('Amrani')
    }
  })

  it('tells the region’s coordinator by reference only', async () => {
    const mails = await db().select().from(outbox).where(eq(outbox.to, COORDINATOR))
    expect(mails.map((m) => m.subject)).toContain(`Nieuwe aanmelding ROTS-VB-${year()}-0001 (urgentie: hoog)`)
  })
})

describe('the coordinators', () => {
  it('of the region see the reference in the triage inbox, without the name', async () => {
    const coordinator = await signIn(COORDINATOR)
    const inbox = await get('/triage', coordinator)
    expect(inbox.status).toBe(200)
    const html = await inbox.text()
    expect(html).toContain(`ROTS-VB-${year()}-0001`)
    expect(html).not.toContain(FIRST_NAME)
    expect(html).not.toContain(LAST_NAME)
  })

  it('of the region open the pseudonymised case file, without the name', async () => {
    const coordinator = await signIn(COORDINATOR)
    const file = await get(`/casussen/${caseId}`, coordinator)
    expect(file.status).toBe(200)
    const html = await file.text()
    expect(html).toContain(`ROTS-VB-${year()}-0001`)
    expect(html).toContain('[PERSOON 1]')
    expect(html).not.toContain(FIRST_NAME)
    expect(html).not.toContain(LAST_NAME)
  })

  it('of another region get 403 on the file and do not see it in their inbox', async () => {
    const other = await signIn(OTHER_COORDINATOR)
    const file = await get(`/casussen/${caseId}`, other)
    expect(file.status).toBe(403)
    expect(await file.text()).not.toContain(FIRST_NAME)
    const inbox = await get('/triage', other)
    expect(inbox.status).toBe(200)
    expect(await inbox.text()).not.toContain(`ROTS-VB-${year()}-0001`)
  })
})

/**
 * The D1 binding with its batches counted: how many were in flight at once, and how many lost a
 * race on a unique key (the audit chain's seq) and were retried by the app.
 */
function observedD1(binding: Cloudflare.Env['DB']) {
  const seen = { inFlight: 0, maxInFlight: 0, batches: 0, uniqueFailures: 0 }
  const wrapped = {
    prepare: (query: string) => binding.prepare(query),
    exec: (query: string) => binding.exec(query),
    async batch(statements: Parameters<typeof binding.batch>[0]) {
      seen.batches++
      seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight)
      try {
        return await binding.batch(statements)
      } catch (error) {
        if (isUniqueViolation(error)) seen.uniqueFailures++
        throw error
      } finally {
        seen.inFlight--
      }
    },
  }
  return { binding: wrapped as unknown as Cloudflare.Env['DB'], seen }
}

describe('numbering under concurrency (D1 batch, one statement)', () => {
  it('gives 10 simultaneous submits in one region distinct, consecutive references', async () => {
    const regionCases = () => db().select({ id: cases.id, seq: cases.refSeq, reference: cases.reference }).from(cases).where(eq(cases.regionCode, 'VB'))
    const before = Math.max(0, ...(await regionCases()).map((r) => r.seq ?? 0))
    const ids: string[] = []
    for (let i = 0; i < 10; i++) ids.push(await newConcept(aanmelder))

    const responses = await Promise.all(ids.map((id) => submit(id, aanmelder)))
    await Promise.all(responses.map((r) => r.arrayBuffer()))
    const statuses = responses.map((r) => r.status)
    expect(statuses).toEqual(Array(10).fill(303))

    const rows = await db().select({ reference: cases.reference, status: cases.status }).from(cases).where(inArray(cases.id, ids))
    expect(rows.every((r) => r.status === 'aangemeld')).toBe(true)
    const references = rows.map((r) => r.reference).sort()
    expect(new Set(references).size).toBe(10)
    expect(references).toEqual(Array.from({ length: 10 }, (_, i) => `ROTS-VB-${year()}-${String(before + i + 1).padStart(4, '0')}`))
    // and no gaps or duplicates over the region as a whole
    const all = (await regionCases()).filter((r) => r.reference !== null).map((r) => r.seq)
    expect(all.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: before + 10 }, (_, i) => i + 1))
  })

  it('stays consecutive when the batches of 10 submits are provably in flight together', async () => {
    const before = (await db().select({ seq: cases.refSeq }).from(cases).where(eq(cases.regionCode, 'VB'))).reduce((m, r) => Math.max(m, r.seq ?? 0), 0)
    const ids: string[] = []
    for (let i = 0; i < 10; i++) ids.push(await newConcept(aanmelder))
    const { binding, seen } = observedD1(env.DB)
    const statuses = await Promise.all(
      ids.map(async (id) => {
        const ctx = createExecutionContext()
        const request = new Request(`${ORIGIN}/aanmeldingen/${id}`, formInit({ ...COMPLETE, actie: 'indienen' }, aanmelder))
        const response = await worker.fetch(request, { ...env, DB: binding }, ctx)
        await response.arrayBuffer()
        await waitOnExecutionContext(ctx)
        return response.status
      }),
    )
    expect(statuses).toEqual(Array(10).fill(303))
    // the submits really raced inside D1 rather than running one after the other (today the audit
    // chain's seq retry also fires here: seen.uniqueFailures, 45 for 10 submits)
    expect(seen.maxInFlight).toBeGreaterThan(1)
    const rows = await db().select({ reference: cases.reference }).from(cases).where(inArray(cases.id, ids))
    expect(rows.map((r) => r.reference).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `ROTS-VB-${year()}-${String(before + i + 1).padStart(4, '0')}`))
  })
})

describe('revealing the identity', () => {
  it('shows the referrer the name for a stated reason and audits it', async () => {
    const response = await post(`/aanmeldingen/${caseId}/identiteit`, { reden: 'contact' }, aanmelder)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(FIRST_NAME)
    expect(html).toContain(LAST_NAME)
    expect(html).toContain('14/03/2010')
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'identiteit.getoond'), eq(auditLog.objectId, caseId)))
    expect(entries.map((e) => e.details)).toContain('{"reden":"contact"}')
  })

  it('refuses another organisation with 403 and audits the refusal', async () => {
    const stranger = await signIn('aanmelder.wvl@rots.example')
    const response = await post(`/aanmeldingen/${caseId}/identiteit`, { reden: 'contact' }, stranger)
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain(FIRST_NAME)
    const refused = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'identiteit.geweigerd'), eq(auditLog.objectId, caseId)))
    expect(refused).toHaveLength(1)
  })

  it('leaves one unbroken audit chain behind', async () => {
    const chain = await verifyChain(db())
    expect(chain).toMatchObject({ ok: true })
    expect(chain.entries).toBeGreaterThan(20)
  })
})

describe('triage on D1', () => {
  it('accepts a case in a consented format and redirects another with a scrubbed reason', async () => {
    const coordinator = await signIn(COORDINATOR)
    const accepted = await post(`/casussen/${caseId}/aanvaarden`, { formaat: 'consult' }, coordinator)
    expect(accepted.status).toBe(303)
    const refused = await post(`/casussen/${caseId}/aanvaarden`, { formaat: 'consult' }, coordinator)
    expect(refused.status).toBe(409)
    const [row] = await db().select().from(cases).where(eq(cases.id, caseId))
    expect(row).toMatchObject({ status: 'aanvaard', format: 'consult' })

    const other = await newConcept(aanmelder)
    expect((await submit(other, aanmelder)).status).toBe(303)
    const redirected = await post(`/casussen/${other}/doorverwijzen`, { reden: `Eerst het CGG; ${FIRST_NAME} kan daar terecht.` }, coordinator)
    expect(redirected.status).toBe(303)
    const [gone] = await db().select().from(cases).where(eq(cases.id, other))
    expect(gone?.status).toBe('doorverwezen')
    const file = await (await get(`/casussen/${other}`, coordinator)).text()
    expect(file).toContain('Eerst het CGG')
    expect(file).not.toContain(FIRST_NAME)
  })
})

describe('planning and the consult on D1', () => {
  let coordinator: string
  let zittingId: string
  let orgIds: string[]

  beforeAll(async () => {
    coordinator = await signIn(COORDINATOR)
    // a table with the region's tafellid, sitting today (inserted: the Worker's clock is the real one)
    const [member] = await db().select({ id: users.id, org: users.organisationId }).from(users).where(eq(users.email, 'tafellid.vb@rots.example'))
    const [referrer] = await db().select({ org: users.organisationId }).from(users).where(eq(users.email, AANMELDER))
    orgIds = [member?.org as string, referrer?.org as string]
    const now = new Date()
    await db().insert(tables).values({ id: 'd1tafel', regionCode: 'VB', name: 'Tafel D1', location: 'Leuven', createdAt: now })
    await db()
      .insert(tableMembers)
      .values({ tableId: 'd1tafel', userId: member?.id as string })
    zittingId = 'd1zitting'
    await db()
      .insert(zittingen)
      .values({ id: zittingId, tableId: 'd1tafel', date: belgianDate(now), startTime: '00:00', endTime: '23:59', location: 'Leuven', updatedAt: now })
  })

  it('puts the accepted case on the agenda and sends it with a calendar invitation', async () => {
    expect((await post(`/planning/zittingen/${zittingId}/casussen`, { casus: caseId }, coordinator)).status).toBe(303)
    const [row] = await db().select().from(cases).where(eq(cases.id, caseId))
    expect(row?.status).toBe('ingepland')
    expect((await post(`/planning/zittingen/${zittingId}/versturen`, {}, coordinator)).status).toBe(303)
    const mails = await db().select().from(outbox)
    const invitations = mails.filter((m) => m.attachments?.includes('BEGIN:VCALENDAR'))
    expect(invitations.length).toBeGreaterThanOrEqual(2)
    for (const mail of invitations) expect(mail.text).not.toContain('komt al maanden niet naar school')
  })

  it('records the bespreking with scrubbed text and releases the report to the referrer', async () => {
    const form: Record<string, string> = {
      actie: 'indienen',
      analyse: `${FIRST_NAME} haakt af door angst; school en CLB wachten op elkaar.`,
      advies: 'Een time-out met een warme overdracht terug naar school.',
      actie_omschrijving: 'Intakegesprek time-out plannen',
      actie_sector: 'naft',
      actie_termijn: '2099-01-15',
      opvolgdatum: '2099-02-15',
    }
    for (const org of orgIds) form[`aanwezigheid_${org}`] = 'aanwezig'
    const recorded = await post(`/bespreking/${caseId}`, form, coordinator)
    expect(recorded.status).toBe(303)
    const [consult] = await db().select().from(consults).where(eq(consults.caseId, caseId))
    expect(consult?.analysis).toContain('[PERSOON 1] haakt af')
    expect(consult?.analysis).not.toContain(FIRST_NAME)
    expect((await post(`/bespreking/${caseId}/vrijgeven`, {}, coordinator)).status).toBe(303)
    const [row] = await db().select().from(cases).where(eq(cases.id, caseId))
    expect(row?.status).toBe('opvolging')
    const report = await (await get(`/verslag/${caseId}`, aanmelder)).text()
    expect(report).toContain('Een time-out met een warme overdracht')
    expect(report).not.toContain(FIRST_NAME)
  })
})

describe('reports on D1', () => {
  it('counts the submitted cases on the page and in the CSV', async () => {
    const coordinator = await signIn(COORDINATOR)
    const page = await get('/rapporten', coordinator)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('id="rapport-aanmeldingen"')
    const csv = await get('/rapporten/export/aanmeldingen.csv', coordinator)
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer())
    expect(text.startsWith('\uFEFFPeriode;Aanmeldingen\r\n')).toBe(true)
    // the suites above filed over twenty cases in Vlaams-Brabant this school year
    expect(Number(/\r\nTotaal;(\d+)\r\n/.exec(text)?.[1])).toBeGreaterThanOrEqual(20)
  })
})
