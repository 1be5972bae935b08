import { desc, eq, sql } from 'drizzle-orm'
import { auditLog, users } from '../../db/schema'
import type { Db } from '../db'

/** Newest first, with the actor's name (staff, not a young person: safe to show a beheerder). */
export async function listAudit(db: Db, page: number, pageSize: number) {
  const rows = await db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.seq))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await db.select({ n: sql<number>`count(*)` }).from(auditLog)
  return { rows, total: count?.n ?? 0 }
}
