import type { Db } from './db'

const byDb = new WeakMap<Db, Map<string, unknown>>()

/**
 * A query prepared once per database object and reused: Drizzle otherwise rebuilds the SQL text
 * and better-sqlite3 parses it again on every request, which costs more than running the hot
 * queries themselves. On Workers a Db lives for one request, so the cache lives and dies with it.
 * Only statements whose SQL text is fixed (values as placeholders) belong here; `key` names one.
 */
export function preparedFor<T>(db: Db, key: string, prepare: () => T): T {
  let statements = byDb.get(db)
  if (!statements) {
    statements = new Map()
    byDb.set(db, statements)
  }
  let statement = statements.get(key) as T | undefined
  if (statement === undefined) {
    statement = prepare()
    statements.set(key, statement)
  }
  return statement
}
