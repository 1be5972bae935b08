import { and, eq, gt, inArray, isNotNull, ne, or } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { caseInvolvements, cases, organisations, users } from '../../db/schema'
import { type Actor, audit } from '../audit/log'
import type { Deps } from '../deps'
import { queueMail } from '../mail/outbox'
import { OPEN_STATUSES } from './lifecycle'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/**
 * Verwijsindex: when another organisation already has the same young person (same pseudonym) in
 * an open case, or one closed less than 12 months ago, both referrers learn of each other:
 * organisation and contact only, never a word of the other case.
 */
export async function recordInvolvements(deps: Deps, actor: Actor, caseId: string): Promise<number> {
  const [me] = await deps.db
    .select({ pseudonym: cases.pseudonym, organisationId: cases.organisationId, reference: cases.reference, referrerId: cases.referrerId })
    .from(cases)
    .where(eq(cases.id, caseId))
  if (!me?.pseudonym) return 0
  const since = new Date(deps.clock.now().getTime() - YEAR_MS)
  const others = await deps.db
    .select({ id: cases.id, reference: cases.reference, referrerId: cases.referrerId, organisationId: cases.organisationId })
    .from(cases)
    .where(
      and(
        eq(cases.pseudonym, me.pseudonym),
        ne(cases.organisationId, me.organisationId),
        isNotNull(cases.reference),
        or(inArray(cases.status, [...OPEN_STATUSES]), gt(cases.closedAt, since)),
      ),
    )
  if (others.length === 0) return 0
  const contacts = await contactsOf(deps, [me.referrerId, ...others.map((o) => o.referrerId)])
  const mine = contacts.get(me.referrerId)
  const now = deps.clock.now()
  for (const other of others) {
    const theirs = contacts.get(other.referrerId)
    await audit(deps, actor, { action: 'verwijsindex.melding', objectType: 'case', objectId: caseId, details: { andereCasus: other.id } }, () => [
      deps.db.insert(caseInvolvements).values({ caseId, otherCaseId: other.id, createdAt: now }).onConflictDoNothing(),
      deps.db.insert(caseInvolvements).values({ caseId: other.id, otherCaseId: caseId, createdAt: now }).onConflictDoNothing(),
      ...(mine && theirs
        ? [
            queueMail(deps, involvementMail(deps.config.publicUrl, mine, theirs, me.reference ?? '', caseId)),
            queueMail(deps, involvementMail(deps.config.publicUrl, theirs, mine, other.reference ?? '', other.id)),
          ]
        : []),
    ])
  }
  return others.length
}

interface Contact {
  name: string
  email: string
  organisation: string
}

async function contactsOf(deps: Deps, userIds: string[]): Promise<Map<string, Contact>> {
  const rows = await deps.db
    .select({ id: users.id, name: users.name, email: users.email, organisation: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(inArray(users.id, userIds))
  return new Map(rows.map((r) => [r.id, r]))
}

function involvementMail(publicUrl: string, to: Contact, other: Contact, reference: string, caseId: string) {
  return {
    to: to.email,
    subject: `Ook een andere organisatie is betrokken bij ${reference}`,
    text: [
      `Beste ${to.name},`,
      '',
      `Een andere organisatie heeft dezelfde jongere aangemeld bij het ROTS, of volgt die op. Het gaat om uw aanmelding ${reference}.`,
      '',
      `Organisatie: ${other.organisation}`,
      `Contactpersoon: ${other.name} (${other.email})`,
      '',
      'U krijgt geen inhoud van het andere dossier te zien. Neem contact op als samenwerking de jongere helpt.',
      '',
      `${publicUrl}/aanmeldingen/${caseId}`,
    ].join('\n'),
  }
}

/** The organisations also involved with this case's young person, for the referrer's case page. */
export async function involvementsOf(deps: Pick<Deps, 'db'>, caseId: string): Promise<Contact[]> {
  const other = alias(cases, 'other')
  return deps.db
    .select({ name: users.name, email: users.email, organisation: organisations.name })
    .from(caseInvolvements)
    .innerJoin(other, eq(other.id, caseInvolvements.otherCaseId))
    .innerJoin(users, eq(users.id, other.referrerId))
    .innerJoin(organisations, eq(organisations.id, other.organisationId))
    .where(eq(caseInvolvements.caseId, caseId))
}
