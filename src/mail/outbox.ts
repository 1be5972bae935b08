import { and, desc, eq, lte, sql } from 'drizzle-orm'
import { outbox } from '../../db/schema'
import type { Deps } from '../deps'
import { newId } from '../ids'
import type { MailAttachment } from './sender'

/** Delays before the 2nd, 3rd, … attempt; after the last one the mail is marked failed. */
const BACKOFF_MINUTES = [1, 5, 30, 120, 720]

// Kept to the three text columns: callers spread it straight into an outbox row.
export interface MailDraft {
  to: string
  subject: string
  text: string
}

export interface MailDraftWithAttachments extends MailDraft {
  attachments?: MailAttachment[]
}

/** The outbox row of a draft; attachments are stored as JSON text beside it. */
export function outboxRow(deps: Pick<Deps, 'clock'>, draft: MailDraftWithAttachments, id: string = newId()) {
  const now = deps.clock.now()
  const { attachments, ...mail } = draft
  return { id, ...mail, attachments: attachments?.length ? JSON.stringify(attachments) : null, nextAttemptAt: now, createdAt: now }
}

/** The insert that queues a mail; run it in the same atomic unit as the change it reports. */
export function queueMail(deps: Pick<Deps, 'db' | 'clock'>, draft: MailDraftWithAttachments) {
  return deps.db.insert(outbox).values(outboxRow(deps, draft))
}

/** A stored attachment list that cannot be read is a bug upstream: better to fail the attempt visibly than to send without it. */
function readAttachments(stored: string | null): MailAttachment[] | undefined {
  if (!stored) return undefined
  const parsed: unknown = JSON.parse(stored)
  if (!Array.isArray(parsed) || !parsed.every(isAttachment)) throw new Error('ongeldige bijlagen in de wachtrij')
  return parsed.length ? parsed : undefined
}

function isAttachment(value: unknown): value is MailAttachment {
  const a = value as Partial<MailAttachment> | null
  return typeof a?.filename === 'string' && typeof a.contentType === 'string' && typeof a.content === 'string'
}

/**
 * Sends what is due. Each row is claimed by bumping its attempt count with a guard on the old
 * count, so two deliverers (a timer and a request, or two isolates) never send the same mail twice.
 */
export async function deliverDue(deps: Deps, limit = 20): Promise<{ sent: number; failed: number }> {
  const now = deps.clock.now()
  const due = await deps.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'wachtend'), lte(outbox.nextAttemptAt, now)))
    .orderBy(outbox.nextAttemptAt)
    .limit(limit)
  let sent = 0
  let failed = 0
  for (const mail of due) {
    const attempt = mail.attempts + 1
    const delay = BACKOFF_MINUTES[attempt - 1]
    const claimed = await deps.db
      .update(outbox)
      .set({ attempts: attempt, nextAttemptAt: new Date(now.getTime() + (delay ?? 0) * 60_000) })
      .where(and(eq(outbox.id, mail.id), eq(outbox.attempts, mail.attempts), eq(outbox.status, 'wachtend')))
      .returning({ id: outbox.id })
    if (claimed.length === 0) continue
    try {
      const attachments = readAttachments(mail.attachments)
      await deps.mailer.send({
        id: mail.id,
        from: deps.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(attachments ? { attachments } : {}),
      })
      await deps.db.update(outbox).set({ status: 'verzonden', sentAt: deps.clock.now(), lastError: null }).where(eq(outbox.id, mail.id))
      sent++
    } catch (error) {
      failed++
      const lastError = error instanceof Error ? error.message.slice(0, 500) : 'onbekende fout'
      await deps.db
        .update(outbox)
        .set({ lastError, ...(delay === undefined ? { status: 'mislukt' as const } : {}) })
        .where(eq(outbox.id, mail.id))
      deps.log.warn('mail_delivery_failed', { mailId: mail.id, attempt, sender: deps.mailer.name })
    }
  }
  return { sent, failed }
}

export interface OutboxRow {
  id: string
  to: string
  subject: string
  status: 'wachtend' | 'verzonden' | 'mislukt'
  attempts: number
  lastError: string | null
  createdAt: Date
  sentAt: Date | null
}

/** The newest mails first, for the beheerder's delivery overview. */
export async function listOutbox(deps: Pick<Deps, 'db'>, page: number, pageSize: number) {
  const rows: OutboxRow[] = await deps.db
    .select({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(outbox)
    .orderBy(desc(outbox.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [count] = await deps.db.select({ n: sql<number>`count(*)` }).from(outbox)
  return { rows, total: count?.n ?? 0 }
}

/** Puts a failed mail back in the queue for an immediate new attempt. */
export async function retryMail(deps: Pick<Deps, 'db' | 'clock'>, id: string): Promise<boolean> {
  const updated = await deps.db
    .update(outbox)
    .set({ status: 'wachtend', attempts: 0, nextAttemptAt: deps.clock.now() })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'mislukt')))
    .returning({ id: outbox.id })
  return updated.length > 0
}
