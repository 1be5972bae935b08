import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ACCOUNTS, expectAccessible, heading, login, navigateBy, open, type Stack, signedInScanPage, startStack } from './harness'

// Every page the app has, in every state a user can reach, scanned with axe-core against WCAG 2.1
// A and AA. Serious and critical findings fail; moderate and minor ones are printed. Each page is
// also checked for CSP refusals and script errors (afterEach), as axe would not notice a blocked
// stylesheet.

let stack: Stack
let admin: Page
/** Path of the user invited in beforeAll, and the link from their invitation mail. */
let invitedPath: string
let invitationPath: string

const invitee = { name: 'Iris Toegankelijk', email: 'iris.toegankelijk@rots.example' }

beforeAll(async () => {
  stack = await startStack()
  admin = await signedIn(ACCOUNTS.beheerder.email)
  // an open invitation gives the user detail page its fullest state and the outbox a row
  await open(admin, '/beheer/gebruikers/nieuw')
  await admin.getByLabel('Naam').fill(invitee.name)
  await admin.getByLabel('E-mailadres').fill(invitee.email)
  await admin.getByLabel('Organisatie').selectOption({ label: 'Jeugdhulp Demo Brugge' })
  await admin.getByLabel('Rol').selectOption({ label: 'Tafellid' })
  await admin.getByLabel('Regio').selectOption({ label: 'West-Vlaanderen' })
  await navigateBy(admin, () => admin.getByRole('button', { name: 'Uitnodiging versturen' }).click())
  invitedPath = new URL(admin.url()).pathname
  const mail = await stack.mail.waitFor((m) => m.to.includes(invitee.email))
  const link = /(\S+\/uitnodiging\/\S+)/.exec(mail.text)?.[1]
  if (!link) throw new Error(`no invitation link in:\n${mail.text}`)
  invitationPath = new URL(link).pathname
})
afterAll(() => stack?.stop())
afterEach(() => {
  expect(stack.takeProblems(), 'CSP violations, script errors or failed resources in the browser, or errors in the app log').toEqual([])
})

const signedIn = (email: string) => signedInScanPage(stack, email)

async function userPath(name: string): Promise<string> {
  await open(admin, `/beheer/gebruikers?q=${encodeURIComponent(name)}`)
  const href = await admin.getByRole('link', { name, exact: true }).getAttribute('href')
  if (!href) throw new Error(`no link to ${name}`)
  return href
}

describe('anonymous', () => {
  test('/aanmelden', async () => {
    const page = await stack.scanPage()
    await expectAccessible(page, await open(page, '/aanmelden'), 200)
  })

  test('/aanmelden after a failed login', async () => {
    const page = await stack.scanPage()
    const response = await login(page, ACCOUNTS.analist.email, 'dit-is-niet-het-wachtwoord')
    expect(await page.locator('#foutoverzicht').count()).toBe(1)
    await expectAccessible(page, response, 422)
  })

  test('/aanmelden with empty fields', async () => {
    const page = await stack.scanPage()
    await open(page, '/aanmelden')
    const response = await navigateBy(page, () => page.getByRole('button', { name: 'Aanmelden' }).click())
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(2)
    await expectAccessible(page, response, 422)
  })

  test('a page that does not exist (404)', async () => {
    const page = await stack.scanPage()
    await expectAccessible(page, await open(page, '/bestaat-niet'), 404)
  })

  test('an invitation that does not work', async () => {
    const page = await stack.scanPage()
    const response = await open(page, '/uitnodiging/onbekend.geheim')
    expect(await heading(page)).toBe('Deze uitnodiging werkt niet meer')
    await expectAccessible(page, response, 404)
  })

  test('an open invitation', async () => {
    const page = await stack.scanPage()
    const response = await open(page, invitationPath)
    expect(await heading(page)).toBe('Welkom bij ROTS casuïstiek')
    await expectAccessible(page, response, 200)
  })

  test('an open invitation with a refused password', async () => {
    const page = await stack.scanPage()
    await open(page, invitationPath)
    await page.getByLabel('Nieuw wachtwoord').fill('kort')
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('anders')
    const response = await navigateBy(page, () => page.getByRole('button', { name: 'Account activeren' }).click())
    await expectAccessible(page, response, 422)
  })
})

describe('start page per role', () => {
  test.each([
    ['aanmelder', ACCOUNTS.aanmelderVb],
    ['coordinator', ACCOUNTS.coordinatorWvl],
    ['tafellid', ACCOUNTS.tafellidVb],
    ['analist', ACCOUNTS.analist],
    ['beheerder', ACCOUNTS.beheerder],
  ])('/ as %s', async (_role, account) => {
    const page = account === ACCOUNTS.beheerder ? admin : await signedIn(account.email)
    const response = await open(page, '/')
    expect(await heading(page)).toBe(`Welkom, ${account.name}`)
    await expectAccessible(page, response, 200)
  })

  test('403 for an aanmelder in the user administration', async () => {
    const page = await signedIn(ACCOUNTS.aanmelderWvl.email)
    const response = await open(page, '/beheer/gebruikers')
    expect(await heading(page)).toBe('Geen toegang')
    await expectAccessible(page, response, 403)
  })
})

describe('account', () => {
  test('/account', async () => {
    await expectAccessible(admin, await open(admin, '/account'), 200)
  })

  test('/account with a refused password change', async () => {
    await open(admin, '/account')
    const response = await navigateBy(admin, () => admin.getByRole('button', { name: 'Wachtwoord wijzigen' }).click())
    await expectAccessible(admin, response, 422)
  })
})

describe('administration', () => {
  test('/beheer/gebruikers', async () => {
    await expectAccessible(admin, await open(admin, '/beheer/gebruikers'), 200)
  })

  test('/beheer/gebruikers after an htmx search', async () => {
    await open(admin, '/beheer/gebruikers')
    const swapped = admin.waitForResponse((r) => r.request().headers()['hx-request'] === 'true' && new URL(r.url()).searchParams.get('q') === 'Tafellid')
    await admin.getByLabel('Zoeken op naam, e-mail of organisatie').fill('Tafellid')
    const response = await swapped
    await admin.locator('#gebruikers caption').getByText('2 gebruikers').waitFor()
    await expectAccessible(admin, response, 200)
  })

  test('/beheer/gebruikers/nieuw', async () => {
    await expectAccessible(admin, await open(admin, '/beheer/gebruikers/nieuw'), 200)
  })

  test('/beheer/gebruikers/nieuw with errors', async () => {
    await open(admin, '/beheer/gebruikers/nieuw')
    const response = await navigateBy(admin, () => admin.getByRole('button', { name: 'Uitnodiging versturen' }).click())
    expect(await admin.locator('[aria-invalid="true"]').count()).toBe(5)
    await expectAccessible(admin, response, 422)
  })

  test('user detail with an open invitation', async () => {
    await expectAccessible(admin, await open(admin, invitedPath), 200)
  })

  test('user detail with roles', async () => {
    await expectAccessible(admin, await open(admin, await userPath(ACCOUNTS.aanmelderVb.name)), 200)
  })

  test('deactivate confirmation', async () => {
    const response = await open(admin, `${await userPath(ACCOUNTS.aanmelderVb.name)}/deactiveren`)
    expect(await heading(admin)).toBe(`${ACCOUNTS.aanmelderVb.name} deactiveren?`)
    await expectAccessible(admin, response, 200)
  })

  test('/beheer/organisaties', async () => {
    await expectAccessible(admin, await open(admin, '/beheer/organisaties'), 200)
  })

  test('/beheer/organisaties with errors', async () => {
    await open(admin, '/beheer/organisaties')
    const response = await navigateBy(admin, () => admin.getByRole('button', { name: 'Toevoegen' }).click())
    await expectAccessible(admin, response, 422)
  })

  test('organisation edit page', async () => {
    await open(admin, '/beheer/organisaties')
    const href = await admin.getByRole('link', { name: 'Vrij CLB Demo Leuven' }).getAttribute('href')
    const response = await open(admin, href ?? '')
    expect(await heading(admin)).toBe('Organisatie wijzigen')
    await expectAccessible(admin, response, 200)
  })

  test('/beheer/e-mail', async () => {
    const response = await open(admin, '/beheer/e-mail')
    expect(await admin.getByRole('table').textContent()).toContain(invitee.email)
    await expectAccessible(admin, response, 200)
  })

  test('/beheer/audit', async () => {
    await expectAccessible(admin, await open(admin, '/beheer/audit'), 200)
  })

  test('/beheer/audit?controle=1', async () => {
    const response = await open(admin, '/beheer/audit?controle=1')
    expect(await admin.getByRole('status').textContent()).toContain('De keten is intact')
    await expectAccessible(admin, response, 200)
  })

  test('a user that does not exist (404 inside the administration)', async () => {
    await expectAccessible(admin, await open(admin, '/beheer/gebruikers/bestaat-niet'), 404)
  })
})

describe('offer catalogue', () => {
  let coordinator: Page
  beforeAll(async () => {
    coordinator = await signedIn(ACCOUNTS.coordinatorWvl.email)
  })

  test('/aanbod, filtered', async () => {
    await expectAccessible(coordinator, await open(coordinator, '/aanbod'), 200)
    await expectAccessible(coordinator, await open(coordinator, '/aanbod?soort=naft&leeftijd=14'), 200)
  })

  test('/aanbod/nieuw and its error state', async () => {
    await expectAccessible(coordinator, await open(coordinator, '/aanbod/nieuw'), 200)
    const response = await navigateBy(coordinator, () => coordinator.getByRole('button', { name: 'Opslaan' }).click())
    await expectAccessible(coordinator, response, 422)
  })

  test('an offer and its archive confirmation', async () => {
    await open(coordinator, '/aanbod')
    const href = await coordinator.getByRole('link', { name: 'Leerwerkbedrijf' }).getAttribute('href')
    await expectAccessible(coordinator, await open(coordinator, href ?? ''), 200)
    await expectAccessible(coordinator, await open(coordinator, `${href}/archiveren`), 200)
  })
})

describe('overlegtafels and zittingen', () => {
  let coordinator: Page
  beforeAll(async () => {
    coordinator = await signedIn(ACCOUNTS.coordinatorWvl.email)
  })

  test('/tafels and /tafels/nieuw with its error state', async () => {
    await expectAccessible(coordinator, await open(coordinator, '/tafels'), 200)
    await expectAccessible(coordinator, await open(coordinator, '/tafels/nieuw'), 200)
    const response = await navigateBy(coordinator, () => coordinator.getByRole('button', { name: 'Opslaan' }).click())
    await expectAccessible(coordinator, response, 422)
  })

  test('a table page, a failed planning, a zitting and its cancellation page', async () => {
    await open(coordinator, '/tafels')
    const href = await coordinator.getByRole('link', { name: 'Overlegtafel West-Vlaanderen' }).getAttribute('href')
    await expectAccessible(coordinator, await open(coordinator, href ?? ''), 200)
    const failed = await navigateBy(coordinator, () => coordinator.getByRole('button', { name: 'Zitting plannen' }).click())
    await expectAccessible(coordinator, failed, 422)
    await open(coordinator, href ?? '')
    const zitting = await coordinator.locator('a[href^="/tafels/zittingen/"]:not([href$=".ics"]):not([href$="/annuleren"])').first().getAttribute('href')
    await expectAccessible(coordinator, await open(coordinator, zitting ?? ''), 200)
    await expectAccessible(coordinator, await open(coordinator, `${zitting}/annuleren`), 200)
  })
})
