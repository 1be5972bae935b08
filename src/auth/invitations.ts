import { and, eq, isNull } from 'drizzle-orm'
import { invitations, users } from '../../db/schema'
import { audit } from '../audit/log'
import type { Deps } from '../deps'
import { constantTimeEqual, newId, sha256Hex } from '../ids'
import { queueMail } from '../mail/outbox'
import { checkPasswordPolicy, hashPassword } from './passwords'
import { createSession } from './sessions'

// An invitation link is `/uitnodiging/<id>.<secret>`: like a session token, only the secret's
// hash is stored, it works once, and it expires (INVITATION_HOURS).

/**
 * The statements that create an invitation and queue its mail (run them with the change that
 * caused them), and the link, for the operator's console when the CLI creates the first admin.
 */
export function prepareInvitation(deps: Deps, invitee: { id: string; email: string; name: string }, createdBy: string | null) {
  const id = newId()
  const secret = newId(20)
  const now = deps.clock.now()
  const expiresAt = new Date(now.getTime() + deps.config.invitationHours * 60 * 60 * 1000)
  const link = `${deps.config.publicUrl}/uitnodiging/${id}.${secret}`
  const statements = [
    // an older, unused link stops working when a new one is sent
    deps.db
      .update(invitations)
      .set({ usedAt: now })
      .where(and(eq(invitations.userId, invitee.id), isNull(invitations.usedAt))),
    deps.db.insert(invitations).values({ id, userId: invitee.id, secretHash: sha256Hex(secret), createdBy, createdAt: now, expiresAt }),
    queueMail(deps, {
      to: invitee.email,
      subject: 'Uitnodiging voor ROTS casuïstiek',
      text: invitationText(invitee.name, link, deps.config.invitationHours),
    }),
  ]
  return { link, statements }
}

function invitationText(name: string, link: string, hours: number): string {
  return [
    `Beste ${name},`,
    '',
    'U hebt toegang gekregen tot ROTS casuïstiek, het platform van de Regionale Overleggen Tegen Schooluitval.',
    'Open de link hieronder om uw wachtwoord te kiezen en uw account te activeren:',
    '',
    link,
    '',
    `Deze link werkt één keer en vervalt na ${hours} uur. Verwachtte u deze uitnodiging niet, dan mag u deze e-mail negeren.`,
    '',
    'Met vriendelijke groeten,',
    'ROTS casuïstiek',
  ].join('\n')
}

export interface OpenInvitation {
  invitationId: string
  userId: string
  name: string
  email: string
}

/** Finds a usable invitation for a link token: right secret, unused, unexpired, active user. */
export async function findInvitation(deps: Deps, token: string): Promise<OpenInvitation | null> {
  const [id, secret, extra] = token.split('.')
  if (!id || !secret || extra !== undefined) return null
  const [row] = await deps.db
    .select({
      invitationId: invitations.id,
      secretHash: invitations.secretHash,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      userId: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(eq(invitations.id, id))
    .limit(1)
  if (!row || !constantTimeEqual(row.secretHash, sha256Hex(secret))) return null
  if (row.usedAt || !row.active || row.expiresAt.getTime() <= deps.clock.now().getTime()) return null
  return { invitationId: row.invitationId, userId: row.userId, name: row.name, email: row.email }
}

export type AcceptResult =
  | { ok: true; token: string }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; fieldErrors: Record<string, string> }

/** Sets the password, spends the invitation and signs the new user in. */
export async function acceptInvitation(deps: Deps, ip: string, token: string, password: string, confirmation: string): Promise<AcceptResult> {
  const invitation = await findInvitation(deps, token)
  if (!invitation) return { ok: false, reason: 'not_found' }
  if (password !== confirmation) return { ok: false, reason: 'invalid', fieldErrors: { bevestiging: 'De twee wachtwoorden zijn niet gelijk.' } }
  const policy = checkPasswordPolicy(password, [invitation.email, invitation.name])
  if (!policy.ok) return { ok: false, reason: 'invalid', fieldErrors: { wachtwoord: policy.message } }
  const passwordHash = await hashPassword(password)
  const now = deps.clock.now()
  await audit(deps, { userId: invitation.userId, ip }, { action: 'uitnodiging.aanvaard', objectType: 'user', objectId: invitation.userId }, () => [
    deps.db.update(users).set({ passwordHash }).where(eq(users.id, invitation.userId)),
    deps.db
      .update(invitations)
      .set({ usedAt: now })
      .where(and(eq(invitations.id, invitation.invitationId), isNull(invitations.usedAt))),
  ])
  const session = await createSession(deps, invitation.userId)
  return { ok: true, token: session.token }
}
