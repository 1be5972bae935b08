import type Database from 'better-sqlite3'

// Reference data may already be there (the Worker's cron seeds it); everything else must be new,
// so a clash fails loudly instead of silently linking to rows that were not inserted.
const TABLES = [
  { name: 'regions', verb: 'INSERT OR IGNORE' },
  { name: 'list_items', verb: 'INSERT OR IGNORE' },
  { name: 'organisations', verb: 'INSERT' },
  { name: 'users', verb: 'INSERT' },
  { name: 'grants', verb: 'INSERT' },
  { name: 'invitations', verb: 'INSERT' },
  { name: 'outbox', verb: 'INSERT' },
  { name: 'audit_log', verb: 'INSERT' },
] as const

/**
 * Every row of a scratch database as SQL, for databases the CLI cannot open itself (D1): the
 * rows were written by the app's own domain functions, so the SQL holds nothing hand-made.
 */
export function dumpRows(client: Database.Database): string {
  const lines: string[] = []
  for (const table of TABLES) {
    for (const row of client.prepare(`select * from ${table.name}`).all() as Record<string, unknown>[]) {
      const columns = Object.keys(row)
      const names = columns.map((c) => `"${c}"`).join(', ')
      lines.push(`${table.verb} INTO "${table.name}" (${names}) VALUES (${columns.map((c) => literal(row[c])).join(', ')});`)
    }
  }
  return `${lines.join('\n')}\n`
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return `'${String(value).replaceAll("'", "''")}'`
}
