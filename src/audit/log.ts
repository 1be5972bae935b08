import { asc, desc, gt } from 'drizzle-orm'
import { auditLog } from '../../db/schema'
import { atomic, type Db, isUniqueViolation, type Statement } from '../db'
import type { Clock } from '../deps'
import { sha256Hex } from '../ids'

const GENESIS = '0'.repeat(64)
const MAX_APPEND_ATTEMPTS = 25

// Appends from one process (or Workers isolate) queue behind each other, so they never race
// for the same tail. One queue per process, not per Db object: on Workers every request builds
// its own Db over the same D1 database. The seq retry below settles races between processes.
let queue: Promise<unknown> = Promise.resolve()

/** Who did something and from where; every audited domain call receives one. */
export interface Actor {
  userId: string | null
  ip: string
}

export interface AuditEntry {
  action: string
  objectType?: string
  objectId?: string
  /** Never identity data or case text: ids, codes and counts only. */
  details?: Record<string, string | number | boolean | null>
}

/**
 * Appends one entry to the chain, together with the statements it describes (so the change
 * and its audit trail land or fail as one). Two writers reading the same tail collide on
 * `seq`; the loser rebuilds its statements and tries again on the new tail.
 */
export function audit(deps: { db: Db; clock: Clock }, actor: Actor, entry: AuditEntry, statements: () => Statement[] = () => []): Promise<void> {
  const next = queue.catch(() => {}).then(() => append(deps, actor, entry, statements))
  queue = next
  return next
}

async function append(deps: { db: Db; clock: Clock }, actor: Actor, entry: AuditEntry, statements: () => Statement[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const [tail] = await deps.db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1)
    const row = sealEntry(tail?.seq ?? 0, tail?.hash ?? GENESIS, deps.clock.now(), actor, entry)
    try {
      await atomic(deps.db, [...statements(), deps.db.insert(auditLog).values(row)])
      return
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= MAX_APPEND_ATTEMPTS) throw error
      // another process won this tail: back off a little, at random, so the losers spread out
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt))
    }
  }
}

type AuditRow = typeof auditLog.$inferSelect

function sealEntry(prevSeq: number, prevHash: string, at: Date, actor: Actor, entry: AuditEntry): AuditRow {
  const row = {
    seq: prevSeq + 1,
    at,
    actorId: actor.userId,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    ip: actor.ip || null,
    details: entry.details ? JSON.stringify(entry.details) : null,
    prevHash,
  }
  return { ...row, hash: entryHash(row) }
}

/** The hash covers every column but itself, so any edit to a stored entry breaks the chain. */
function entryHash(row: Omit<AuditRow, 'hash'>): string {
  const fields = [row.seq, row.at.getTime(), row.actorId, row.action, row.objectType, row.objectId, row.ip, row.details]
  return sha256Hex(`${row.prevHash}\n${JSON.stringify(fields)}`)
}

export type ChainCheck = { ok: true; entries: number } | { ok: false; entries: number; seq: number; reason: string }

/** Walks the whole chain in pages; reports the first entry that does not follow from its predecessor. */
export async function verifyChain(db: Db, pageSize = 1000): Promise<ChainCheck> {
  let prevSeq = 0
  let prevHash = GENESIS
  for (;;) {
    const page = await db.select().from(auditLog).where(gt(auditLog.seq, prevSeq)).orderBy(asc(auditLog.seq)).limit(pageSize)
    for (const row of page) {
      const broken =
        row.seq !== prevSeq + 1
          ? `volgnummer ${prevSeq + 1} ontbreekt`
          : row.prevHash !== prevHash
            ? 'verwijst niet naar de hash van het vorige item'
            : row.hash !== entryHash(row)
              ? 'inhoud komt niet overeen met de hash'
              : null
      if (broken) return { ok: false, entries: prevSeq, seq: row.seq, reason: broken }
      prevSeq = row.seq
      prevHash = row.hash
    }
    if (page.length < pageSize) return { ok: true, entries: prevSeq }
  }
}
