import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

// Runs inside workerd before each test file; applied migrations are recorded, so reruns are no-ops.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
