import { join } from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

const root = join(import.meta.dirname, '..', '..')

// the pool drives wrangler in-process; a test run must not send usage data
process.env.WRANGLER_SEND_METRICS = 'false'

// Fixed test keys (32 bytes each): never use these outside this suite.
const TEST_VAULT_KEY = Buffer.alloc(32, 0x11).toString('base64')
const TEST_PSEUDONYM_KEY = Buffer.alloc(32, 0x22).toString('base64')

export default defineConfig(async () => {
  // read on Node (the files are not reachable from workerd), applied inside workerd by setup.ts
  const migrations = await readD1Migrations(join(root, 'db', 'migrations'))
  return {
    root,
    plugins: [
      cloudflareTest({
        // the same config as a deploy, so bindings, flags and assets are what production gets
        wrangler: { configPath: join(root, 'wrangler.toml') },
        miniflare: {
          bindings: {
            VAULT_KEYS: `k1:${TEST_VAULT_KEY}`,
            PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
            PUBLIC_URL: 'https://rots.example',
            TEST_MIGRATIONS: migrations,
          },
          // a local send_email binding under another name, so MAIL stays unbound by default
          // and the suite also covers the "no transport" path
          email: { send_email: [{ name: 'TEST_MAIL' }] },
        },
      }),
    ],
    test: {
      include: ['tests/workers/**/*.test.ts'],
      setupFiles: ['tests/workers/setup.ts'],
      // scrypt (N=2^14, p=5) runs in JavaScript inside workerd: slower than native on Node
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  }
})
