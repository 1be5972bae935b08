/**
 * Reports are aggregates without identity, the same for everyone with the same rights and
 * filters, and a minute old is fresh enough for a stuurgroep; so they are kept briefly, per
 * database (tests run many databases in one process) and per isolate on Workers.
 */
export const REPORT_TTL_MS = 60_000
const MAX_ENTRIES = 200

interface Entry<V> {
  at: number
  value: Promise<V>
}

const perDatabase = new WeakMap<object, Map<string, Entry<unknown>>>()

/** The cached value for `key`, or the result of `load` (shared by concurrent callers). */
export function cached<V>(owner: object, key: string, now: number, load: () => Promise<V>): Promise<V> {
  let entries = perDatabase.get(owner)
  if (!entries) {
    entries = new Map()
    perDatabase.set(owner, entries)
  }
  const hit = entries.get(key)
  if (hit && now - hit.at < REPORT_TTL_MS && now >= hit.at) return hit.value as Promise<V>
  const value = load()
  entries.delete(key)
  entries.set(key, { at: now, value })
  // a failed load must not stay cached
  value.catch(() => entries.delete(key))
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  return value
}
