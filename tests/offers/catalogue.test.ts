import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, offers } from '../../db/schema'
import { testApp } from '../support'

const OFFER = {
  regio: 'VB',
  naam: 'Herstelgerichte groepsbegeleiding',
  aanbieder: 'Demo Herstelwerking Leuven',
  soort: 'rta_jeugdhulp',
  doelgroep: 'Jongeren na een conflict op school',
  leeftijd_van: '12',
  leeftijd_tot: '18',
  niveaus: 'sec_2',
  contact: '016 00 00 09',
  wachttijd: '3',
  opmerkingen: '',
}

async function coordinator() {
  const env = await testApp()
  return { ...env, cookie: await env.client.login('coordinator.vb@rots.example') }
}

describe('the offer catalogue (sociale kaart)', () => {
  it('lists the demo catalogue of the coordinator’s region only', async () => {
    const { client, cookie } = await coordinator()
    const html = await (await client.get('/aanbod', cookie)).text()
    expect(html).toContain('Jongerenwerking CGG')
    expect(html).not.toContain('Leerwerkbedrijf')
  })

  it('filters by search text, type, education level and age', async () => {
    const { client, cookie } = await coordinator()
    const search = await (await client.get('/aanbod?q=schoolweigering', cookie)).text()
    expect(search).toContain('Mobiele begeleiding schoolweigering')
    expect(search).toContain('Jongerenwerking CGG')
    expect(search).not.toContain('Klastime-out')
    expect(await (await client.get('/aanbod?soort=okan', cookie)).text()).not.toContain('NAFT individuele time-out')
    const level = await (await client.get('/aanbod?niveau=okan', cookie)).text()
    expect(level).toContain('OKAN-klas')
    expect(level).toContain('Jongerenadviescentrum')
    expect(level).not.toContain('Klastime-out')
    const age = await (await client.get('/aanbod?leeftijd=8', cookie)).text()
    expect(age).toContain('Mobiele begeleiding schoolweigering')
    expect(age).not.toContain('NAFT individuele time-out')
    expect((await client.get('/aanbod?leeftijd=abc&soort=onzin', cookie)).status).toBe(200)
  })

  it('adds, edits and archives an offer after confirmation, with audit entries', async () => {
    const { client, cookie, deps } = await coordinator()
    expect((await client.post('/aanbod', OFFER, cookie)).status).toBe(303)
    const [row] = await deps.db.select().from(offers).where(eq(offers.name, OFFER.naam))
    expect(row).toMatchObject({ ageMin: 12, ageMax: 18, educationLevels: '["sec_2"]', waitingWeeks: 3 })
    expect((await client.post(`/aanbod/${row?.id}`, { ...OFFER, wachttijd: '5' }, cookie)).status).toBe(303)
    expect(await (await client.get(`/aanbod/${row?.id}/archiveren`, cookie)).text()).toContain('Ja, archiveren')
    expect((await client.post(`/aanbod/${row?.id}/archiveren`, {}, cookie)).status).toBe(303)
    expect(await (await client.get('/aanbod', cookie)).text()).not.toContain(OFFER.naam)
    const actions = (await deps.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a)
    expect(actions).toEqual(expect.arrayContaining(['aanbod.toegevoegd', 'aanbod.gewijzigd', 'aanbod.gearchiveerd']))
  })

  it('keeps every value and answers 422 with Dutch messages on bad input', async () => {
    const { client, cookie } = await coordinator()
    const res = await client.post('/aanbod', { ...OFFER, naam: '', wachttijd: 'veel' }, cookie)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Vul de naam van het aanbod in.')
    expect(html).toContain('Vul de wachttijd in weken in')
    expect(html).toContain('value="Demo Herstelwerking Leuven"')
    const ages = await client.post('/aanbod', { ...OFFER, leeftijd_van: '17', leeftijd_tot: '12' }, cookie)
    expect(ages.status).toBe(422)
    expect(await ages.text()).toContain('De maximumleeftijd ligt onder de minimumleeftijd.')
  })

  it('refuses another region’s offers and non-coordinators', async () => {
    const { client, cookie, deps } = await coordinator()
    expect((await client.post('/aanbod', { ...OFFER, regio: 'WVL' }, cookie)).status).toBe(403)
    const [wvl] = await deps.db.select().from(offers).where(eq(offers.regionCode, 'WVL'))
    expect((await client.get(`/aanbod/${wvl?.id}`, cookie)).status).toBe(404)
    expect((await client.post(`/aanbod/${wvl?.id}/archiveren`, {}, cookie)).status).toBe(403)
    const aanmelder = await client.login('aanmelder.vb@rots.example')
    expect((await client.get('/aanbod', aanmelder)).status).toBe(403)
  })
})
