import { describe, expect, it } from 'vitest'
import { signalAddressees, signals } from '../../db/schema'
import { seedDemoSignals } from '../../db/seed-signals'
import { REPORT_TTL_MS } from '../../src/reports/cache'
import { testApp } from '../support'
import { possibleSmallValues, type Shown } from './attacker'
import { fileCases } from './support'

const REPORT_IDS = [
  'aanmeldingen',
  'themas',
  'onderwijsniveau',
  'leeftijd',
  'urgentie',
  'sector',
  'status',
  'wachttijden',
  'uitkomsten',
  'acties',
  'tafels',
  'signaalstatus',
  'signalen',
]

/** Reads the bytes: `Response.text()` would drop the byte order mark this checks. */
async function csvText(res: Response | Promise<Response>): Promise<string> {
  const bytes = new Uint8Array(await (await res).arrayBuffer())
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}

function parseCsv(text: string): string[][] {
  return text
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => l.split(';'))
}

describe('reports', () => {
  it('should show every report to a coordinator for the current school year', async () => {
    const env = await testApp()
    await fileCases(env, [{ submitted: '2026-01-12T10:00:00Z' }], 6)
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const res = await env.client.get('/rapporten', cookie)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Vlaams-Brabant, schooljaar 2025-2026')
    for (const id of REPORT_IDS) expect(html).toContain(`id="rapport-${id}"`)
    expect(html).toContain('<svg')
  })

  it('should make the trimester peaks visible month by month', async () => {
    const env = await testApp()
    await fileCases(env, [{ submitted: '2025-10-06T10:00:00Z' }], 6)
    await fileCases(env, [{ submitted: '2026-02-09T10:00:00Z' }], 14)
    // 23:30 UTC on 31 January is 00:30 on 1 February in Brussels
    await fileCases(env, [{ submitted: '2026-01-31T23:30:00Z' }], 5)
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const csv = parseCsv(await csvText(env.client.get('/rapporten/export/aanmeldingen.csv', cookie)))
    const month = (label: string) => csv.find((r) => r[0] === label)?.[1]
    expect(month('oktober 2025')).toBe('6')
    expect(month('januari 2026')).toBe('0')
    expect(month('februari 2026')).toBe('19')
    expect(csv.find((r) => r[0] === 'Totaal')?.[1]).toBe('25')
  })

  it('should never let a small count be taken from the totals, in the page, the CSV and the print version', async () => {
    const env = await testApp()
    await fileCases(env, [{ submitted: '2026-01-12T10:00:00Z', urgency: 'gewoon', educationLevel: 'sec_2', age: 15 }], 20)
    await fileCases(env, [{ submitted: '2026-01-13T10:00:00Z', urgency: 'hoog', educationLevel: 'sec_1', age: 13 }], 6)
    await fileCases(env, [{ submitted: '2026-02-13T10:00:00Z', urgency: 'crisis', educationLevel: 'buso', age: 17 }], 2)
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const page = await (await env.client.get('/rapporten', cookie)).text()
    const print = await (await env.client.get('/rapporten/stuurgroep', cookie)).text()
    for (const id of ['aanmeldingen', 'urgentie', 'onderwijsniveau', 'leeftijd', 'status']) {
      const rows = parseCsv(await csvText(env.client.get(`/rapporten/export/${id}.csv`, cookie)))
      const total = rows.find((r) => r[0] === 'Totaal')
      const body = rows.slice(1, rows.indexOf(total as string[]))
      const shown = (v: string | undefined): Shown => (v === '<5' || v === 'x' ? v : Number(v))
      const published = { cells: body.map((r) => [shown(r[1])]), rowTotals: null, columnTotals: [shown(total?.[1])], grandTotal: null }
      const possible = possibleSmallValues(published)
      for (const [cell, values] of possible ?? []) expect(values.size, `${id}: ${cell} recovered`).toBeGreaterThan(1)
      // the page and the print version show the very same cells
      for (const row of body) {
        const marker =
          row[1] === '<5' ? '<abbr title="minder dan 5">&lt;5</abbr>' : row[1] === 'x' ? '<abbr title="afgeschermd">x</abbr>' : `<td class="num">${row[1]}</td>`
        expect(page).toContain(marker)
        expect(print).toContain(marker)
      }
    }
    // 2 crisis cases: never as a number, and no bar drawn for them
    const urgency = parseCsv(await csvText(env.client.get('/rapporten/export/urgentie.csv', cookie)))
    expect(urgency.find((r) => r[0] === 'Crisis')?.[1]).toBe('<5')
    // hiding the 6 would not do: 28 − 20 = 8 leaves "x ≥ 5" room for only 1–3; the 20 goes instead
    expect(urgency.find((r) => r[0] === 'Hoog')?.[1]).toBe('6')
    expect(urgency.find((r) => r[0] === 'Gewoon')?.[1]).toBe('x')
    const chart = page.slice(page.indexOf('id="grafiek-urgentie-titel"'), page.indexOf('</svg>', page.indexOf('id="grafiek-urgentie-titel"')))
    expect(chart.match(/<rect/g)?.length).toBe(1)
  })

  it('should leave cases without statistics consent out, and count them once (itself <5 when small)', async () => {
    const env = await testApp()
    await fileCases(env, [{ submitted: '2026-01-12T10:00:00Z' }], 8)
    await fileCases(env, [{ submitted: '2026-01-12T10:00:00Z', statistics: false }], 3)
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const csv = parseCsv(await csvText(env.client.get('/rapporten/export/aanmeldingen.csv', cookie)))
    expect(csv.find((r) => r[0] === 'Totaal')?.[1]).toBe('8')
    expect(csv.at(-1)).toEqual(['Zonder toestemming voor statistiek (niet meegeteld)', '<5'])
    await fileCases(env, [{ submitted: '2026-01-12T10:00:00Z', statistics: false }], 3)
    env.clock.advance(REPORT_TTL_MS + 1)
    const later = parseCsv(await csvText(env.client.get('/rapporten/export/aanmeldingen.csv', cookie)))
    expect(later.at(-1)?.[1]).toBe('6')
    expect(later.find((r) => r[0] === 'Totaal')?.[1]).toBe('8')
  })

  it('should write CSV as Belgian Excel reads it', async () => {
    const env = await testApp()
    await fileCases(env, [{ submitted: '2026-01-12T10:00:00Z' }], 6)
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const res = await env.client.get('/rapporten/export/urgentie.csv?regio=VB&schooljaar=2025-2026&trimester=2&maand=1', cookie)
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="rots-urgentie-VB-2025-2026-t2-m1.csv"')
    const text = await csvText(res)
    expect(text).toMatch(/^\uFEFFUrgentie;Aantal\r\nGewoon;6\r\n/)
  })

  it('should keep a coordinator to their own region, and give Flanders to the analist', async () => {
    const env = await testApp()
    const coordinator = await env.client.login('coordinator.vb@rots.example')
    expect((await env.client.get('/rapporten?regio=WVL', coordinator)).status).toBe(403)
    expect((await env.client.get('/rapporten?regio=VL', coordinator)).status).toBe(403)
    expect((await env.client.get('/rapporten/export/urgentie.csv?regio=WVL', coordinator)).status).toBe(403)
    const analist = await env.client.login('analist@rots.example')
    const res = await env.client.get('/rapporten', analist)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Vlaanderen (alle regio&#39;s), schooljaar 2025-2026')
    for (const email of ['aanmelder.vb@rots.example', 'tafellid.vb@rots.example', 'beheerder@rots.example']) {
      const cookie = await env.client.login(email)
      expect((await env.client.get('/rapporten', cookie)).status, email).toBe(403)
      expect((await env.client.get('/rapporten/export/aanmeldingen.csv', cookie)).status, email).toBe(403)
    }
    expect((await env.client.get('/rapporten')).status).toBe(303)
  })

  it('should answer bad filters with 422, a Dutch message and the filters kept', async () => {
    const env = await testApp()
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const res = await env.client.get('/rapporten?regio=VB&schooljaar=2025-2026&trimester=1&maand=3', cookie)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('De gekozen maand valt niet in het gekozen trimester.')
    expect(html).toMatch(/<option value="3" selected="">maart<\/option>/)
    const bad = await env.client.get('/rapporten?schooljaar=1999-2000', cookie)
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Kies een schooljaar uit de lijst.')
    expect((await env.client.get('/rapporten?regio=XYZ%3Cscript%3E', cookie)).status).toBe(422)
    expect((await env.client.get('/rapporten/export/bestaat-niet.csv', cookie)).status).toBe(404)
  })

  it('should answer htmx with the report fragment only', async () => {
    const env = await testApp()
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const res = await env.client.get('/rapporten?regio=VB&schooljaar=2025-2026&trimester=2&maand=', cookie, { 'HX-Request': 'true' })
    const html = await res.text()
    expect(html.startsWith('<div id="rapport">')).toBe(true)
    expect(html).not.toContain('<html')
  })

  it('should show no median for a group under five', async () => {
    const env = await testApp()
    const cookie = await env.client.login('coordinator.vb@rots.example')
    const csv = parseCsv(await csvText(env.client.get('/rapporten/export/wachttijden.csv', cookie)))
    expect(csv[0]).toEqual(['Urgentie', 'Besproken', 'Mediaan (dagen)', 'P90 (dagen)'])
    for (const row of csv.slice(1, -1)) if (row[0] && row[1] !== undefined && row[1] !== '' && !/^\d+$/.test(row[1])) expect(row[2]).toBe('–')
  })
})

describe('the signal register in the reports', () => {
  it('should list the region’s signals for its coordinator, and only what was forwarded to their administration for an analist', async () => {
    const env = await testApp()
    await seedDemoSignals(env.deps)
    const all = await env.deps.db
      .select({ id: signals.id, title: signals.title, region: signals.regionCode, status: signals.status, bundleId: signals.bundleId })
      .from(signals)
    const addressed = await env.deps.db.select().from(signalAddressees)
    const titlesIn = (csv: string[][]) => csv.slice(1, -1).map((r) => r[0]) // the last row is the consent count
    const coordinator = await env.client.login('coordinator.vb@rots.example')
    const forCoordinator = titlesIn(parseCsv(await csvText(env.client.get('/rapporten/export/signalen.csv', coordinator))))
    expect(forCoordinator.sort()).toEqual(
      all
        .filter((s) => s.region === 'VB' && !s.bundleId)
        .map((s) => s.title)
        .sort(),
    )
    const analist = await env.client.login('analist@rots.example')
    const forAnalist = titlesIn(parseCsv(await csvText(env.client.get('/rapporten/export/signalen.csv?regio=VL', analist))))
    const forwardedToOpgroeien = all.filter(
      (s) =>
        !s.bundleId &&
        ['doorgestuurd', 'beantwoord', 'afgesloten'].includes(s.status) &&
        addressed.some((a) => a.signalId === s.id && a.addressee === 'opgroeien'),
    )
    expect(forwardedToOpgroeien.length).toBeGreaterThan(0)
    expect(forAnalist.sort()).toEqual(forwardedToOpgroeien.map((s) => s.title).sort())
  })
})
