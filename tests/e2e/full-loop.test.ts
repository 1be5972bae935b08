import type { Page, Response } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { COMPLETE } from '../cases/support'
import { ACCOUNTS, expectAccessible, heading, login, navigateBy, open, pathOf, type Stack, startStack } from './harness'

// The whole life of a case in real browsers, one person per browser, on a day a zitting is held:
// the referrer files it, the coordinator accepts it, plans a zitting for today, takes over the
// proposed agenda and sends it (the member's mail reaches a real SMTP server with a valid .ics),
// the member reads the pseudonymised file, the coordinator records the bespreking and releases
// the report, the referrer reads it, records the follow-up and closes the case. Every new page is
// scanned with axe-core on the way.

// A Wednesday in term time, mid-morning: the zitting planned for today is under way.
const TODAY = '2026-03-04'
const NOW = `${TODAY}T09:30:00+01:00`

let stack: Stack
let referrer: Page
let coordinator: Page
let member: Page
let caseId = ''
let reference = ''

beforeAll(async () => {
  stack = await startStack({ now: NOW })
  referrer = await stack.person()
  coordinator = await stack.person()
  member = await stack.person()
  await login(referrer, ACCOUNTS.aanmelderVb.email)
  await login(coordinator, ACCOUNTS.coordinatorVb.email)
  await login(member, ACCOUNTS.tafellidVb.email)
})
afterAll(() => stack?.stop())
afterEach(() => {
  expect(stack.takeProblems(), 'CSP violations, script errors or failed resources in the browser, or errors in the app log').toEqual([])
})

function click(page: Page, name: string): Promise<Response> {
  return navigateBy(page, () => page.getByRole('button', { name, exact: true }).click())
}

/** Form fields by name: their labels carry a "verplicht" marker that is not part of the test. */
function field(page: Page, tag: string, name: string) {
  return page.locator(`${tag}[name="${name}"]`)
}

async function visit(page: Page, path: string): Promise<Response> {
  const response = await open(page, path)
  await expectAccessible(page, response, 200)
  return response
}

describe('from aanmelding to closure', () => {
  test('the referrer files a crisis case (the form itself is covered by the intake suite)', async () => {
    // posted with the browser's own session, as the form would
    const headers = { Origin: stack.baseUrl }
    const concept = await referrer.request.post('/aanmeldingen', { headers, form: {}, maxRedirects: 0 })
    caseId = /\/aanmeldingen\/([a-z0-9]+)\/bewerken$/.exec(concept.headers().location ?? '')?.[1] ?? ''
    expect(caseId).not.toBe('')
    const body = new URLSearchParams()
    const values = { ...COMPLETE, urgentie: 'crisis', urgentie_motivatie: 'Dreigt volledig uit te vallen voor het einde van de maand.', actie: 'indienen' }
    for (const [k, v] of Object.entries(values)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x)
    const submitted = await referrer.request.post(`/aanmeldingen/${caseId}`, {
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      data: body.toString(),
      maxRedirects: 0,
    })
    expect(submitted.status()).toBe(303)
    await open(referrer, `/aanmeldingen/${caseId}`)
    reference = await heading(referrer)
    expect(reference).toMatch(/^ROTS-VB-2026-\d{4}$/)
  })

  test('the coordinator accepts it as a consult', async () => {
    await open(coordinator, `/casussen/${caseId}`)
    await coordinator.getByRole('radio', { name: 'Consult (zonder de jongere)' }).check()
    const accepted = await click(coordinator, 'Aanvaarden')
    expect(accepted.status()).toBe(200)
    expect(await coordinator.locator('main').textContent()).toContain('Aanvaard')
  })

  test('plans a zitting for today and takes over the proposed agenda', async () => {
    await open(coordinator, '/tafels')
    await navigateBy(coordinator, () => coordinator.getByRole('link', { name: 'Overlegtafel Vlaams-Brabant' }).click())
    const single = coordinator.locator('form', { has: coordinator.getByRole('button', { name: 'Zitting plannen' }) })
    // the labels carry a "verplicht" marker; the field names are stable
    await single.locator('input[name="datum"]').fill(TODAY)
    await single.locator('input[name="begin"]').fill('09:00')
    await single.locator('input[name="einde"]').fill('12:00')
    expect((await click(coordinator, 'Zitting plannen')).status()).toBe(200)

    await visit(coordinator, '/planning')
    expect(await coordinator.locator('main').textContent()).toContain(reference)
    expect((await click(coordinator, 'Voorstel overnemen')).status()).toBe(200)
    const today = coordinator.locator('a[href^="/planning/zittingen/"]', { hasText: '04/03/2026' }).first()
    await navigateBy(coordinator, () => today.click())
    await expectAccessible(coordinator, (await coordinator.reload()) as Response, 200)
    // a crisis case goes first: 09:00, in the first slot
    const agenda = (await coordinator.locator('main').textContent()) ?? ''
    expect(agenda).toContain(reference)
    expect(agenda).toContain('09:00')
  })

  test('sends the agenda: the member’s mail arrives with a valid calendar invitation and no case content', async () => {
    expect((await click(coordinator, 'Agenda versturen')).status()).toBe(200)
    const mail = await stack.mail.waitFor((m) => m.to.includes(ACCOUNTS.tafellidVb.email) && m.text.includes(reference))
    const ics = mail.attachments.find((a) => a.filename.endsWith('.ics'))
    expect(ics?.contentType).toContain('text/calendar')
    const calendar = ics?.content ?? ''
    for (const line of ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'DTSTART;TZID=Europe/Brussels:20260304T090000', 'END:VCALENDAR'])
      expect(calendar).toContain(line)
    expect(calendar).toMatch(/\r\nUID:[^\r\n]+\r\n/)
    expect(mail.text).not.toContain('komt al maanden niet naar school')
    expect(mail.text).not.toContain('Yusuf')
  })

  test('the member sees the case on Mijn zittingen, pseudonymised', async () => {
    await visit(member, '/mijn-zittingen')
    await navigateBy(member, () => member.locator('main a[href^="/mijn-zittingen/"]').first().click())
    await expectAccessible(member, (await member.reload()) as Response, 200)
    await navigateBy(member, () => member.getByRole('link', { name: reference }).first().click())
    await expectAccessible(member, (await member.reload()) as Response, 200)
    const file = (await member.locator('main').textContent()) ?? ''
    expect(file).toContain(reference)
    expect(file).toContain('[PERSOON 1]')
    for (const secret of ['Yusuf', 'El Amrani', 'Sint-Pieterscollege']) expect(file).not.toContain(secret)
  })

  test('the coordinator records the bespreking, reviews the scrubbing and releases the report', async () => {
    await visit(coordinator, `/bespreking/${caseId}`)
    for (const present of await coordinator.getByRole('radio', { name: 'Aanwezig', exact: true }).all()) await present.check()
    await field(coordinator, 'textarea', 'analyse').fill('Yusuf haakt af door angst; de school en het CLB wachten op elkaar.')
    await field(coordinator, 'textarea', 'advies').fill('Een time-out met een warme overdracht terug naar school, met het CGG erbij.')
    await field(coordinator, '*', 'actie_omschrijving').first().fill('Intakegesprek time-out plannen')
    await field(coordinator, 'select', 'actie_sector').first().selectOption('naft')
    await field(coordinator, 'input', 'actie_termijn').first().fill('2026-03-18')
    await field(coordinator, 'input', 'opvolgdatum').fill('2026-04-15')
    const review = await click(coordinator, 'Controleren en bewaren…')
    await expectAccessible(coordinator, review, 200)
    expect((await click(coordinator, 'Bespreking bewaren')).status()).toBe(200)
    await open(coordinator, `/bespreking/${caseId}/vrijgeven`)
    expect((await click(coordinator, 'Ja, vrijgeven')).status()).toBe(200)
    await stack.mail.waitFor((m) => m.to.includes(ACCOUNTS.aanmelderVb.email) && m.subject.includes(reference) && m.text.includes('/aanmeldingen/'))
  })

  test('the referrer reads the report, records the follow-up and closes the case', async () => {
    await visit(referrer, `/verslag/${caseId}`)
    const report = (await referrer.locator('main').textContent()) ?? ''
    expect(report).toContain('Een time-out met een warme overdracht')
    expect(report).toContain('[PERSOON 1] haakt af')
    expect(report).toContain('Intakegesprek time-out plannen')
    await visit(referrer, `/verslag/${caseId}/adviesbrief`)

    await visit(referrer, `/opvolging/${caseId}`)
    await field(referrer, 'select', 'uitkomst').selectOption('terug_op_school')
    await referrer.getByRole('radio', { name: 'Uitgevoerd', exact: true }).check()
    expect((await click(referrer, 'Opvolging bewaren')).status()).toBe(200)

    await visit(referrer, `/opvolging/${caseId}/afsluiten`)
    await field(referrer, 'select', 'reden').selectOption('doel_bereikt')
    expect((await click(referrer, 'Ja, casus afsluiten')).status()).toBe(200)
    await open(referrer, `/aanmeldingen/${caseId}`)
    expect(await referrer.locator('main').textContent()).toContain('Afgesloten')
    await visit(referrer, '/opvolging')
    expect(pathOf(referrer)).toBe('/opvolging')
  })

  test('the coordinator’s overviews are accessible', async () => {
    await visit(coordinator, '/bespreking')
    await visit(coordinator, '/opvolging')
  })
})
