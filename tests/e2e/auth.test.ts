import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { ACCOUNTS, DEMO_PASSWORD, heading, login, logout, navigateBy, open, pathOf, type Stack, startStack } from './harness'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack?.stop())
afterEach(() => {
  expect(stack.takeProblems(), 'CSP violations, script errors or failed resources in the browser, or errors in the app log').toEqual([])
})

describe('login and logout', () => {
  test('a wrong password shows the Dutch error and keeps the e-mail address', async () => {
    const page = await stack.person()
    const response = await login(page, ACCOUNTS.beheerder.email, 'niet-het-juiste-wachtwoord')
    expect(response.status()).toBe(422)
    expect(pathOf(page)).toBe('/aanmelden')
    expect(await page.locator('#foutoverzicht').textContent()).toContain('Dit e-mailadres en wachtwoord horen niet bij een actief account.')
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(ACCOUNTS.beheerder.email)
    // the password is never sent back into the page
    expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('')
    await page.context().close()
  })

  test('the beheerder lands on the start page and sees the user administration in the menu', async () => {
    const page = await stack.person()
    const response = await login(page, ACCOUNTS.beheerder.email)
    expect(response.status()).toBe(200)
    expect(pathOf(page)).toBe('/')
    expect(await heading(page)).toBe(`Welkom, ${ACCOUNTS.beheerder.name}`)
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(await menu.getByRole('link', { name: 'Gebruikers' }).count()).toBe(1)
    expect(await menu.getByRole('link', { name: 'Start' }).getAttribute('aria-current')).toBe('page')
    await page.context().close()
  })

  test('an aanmelder does not see the user administration; logging out ends the session', async () => {
    const page = await stack.person()
    await login(page, ACCOUNTS.aanmelderVb.email)
    expect(await heading(page)).toBe(`Welkom, ${ACCOUNTS.aanmelderVb.name}`)
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
    expect(await menu.getByRole('link', { name: 'Mijn account' }).count()).toBe(1)
    expect(await menu.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0)

    const out = await logout(page)
    expect(out.status()).toBe(200)
    expect(pathOf(page)).toBe('/aanmelden')
    expect(await heading(page)).toBe('Aanmelden')

    const again = await open(page, '/')
    expect(again.status()).toBe(200)
    expect(pathOf(page)).toBe('/aanmelden')
    expect(new URL(page.url()).searchParams.get('volgende')).toBe('/')
    await page.context().close()
  })
})

describe('forbidden page', () => {
  test('an aanmelder who opens the user administration gets 403 "Geen toegang"', async () => {
    const page = await stack.person()
    await login(page, ACCOUNTS.aanmelderWvl.email)
    const response = await open(page, '/beheer/gebruikers')
    expect(response.status()).toBe(403)
    expect(await heading(page)).toBe('Geen toegang')
    await page.context().close()
  })
})

describe('keyboard', () => {
  test('the skip link is the first focusable element and moves focus to the content', async () => {
    const page = await stack.person()
    await open(page, '/aanmelden')
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }))
    expect(first).toEqual({ text: 'Naar de inhoud', href: '#inhoud' })
    // visible while focused: a skip link that stays off-screen helps no sighted keyboard user
    const box = await page.locator('.skip-link').boundingBox()
    expect(box && box.x >= 0 && box.y >= 0).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'inhoud')
    await page.context().close()
  })

  test('the login form can be completed with Tab, typing and Enter only', async () => {
    const page = await stack.person()
    await open(page, '/aanmelden')
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent?.trim())
    // the header's links come first; a handful of Tabs must reach the form, skip link leading
    const order: (string | undefined)[] = []
    while (order.at(-1) !== 'email' && order.length < 10) {
      await page.keyboard.press('Tab')
      order.push(await focused())
    }
    expect(order[0]).toBe('Naar de inhoud')
    expect(order.at(-1)).toBe('email')
    await page.keyboard.type(ACCOUNTS.coordinatorVb.email)
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('wachtwoord')
    await page.keyboard.type(DEMO_PASSWORD)
    const response = await navigateBy(page, () => page.keyboard.press('Enter'))
    expect(response.status()).toBe(200)
    expect(pathOf(page)).toBe('/')
    expect(await heading(page)).toBe(`Welkom, ${ACCOUNTS.coordinatorVb.name}`)
    await page.context().close()
  })
})
