import type { D1Migration } from 'cloudflare:test'
import type { Env } from '../../src/worker'

declare global {
  namespace Cloudflare {
    /** The bindings of wrangler.toml plus the test-only ones from tests/workers/vitest.config.ts. */
    interface Env extends WorkerEnv {
      VAULT_KEYS: string
      PSEUDONYM_KEY: string
      PUBLIC_URL: string
      TEST_MIGRATIONS: D1Migration[]
      TEST_MAIL: NonNullable<WorkerEnv['MAIL']>
    }
  }
}

type WorkerEnv = Env
