import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from '../db/schema'
import type { Db } from './db'

export const MIGRATIONS_FOLDER = join(import.meta.dirname, '..', 'db', 'migrations')

/** Opens (creating if needed) the embedded SQLite file and brings its schema up to date. */
export function openSqlite(path: string): { db: Db; client: Database.Database; close: () => void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const client = new Database(path)
  client.pragma('journal_mode = WAL')
  client.pragma('busy_timeout = 5000')
  client.pragma('foreign_keys = ON')
  client.pragma('synchronous = NORMAL')
  const db = drizzle({ client, schema })
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
  return { db: db as unknown as Db, client, close: () => client.close() }
}
