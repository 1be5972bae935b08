import { and, asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, tableMembers, tables, users, zittingen } from '../../db/schema'
import { testApp } from '../support'
import { parseIcs } from './ics-parse'

const TABLE = {
  regio: 'VB',
  naam: 'Tafel Leuven-Oost',
  slotduur: '',
  capaciteit: '',
  locatie: 'Sociaal Huis Demo, zaal 3',
  videolink: '',
}

async function coordinator() {
  const env = await testApp()
  const cookie = await env.client.login('coordinator.vb@rots.example')
  const [member] = await env.deps.db.select().from(users).where(eq(users.email, 'tafellid.vb@rots.example'))
  return { ...env, cookie, memberId: member?.id ?? '' }
}

/** A fresh VB table with the VB tafellid as its only member. */
async function withTable() {
  const env = await coordinator()
  const res = await env.client.post('/tafels', { ...TABLE, leden: env.memberId }, env.cookie)
  expect(res.status).toBe(303)
  const [table] = await env.deps.db.select().from(tables).where(eq(tables.name, TABLE.naam))
  return { ...env, tableId: table?.id ?? '' }
}

async function datesOf(env: Awaited<ReturnType<typeof withTable>>) {
  const rows = await env.deps.db.select({ date: zittingen.date }).from(zittingen).where(eq(zittingen.tableId, env.tableId)).orderBy(asc(zittingen.date))
  return rows.map((r) => r.date)
}

describe('overlegtafels and zittingen', () => {
  it('creates a table with defaults and its standing members, audited', async () => {
    const { client, cookie, deps, tableId, memberId } = await withTable()
    const [table] = await deps.db.select().from(tables).where(eq(tables.id, tableId))
    expect(table).toMatchObject({ regionCode: 'VB', slotMinutes: 45, capacity: 4, videoLink: null })
    expect(await deps.db.select().from(tableMembers).where(eq(tableMembers.tableId, tableId))).toEqual([{ tableId, userId: memberId }])
    const page = await (await client.get(`/tafels/${tableId}`, cookie)).text()
    expect(page).toContain('Tine Tafellid')
    expect(await (await client.get('/tafels', cookie)).text()).toContain(TABLE.naam)
    const actions = (await deps.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a)
    expect(actions).toContain('tafel.opgericht')
  })

  it('lists the demo table of the region with its zittingen on the 3rd Thursday', async () => {
    const { client, cookie } = await coordinator()
    const html = await (await client.get('/tafels', cookie)).text()
    expect(html).toContain('Overlegtafel Vlaams-Brabant')
    expect(html).toContain('19/03/2026 13:30–16:00')
    expect(html).toContain('16/04/2026')
    expect(html).not.toContain('Overlegtafel West-Vlaanderen')
  })

  it('refuses a member who is not a tafellid of the table’s region', async () => {
    const { client, cookie, deps } = await coordinator()
    const [other] = await deps.db.select().from(users).where(eq(users.email, 'tafellid.wvl@rots.example'))
    const res = await client.post('/tafels', { ...TABLE, leden: other?.id ?? '' }, cookie)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Kies enkel tafelleden van de regio van de tafel.')
  })

  it('plans a single zitting and tells the members with a link to its calendar entry', async () => {
    const { client, cookie, tableId, mailer, deps } = await withTable()
    const res = await client.post(`/tafels/${tableId}/zittingen`, { datum: '2026-03-19', begin: '13:30', einde: '16:00', locatie: '' }, cookie)
    expect(res.status).toBe(303)
    const [z] = await deps.db.select().from(zittingen).where(eq(zittingen.tableId, tableId))
    expect(z).toMatchObject({ date: '2026-03-19', location: TABLE.locatie, icsSequence: 0, status: 'gepland' })
    const mail = mailer.sent.find((m) => m.to === 'tafellid.vb@rots.example')
    expect(mail?.subject).toContain('Nieuwe zitting')
    expect(mail?.text).toContain(`/tafels/zittingen/${z?.id}/agenda.ics`)
    // the invitation travels with the mail too, identical to the download
    expect(mail?.attachments?.map((a) => a.filename)).toEqual(['zitting-2026-03-19.ics'])
    expect(parseIcs(mail?.attachments?.[0]?.content ?? '').event('UID')?.value).toBe(`zitting-${z?.id}@rots`)
    const ics = parseIcs(await (await client.get(`/tafels/zittingen/${z?.id}/agenda.ics`, cookie)).text())
    expect(ics.line('DTSTART')).toBe('DTSTART;TZID=Europe/Brussels:20260319T133000')
    expect(ics.event('SEQUENCE')?.value).toBe('0')
    expect(ics.method).toBe('REQUEST')
  })

  it('plans a monthly series on the 3rd Thursday', async () => {
    const env = await withTable()
    const series = {
      ritme: 'maandelijks',
      vanaf: '2026-03-02',
      rang: '3',
      weekdag: '4',
      aantal: '3',
      reeks_begin: '13:30',
      reeks_einde: '16:00',
      reeks_locatie: '',
    }
    const res = await env.client.post(`/tafels/${env.tableId}/reeks`, series, env.cookie)
    expect(res.status).toBe(303)
    expect(await datesOf(env)).toEqual(['2026-03-19', '2026-04-16', '2026-05-21'])
    const page = await (await env.client.get(res.headers.get('Location') ?? '', env.cookie)).text()
    expect(page).toContain('3 zittingen gepland')
    expect(env.mailer.sent.filter((m) => m.to === 'tafellid.vb@rots.example').at(-1)?.subject).toContain('3 nieuwe zittingen')
  })

  it('skips Belgian public holidays in a series (Hemelvaart 14/05/2026)', async () => {
    const env = await withTable()
    const base = { reeks_begin: '09:00', reeks_einde: '12:00', reeks_locatie: '' }
    const monthly = await env.client.post(
      `/tafels/${env.tableId}/reeks`,
      { ...base, ritme: 'maandelijks', vanaf: '2026-04-01', rang: '2', weekdag: '4', aantal: '3' },
      env.cookie,
    )
    expect(monthly.headers.get('Location')).toContain('gepland=2&overgeslagen=1')
    expect(await datesOf(env)).toEqual(['2026-04-09', '2026-06-11'])
    const weekly = await env.client.post(`/tafels/${env.tableId}/reeks`, { ...base, ritme: 'wekelijks', vanaf: '2026-05-07', aantal: '4' }, env.cookie)
    expect(weekly.status).toBe(303)
    expect((await datesOf(env)).filter((d) => d.startsWith('2026-05'))).toEqual(['2026-05-07', '2026-05-21', '2026-05-28'])
    const page = await (await env.client.get(weekly.headers.get('Location') ?? '', env.cookie)).text()
    expect(page).toContain('3 zittingen gepland (1 overgeslagen')
  })

  it('changing a zitting bumps SEQUENCE and notifies the members', async () => {
    const { client, cookie, deps, mailer } = await coordinator()
    const [z] = await deps.db.select().from(zittingen).where(eq(zittingen.date, '2026-03-19'))
    const url = `/tafels/zittingen/${z?.id}`
    expect(parseIcs(await (await client.get(`${url}/agenda.ics`, cookie)).text()).event('SEQUENCE')?.value).toBe('0')
    expect(await (await client.get(url, cookie)).text()).toContain('value="13:30"')
    const res = await client.post(url, { datum: '2026-03-20', begin: '14:00', einde: '16:30', locatie: 'Stadhuis Demo' }, cookie)
    expect(res.status).toBe(303)
    const ics = parseIcs(await (await client.get(`${url}/agenda.ics`, cookie)).text())
    expect(ics.event('SEQUENCE')?.value).toBe('1')
    expect(ics.line('DTSTART')).toBe('DTSTART;TZID=Europe/Brussels:20260320T140000')
    expect(ics.event('LOCATION')?.value).toBe('Stadhuis Demo')
    expect(ics.event('UID')?.value).toBe(`zitting-${z?.id}@rots`)
    const mail = mailer.sent.find((m) => m.to === 'tafellid.vb@rots.example' && m.subject.startsWith('Gewijzigde zitting'))
    expect(mail?.text).toContain('20/03/2026 van 14:00 tot 16:30, Stadhuis Demo')
    const actions = (await deps.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a)
    expect(actions).toContain('zitting.gewijzigd')
  })

  it('cancels only with a reason, then sends METHOD:CANCEL to the members', async () => {
    const { client, cookie, deps, mailer } = await coordinator()
    const [z] = await deps.db.select().from(zittingen).where(eq(zittingen.date, '2026-04-16'))
    const url = `/tafels/zittingen/${z?.id}/annuleren`
    expect(await (await client.get(url, cookie)).text()).toContain('Ja, annuleren')
    const empty = await client.post(url, { reden: '' }, cookie)
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Geef een reden voor de annulering')
    expect((await client.post(url, { reden: 'Te weinig casussen deze maand.' }, cookie)).status).toBe(303)
    const [row] = await deps.db
      .select()
      .from(zittingen)
      .where(eq(zittingen.id, z?.id ?? ''))
    expect(row).toMatchObject({ status: 'geannuleerd', cancelReason: 'Te weinig casussen deze maand.', icsSequence: 1 })
    const ics = parseIcs(await (await client.get(`/tafels/zittingen/${z?.id}/agenda.ics`, cookie)).text())
    expect(ics.method).toBe('CANCEL')
    expect(ics.event('SEQUENCE')?.value).toBe('1')
    const mail = mailer.sent.find((m) => m.to === 'tafellid.vb@rots.example' && m.subject.startsWith('Geannuleerde zitting'))
    expect(mail?.text).toContain('Reden: Te weinig casussen deze maand.')
    expect(mail?.attachments?.[0]?.contentType).toContain('method=CANCEL')
    expect(parseIcs(mail?.attachments?.[0]?.content ?? '').method).toBe('CANCEL')
    expect((await client.post(url, { reden: 'Nog eens annuleren.' }, cookie)).status).toBe(409)
  })

  it('answers 422 with Dutch messages and keeps every value', async () => {
    const { client, cookie, tableId } = await withTable()
    const res = await client.post('/tafels', { ...TABLE, naam: '', slotduur: 'lang', videolink: 'http://x' }, cookie)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Vul de naam van de tafel in.')
    expect(html).toContain('Vul een duur per casus van 10 tot 240 minuten in.')
    expect(html).toContain('Vul een videolink in die met https:// begint.')
    expect(html).toContain('value="Sociaal Huis Demo, zaal 3"')
    expect(html).toContain('value="lang"')
    const single = await client.post(`/tafels/${tableId}/zittingen`, { datum: '2026-03-19', begin: '16:00', einde: '13:30', locatie: 'Zaal X' }, cookie)
    expect(single.status).toBe(422)
    const page = await single.text()
    expect(page).toContain('Het einde ligt niet na het begin.')
    expect(page).toContain('value="Zaal X"')
    const holiday = await client.post(`/tafels/${tableId}/zittingen`, { datum: '2026-05-14', begin: '13:30', einde: '16:00', locatie: '' }, cookie)
    expect(holiday.status).toBe(422)
    expect(await holiday.text()).toContain('wettelijke feestdag')
    const series = await client.post(
      `/tafels/${tableId}/reeks`,
      { ritme: 'maandelijks', vanaf: '2026-13-01', aantal: '', reeks_begin: '13:30', reeks_einde: '16:00' },
      cookie,
    )
    expect(series.status).toBe(422)
    const seriesPage = await series.text()
    expect(seriesPage).toContain('Vul een geldige startdatum in.')
    expect(seriesPage).toContain('Vul een aantal van 1 tot 24 in.')
    expect(seriesPage).toContain('value="2026-13-01"')
  })

  it('refuses another region’s coordinator (404 on pages, 403 on writes) and an aanmelder', async () => {
    const { client, deps, tableId } = await withTable()
    const wvl = await client.login('coordinator.wvl@rots.example')
    expect(await (await client.get('/tafels', wvl)).text()).not.toContain(TABLE.naam)
    expect((await client.get(`/tafels/${tableId}`, wvl)).status).toBe(404)
    expect((await client.get(`/tafels/${tableId}/bewerken`, wvl)).status).toBe(404)
    expect((await client.post('/tafels', TABLE, wvl)).status).toBe(403)
    expect((await client.post(`/tafels/${tableId}`, { ...TABLE, regio: 'WVL' }, wvl)).status).toBe(403)
    expect((await client.post(`/tafels/${tableId}/zittingen`, { datum: '2026-03-19', begin: '13:30', einde: '16:00' }, wvl)).status).toBe(403)
    const [z] = await deps.db
      .select()
      .from(zittingen)
      .innerJoin(tables, eq(tables.id, zittingen.tableId))
      .where(and(eq(tables.regionCode, 'VB'), eq(zittingen.date, '2026-03-19')))
    const zid = z?.zittingen.id
    expect((await client.get(`/tafels/zittingen/${zid}`, wvl)).status).toBe(404)
    expect((await client.post(`/tafels/zittingen/${zid}`, { datum: '2026-03-20', begin: '13:30', einde: '16:00' }, wvl)).status).toBe(403)
    expect((await client.post(`/tafels/zittingen/${zid}/annuleren`, { reden: 'Geen zin in.' }, wvl)).status).toBe(403)
    const aanmelder = await client.login('aanmelder.vb@rots.example')
    expect((await client.get('/tafels', aanmelder)).status).toBe(403)
    expect((await client.post(`/tafels/${tableId}/zittingen`, { datum: '2026-03-19', begin: '13:30', einde: '16:00' }, aanmelder)).status).toBe(403)
  })

  it('serves the .ics to a member of the table and refuses an outsider', async () => {
    const { client, deps } = await coordinator()
    const [z] = await deps.db
      .select({ id: zittingen.id })
      .from(zittingen)
      .innerJoin(tables, eq(tables.id, zittingen.tableId))
      .where(eq(tables.regionCode, 'VB'))
      .limit(1)
    const url = `/tafels/zittingen/${z?.id}/agenda.ics`
    const member = await client.login('tafellid.vb@rots.example')
    const res = await client.get(url, member)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(parseIcs(await res.text()).event('SUMMARY')?.value).toBe('Overlegtafel Vlaams-Brabant')
    expect((await client.get(url, await client.login('tafellid.wvl@rots.example'))).status).toBe(403)
    expect((await client.get(url, await client.login('aanmelder.vb@rots.example'))).status).toBe(403)
    expect((await client.get(url)).status).toBe(303)
    expect((await client.get('/tafels/zittingen/onbekend/agenda.ics', member)).status).toBe(404)
    expect((await client.get(`/tafels`, member)).status).toBe(403)
  })
})
