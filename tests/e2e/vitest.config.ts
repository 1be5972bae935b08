import { defineConfig } from 'vitest/config'

// The browser suite: every file starts its own app, SMTP server and Chromium, so files run one
// after the other (a 2-core machine cannot host several Chromiums and scrypt-hashing apps at once
// without tests timing out), and timeouts allow for a cold tsx compile and a slow first paint.
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
})
