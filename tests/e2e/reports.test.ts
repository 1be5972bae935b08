import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ACCOUNTS, expectAccessible, navigateBy, open, type Stack, signedInScanPage, startStack } from './harness'

// The stuurgroep's report in a real browser: filters through htmx with a shareable URL, every
// report accessible, a CSV download, and the printable report printed to PDF by Chromium.

let stack: Stack
let coordinator: Page

beforeAll(async () => {
  stack = await startStack({ now: '2026-03-04T09:30:00+01:00' })
  coordinator = await signedInScanPage(stack, ACCOUNTS.coordinatorVb.email)
})
afterAll(() => stack?.stop())
afterEach(() => {
  expect(stack.takeProblems(), 'CSP violations, script errors or failed resources in the browser, or errors in the app log').toEqual([])
})

describe('reports for the stuurgroep', () => {
  test('the dashboard is accessible and its filters update the report and the address', async () => {
    const response = await open(coordinator, '/rapporten')
    await expectAccessible(coordinator, response, 200)
    await expect.poll(() => coordinator.locator('#rapport h2').first().textContent()).toContain('Vlaams-Brabant, schooljaar 2025-2026')
    await coordinator.locator('select[name="trimester"]').selectOption('2')
    await coordinator.getByRole('button', { name: 'Toon', exact: true }).click()
    await expect.poll(() => coordinator.locator('#rapport h2').first().textContent()).toContain('2e trimester')
    expect(new URL(coordinator.url()).searchParams.get('trimester')).toBe('2')
    // the pushed address is a shareable link: opened fresh, it shows the same report
    const shared = await open(coordinator, coordinator.url())
    await expectAccessible(coordinator, shared, 200)
    expect(await coordinator.locator('#rapport h2').first().textContent()).toContain('2e trimester')
  })

  test('a report downloads as CSV that Belgian Excel opens', async () => {
    await open(coordinator, '/rapporten')
    const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.getByRole('link', { name: 'Urgentie downloaden als CSV' }).click()])
    expect(download.suggestedFilename()).toBe('rots-urgentie-VB-2025-2026.csv')
    const bytes = readFileSync((await download.path()) as string)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^Urgentie;Aantal\r\n/)
  })

  test('the stuurgroep report prints to a PDF with a page per report', async () => {
    await open(coordinator, '/rapporten')
    const response = await navigateBy(coordinator, () => coordinator.getByRole('link', { name: 'Afdrukbaar rapport voor de stuurgroep' }).click())
    await expectAccessible(coordinator, response, 200)
    expect(await coordinator.locator('.print-header').textContent()).toContain('Vlaams-Brabant')
    await coordinator.emulateMedia({ media: 'print' })
    expect(await coordinator.locator('.site-header').isVisible()).toBe(false)
    const pdf = await coordinator.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(12)
    await coordinator.emulateMedia({ media: 'screen' })
  })

  test('the analist reads Flanders as a whole', async () => {
    const analist = await signedInScanPage(stack, ACCOUNTS.analist.email)
    const response = await open(analist, '/rapporten')
    await expectAccessible(analist, response, 200)
    expect(await analist.locator('#rapport h2').first().textContent()).toContain('Vlaanderen')
  })

  test('the signal register: a coordinator raises a signal through the review step, an analist answers one', async () => {
    for (const path of ['/signalen/nieuw', '/signalen/bundelen', '/signalen']) await expectAccessible(coordinator, await open(coordinator, path), 200)
    // a signal of the coordinator's register, opened from the list
    const detail = await navigateBy(coordinator, () => coordinator.locator('main table a[href^="/signalen/"]').first().click())
    await expectAccessible(coordinator, detail, 200)

    await open(coordinator, '/signalen/nieuw')
    await coordinator.locator('input[name="titel"]').fill('Te weinig plaatsen in de time-out voor de eerste graad')
    await coordinator
      .locator('textarea[name="beschrijving"]')
      .fill('Scholen vinden voor leerlingen van de eerste graad geen time-outplaats binnen de zes weken.')
    await coordinator.locator('input[name="niveau"][value="regionaal"]').check()
    await coordinator.locator('input[name="themas"][value="spijbelen"]').check()
    await coordinator.locator('input[name="bestemmelingen"][value="opgroeien"]').check()
    const review = await navigateBy(coordinator, () => coordinator.getByRole('button', { name: 'Controleren en bewaren…' }).click())
    await expectAccessible(coordinator, review, 200)
    const saved = await navigateBy(coordinator, () => coordinator.getByRole('button', { name: 'Signaal bewaren' }).click())
    await expectAccessible(coordinator, saved, 200)
    expect(new URL(coordinator.url()).pathname).toMatch(/^\/signalen\/[a-z0-9]+$/)
    expect(await coordinator.locator('h1').textContent()).toContain('Te weinig plaatsen in de time-out')

    const analist = await signedInScanPage(stack, ACCOUNTS.analist.email)
    await expectAccessible(analist, await open(analist, '/signalen'), 200)
    const forwarded = await navigateBy(analist, () => analist.locator('main table a[href^="/signalen/"]').first().click())
    await expectAccessible(analist, forwarded, 200)
    await analist.locator('textarea[name="antwoord"]').fill('Opgroeien onderzoekt een uitbreiding van het aanbod in de regio.')
    const answered = await navigateBy(analist, () => analist.getByRole('button', { name: /antwoord/i }).click())
    await expectAccessible(analist, answered, 200)
    expect(await analist.locator('main').textContent()).toContain('Opgroeien onderzoekt een uitbreiding')
  })
})
