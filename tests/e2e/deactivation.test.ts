import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { ACCOUNTS, heading, login, navigateBy, open, pathOf, type Stack, startStack } from './harness'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack?.stop())
afterEach(() => {
  expect(stack.takeProblems(), 'CSP violations, script errors or failed resources in the browser, or errors in the app log').toEqual([])
})

test('deactivating a user ends the session they have open in another browser', async () => {
  const target = ACCOUNTS.tafellidWvl
  const user = await stack.person()
  await login(user, target.email)
  expect(await heading(user)).toBe(`Welkom, ${target.name}`)

  const admin = await stack.person()
  await login(admin, ACCOUNTS.beheerder.email)
  await open(admin, '/beheer/gebruikers')
  await navigateBy(admin, () => admin.getByRole('link', { name: target.name }).click())
  expect(await heading(admin)).toBe(target.name)
  await navigateBy(admin, () => admin.getByRole('link', { name: 'Deactiveren…' }).click())
  expect(pathOf(admin)).toMatch(/\/deactiveren$/)
  expect(await heading(admin)).toBe(`${target.name} deactiveren?`)
  const done = await navigateBy(admin, () => admin.getByRole('button', { name: 'Ja, deactiveren' }).click())
  expect(done.status()).toBe(200)
  expect(await admin.getByRole('status').textContent()).toContain('De gebruiker is gedeactiveerd en overal afgemeld.')
  expect(await admin.locator('dl.facts').textContent()).toContain('Gedeactiveerd')

  // the very next request of the open session is anonymous
  await open(user, '/account')
  expect(pathOf(user)).toBe('/aanmelden')
  expect(await heading(user)).toBe('Aanmelden')

  const refused = await login(user, target.email)
  expect(refused.status()).toBe(422)
  expect(await user.locator('#foutoverzicht').textContent()).toContain('Dit e-mailadres en wachtwoord horen niet bij een actief account.')
})
