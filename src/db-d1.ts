import type { D1Database } from '@cloudflare/workers-types'
import { drizzle } from 'drizzle-orm/d1'
import * as schema from '../db/schema'
import type { Db } from './db'

/** Drizzle over a D1 binding; built per request because the binding comes with the request's env. */
export function fromD1(binding: D1Database): Db {
  return drizzle(binding, { schema }) as unknown as Db
}
