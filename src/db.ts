import { type SQL, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { BaseSQLiteDatabase, SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type * as schema from '../db/schema'

/**
 * The database as every feature sees it: better-sqlite3 on Node, D1 on Workers. Queries are
 * always awaited, which works whether the driver answers synchronously or not.
 */
export type Db = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>

/** A statement built with `db.insert/update/delete(...)` but not yet run. */
export type Statement = { run: () => unknown }

/**
 * Runs all statements or none. D1 has no interactive transactions (a transaction cannot stay
 * open across awaits there), so writes that belong together are built first and sent as one
 * unit: `db.batch` on D1, a synchronous transaction on better-sqlite3.
 */
export async function atomic(db: Db, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return
  if (hasBatch(db)) {
    await db.batch(statements as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
    return
  }
  const sync = db as unknown as { transaction: (fn: () => void) => void }
  sync.transaction(() => {
    for (const statement of statements) statement.run()
  })
}

function hasBatch(db: Db): db is Db & { batch: (items: BatchItem<'sqlite'>[]) => Promise<unknown> } {
  return typeof (db as { batch?: unknown }).batch === 'function'
}

/** True when a write failed on a UNIQUE or PRIMARY KEY constraint, whatever the driver's wording. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const message = String((e as { message?: unknown }).message ?? '')
    if (/UNIQUE constraint failed|PRIMARY KEY constraint failed|SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)/.test(message)) return true
  }
  return false
}

/** Case-insensitive substring match for search boxes; the user's % and _ are matched literally. */
export function containsText(column: SQLiteColumn | SQL, needle: string): SQL {
  const pattern = `%${needle.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
  return sql`lower(${column}) like ${pattern} escape '\\'`
}
