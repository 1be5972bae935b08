import { defineConfig } from 'vitest/config'

// Node-side suites only: the browser suite (tests/e2e) and the workerd suite (tests/workers)
// have configs of their own, because they need another pool or a built browser.
export default defineConfig({
  root: `${import.meta.dirname}/..`,
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/workers/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
})
