import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { ACCOUNTS, heading, login, logout, navigateBy, open, pathOf, type Stack, startStack } from './harness'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack?.stop())
afterEach(() => {
  expect(stack.takeProblems(), 'CSP violations, script errors or failed resources in the browser, or errors in the app log').toEqual([])
})

const invitee = { name: 'Nora Nieuwkomer', email: 'nora.nieuwkomer@rots.example' }
const STRONG_PASSWORD = 'zonnige-kustroute-naar-oostende-42'
// long enough, but a dictionary word and digits: refused by the strength check, not the length check
const WEAK_PASSWORD = 'wachtwoord123456'

test('a beheerder invites a user, who sets a password, and signs in with it later', async () => {
  const admin = await stack.person()
  await login(admin, ACCOUNTS.beheerder.email)

  await open(admin, '/beheer/gebruikers/nieuw')
  await admin.getByLabel('Naam').fill(invitee.name)
  await admin.getByLabel('E-mailadres').fill(invitee.email)
  await admin.getByLabel('Organisatie').selectOption({ label: 'Vrij CLB Demo Leuven' })
  await admin.getByLabel('Rol').selectOption({ label: 'Aanmelder' })
  await admin.getByLabel('Regio').selectOption({ label: 'Vlaams-Brabant' })
  const invited = await navigateBy(admin, () => admin.getByRole('button', { name: 'Uitnodiging versturen' }).click())
  expect(invited.status()).toBe(200)
  expect(pathOf(admin)).toMatch(/^\/beheer\/gebruikers\/[^/]+$/)
  expect(await heading(admin)).toBe(invitee.name)
  expect(await admin.getByRole('status').textContent()).toContain('De uitnodiging is verstuurd.')
  const detailPath = pathOf(admin)

  // the mail went through real SMTP; its link must use PUBLIC_URL, the address users can reach
  const mail = await stack.mail.waitFor((m) => m.to.includes(invitee.email))
  expect(mail.subject).toBe('Uitnodiging voor ROTS casuïstiek')
  expect(mail.text).toContain(`Beste ${invitee.name},`)
  const link = /(\S+\/uitnodiging\/\S+)/.exec(mail.text)?.[1]
  expect(link, `no invitation link in:\n${mail.text}`).toBeDefined()
  const invitation = new URL(link as string)
  expect(invitation.origin).toBe(stack.baseUrl)

  const newcomer = await stack.person()
  await open(newcomer, invitation.pathname)
  expect(await heading(newcomer)).toBe('Welkom bij ROTS casuïstiek')
  expect(await newcomer.locator('main').textContent()).toContain(invitee.email)

  await newcomer.getByLabel('Nieuw wachtwoord').fill(WEAK_PASSWORD)
  await newcomer.getByLabel('Herhaal het nieuwe wachtwoord').fill(WEAK_PASSWORD)
  const refused = await navigateBy(newcomer, () => newcomer.getByRole('button', { name: 'Account activeren' }).click())
  expect(refused.status()).toBe(422)
  expect(pathOf(newcomer)).toBe(invitation.pathname)
  expect(await newcomer.locator('#foutoverzicht').textContent()).toContain('Dit wachtwoord is te makkelijk te raden.')
  expect(await newcomer.getByLabel('Nieuw wachtwoord').getAttribute('aria-invalid')).toBe('true')
  expect(await newcomer.getByRole('button', { name: 'Account activeren' }).count()).toBe(1)

  await newcomer.getByLabel('Nieuw wachtwoord').fill(STRONG_PASSWORD)
  await newcomer.getByLabel('Herhaal het nieuwe wachtwoord').fill(STRONG_PASSWORD)
  const accepted = await navigateBy(newcomer, () => newcomer.getByRole('button', { name: 'Account activeren' }).click())
  expect(accepted.status()).toBe(200)
  expect(pathOf(newcomer)).toBe('/')
  expect(await heading(newcomer)).toBe(`Welkom, ${invitee.name}`)
  expect(await newcomer.getByRole('table').textContent()).toContain('Vlaams-Brabant')

  await logout(newcomer)
  expect(pathOf(newcomer)).toBe('/aanmelden')
  const again = await login(newcomer, invitee.email, STRONG_PASSWORD)
  expect(again.status()).toBe(200)
  expect(await heading(newcomer)).toBe(`Welkom, ${invitee.name}`)

  // a link that worked once must not work a second time (it travels in a mailbox)
  const reused = await open(newcomer, invitation.pathname)
  expect(reused.status()).toBe(404)
  expect(await heading(newcomer)).toBe('Deze uitnodiging werkt niet meer')

  await open(admin, detailPath)
  expect(await admin.locator('dl.facts').textContent()).toContain('Actief')
})
