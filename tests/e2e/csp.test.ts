import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { ACCOUNTS, login, open, pathOf, type Stack, startStack } from './harness'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack?.stop())
afterEach(() => {
  expect(stack.takeProblems(), 'CSP violations, script errors or failed resources in the browser, or errors in the app log').toEqual([])
})

test('pages carry a policy without inline script or style', async () => {
  const page = await stack.person()
  const response = await open(page, '/aanmelden')
  const policy = (await response.headerValue('content-security-policy')) ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("style-src 'self'")
  expect(policy).not.toContain('unsafe-inline')
  expect(policy).not.toContain('unsafe-eval')
  await page.context().close()
})

// The CSP checks of every other test rely on the browser reporting refusals; this proves it does,
// so a change in Chromium's messages cannot turn those checks into silent passes.
test('the browser watcher notices a refused inline script and inline style', async () => {
  const page = await stack.person()
  await open(page, '/aanmelden')
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'document.title = "uitgevoerd"'
    document.body.appendChild(script)
    document.body.setAttribute('style', 'color: red')
  })
  await stack.problems.waitFor((p) => p.includes('script-src'))
  await stack.problems.waitFor((p) => p.includes('style-src'))
  stack.problems.take()
  expect(await page.title()).not.toBe('uitgevoerd')
  await page.context().close()
})

test('htmx loads under the policy and swaps the user search results in place', async () => {
  const page = await stack.person()
  await login(page, ACCOUNTS.beheerder.email)
  await open(page, '/beheer/gebruikers')
  await page.waitForFunction(() => 'htmx' in window)
  const before = page.url()
  const swapped = page.waitForResponse((r) => r.request().headers()['hx-request'] === 'true' && new URL(r.url()).searchParams.get('q') === 'Coördinator')
  await page.getByLabel('Zoeken op naam, e-mail of organisatie').fill('Coördinator')
  expect((await swapped).status()).toBe(200)
  await page.locator('#gebruikers caption').getByText('2 gebruikers').waitFor()
  const names = await page.locator('#gebruikers tbody tr td:first-child').allTextContents()
  expect(names.map((n) => n.trim()).sort()).toEqual([ACCOUNTS.coordinatorVb.name, ACCOUNTS.coordinatorWvl.name].sort())
  // swapped in, not navigated: the URL and the rest of the page stay as they were
  expect(page.url()).toBe(before)
  expect(pathOf(page)).toBe('/beheer/gebruikers')
  await page.context().close()
})
