import { and, eq, ne } from 'drizzle-orm'
import { cases, identities } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import { type AuthUser, canSeeOwnCase } from '../auth/access'
import type { Statement } from '../db'
import type { Deps } from '../deps'
import type { IdentityHints } from '../privacy/scrub'
import { open, seal } from '../privacy/vault'
import { forbidden, notFound, type Result } from '../result'

/** What the vault holds for a young person; never stored or logged anywhere else. */
export interface Identity {
  firstName?: string | undefined
  lastName?: string | undefined
  dateOfBirth?: string | undefined
  insz?: string | undefined
  school?: string | undefined
  address?: string | undefined
  parentContact?: string | undefined
}

// Bound to the case id, so a ciphertext copied onto another case does not decrypt.
const associated = (caseId: string) => `identity:${caseId}`

/**
 * The upsert that seals an identity, to run with the case write it belongs to. Wrapped in an
 * array: an async function returning a query builder would run it (builders are thenables).
 */
export async function sealIdentityStatements(deps: Pick<Deps, 'db' | 'keys' | 'clock'>, caseId: string, identity: Identity): Promise<Statement[]> {
  const sealed = await seal(deps.keys, JSON.stringify(identity), associated(caseId))
  const row = { caseId, ...sealed, updatedAt: deps.clock.now() }
  return [
    deps.db
      .insert(identities)
      .values(row)
      .onConflictDoUpdate({ target: identities.caseId, set: { ...sealed, updatedAt: row.updatedAt } }),
  ]
}

export const REVEAL_REASONS = {
  contact: 'Contact opnemen met de jongere of de ouders',
  verslag: 'Verslag of brief opmaken',
  correctie: 'Gegevens nakijken of verbeteren',
  concept: 'Eigen concept verder invullen',
} as const
export type RevealReason = keyof typeof REVEAL_REASONS

/**
 * The only way out of the vault: the caller must belong to the organisation that referred the
 * case (with the aanmelder role in its region), and every opening is audited with its reason.
 */
export async function revealIdentity(deps: Deps, actor: Actor, user: AuthUser, caseId: string, reason: RevealReason): Promise<Result<{ identity: Identity }>> {
  const [row] = await deps.db
    .select({
      regionCode: cases.regionCode,
      organisationId: cases.organisationId,
      referrerId: cases.referrerId,
      status: cases.status,
      keyId: identities.keyId,
      iv: identities.iv,
      ciphertext: identities.ciphertext,
    })
    .from(cases)
    .leftJoin(identities, eq(identities.caseId, cases.id))
    .where(eq(cases.id, caseId))
    .limit(1)
  if (!row) return notFound()
  if (!canSeeOwnCase(user, row)) {
    await audit(deps, actor, { action: 'identiteit.geweigerd', objectType: 'case', objectId: caseId })
    return forbidden()
  }
  await audit(deps, actor, { action: 'identiteit.getoond', objectType: 'case', objectId: caseId, details: { reden: reason } })
  if (!row.keyId || !row.iv || !row.ciphertext) return { ok: true, identity: {} }
  const identity = JSON.parse(await open(deps.keys, { keyId: row.keyId, iv: row.iv, ciphertext: row.ciphertext }, associated(caseId))) as Identity
  return { ok: true, identity }
}

/**
 * The identity as hints for the scrubber, for text written about the case by people who never see
 * the identity (coordinators, members, the follow-up): without them an unusual name that the
 * writer learned at the table would be stored in plain text. The values never leave the server;
 * they only decide which words of the writer's own text get a placeholder.
 */
export async function scrubHints(deps: Pick<Deps, 'db' | 'keys'>, caseId: string): Promise<IdentityHints> {
  const [row] = await deps.db.select().from(identities).where(eq(identities.caseId, caseId)).limit(1)
  if (!row) return {}
  const identity = JSON.parse(await open(deps.keys, { keyId: row.keyId, iv: row.iv, ciphertext: row.ciphertext }, associated(caseId))) as Identity
  return Object.fromEntries(Object.entries(identity).filter(([, v]) => typeof v === 'string' && v !== '')) as IdentityHints
}

/**
 * Re-encrypts every identity not yet under the current key. Idempotent and resumable: each row is
 * rewritten on its own, guarded by its old key id, and only rows still under an old key are read.
 */
export async function rotateIdentityKeys(deps: Pick<Deps, 'db' | 'keys' | 'clock'>, batchSize = 200): Promise<{ rotated: number }> {
  let rotated = 0
  for (;;) {
    const batch = await deps.db.select().from(identities).where(ne(identities.keyId, deps.keys.vault.currentId)).limit(batchSize)
    if (batch.length === 0) return { rotated }
    for (const row of batch) {
      const plain = await open(deps.keys, row, associated(row.caseId))
      const sealed = await seal(deps.keys, plain, associated(row.caseId))
      await deps.db
        .update(identities)
        .set({ ...sealed, updatedAt: deps.clock.now() })
        .where(and(eq(identities.caseId, row.caseId), eq(identities.keyId, row.keyId)))
      rotated++
    }
  }
}
