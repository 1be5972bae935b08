// What this suite uses from the pool's 'cloudflare:test' and workerd's 'cloudflare:workers'.
// Declared here rather than through @cloudflare/workers-types and the pool's type file, whose
// globals would redefine DOM and fetch types for every other file under the root tsconfig.
declare module 'cloudflare:test' {
  import type { D1Database, ExecutionContext, ScheduledController } from '@cloudflare/workers-types'

  export interface D1Migration {
    name: string
    queries: string[]
  }
  export function applyD1Migrations(db: D1Database, migrations: D1Migration[], migrationsTableName?: string): Promise<void>
  export function createExecutionContext(): ExecutionContext
  /** Waits for everything passed to `ctx.waitUntil()` of a context from createExecutionContext(). */
  export function waitOnExecutionContext(ctx: ExecutionContext): Promise<void>
  export function createScheduledController(options?: { scheduledTime?: number; cron?: string }): ScheduledController
}

// Filled in by env.d.ts, the same way `wrangler types` extends it.
declare namespace Cloudflare {
  // biome-ignore lint/suspicious/noEmptyInterface: an interface, so env.d.ts can merge the bindings in
  interface Env {}
}

declare module 'cloudflare:workers' {
  export const env: Cloudflare.Env
  /** Loopback to the main module's handlers, through the runtime like a real request. */
  export const exports: { default: { fetch(request: Request): Promise<Response> } }
}
