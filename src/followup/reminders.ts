import { and, eq, inArray, isNull } from 'drizzle-orm'
import { actions, consults, outbox } from '../../db/schema'
import { atomic } from '../db'
import type { Deps } from '../deps'
import { sha256Hex } from '../ids'
import { type MailDraft, outboxRow } from '../mail/outbox'
import { brusselsToday, dutchDate } from '../tables/today'
import { addWorkingDays } from '../tables/working-days'
import { type DueActionReminder, listActionsToRemind, listFollowUpDatesToRemind } from './queries'

/** How many working days before its due date the referrer hears of an open action. */
export const ACTION_REMINDER_WORKING_DAYS = 3

/**
 * Queues the follow-up reminders to referrers: open actions nearing their due date (one mail per
 * case) and follow-up dates that came without a follow-up. Safe to run as often as wanted: each
 * reminder is marked sent in the same atomic unit as its mail, and only once.
 */
export async function queueReminders(deps: Deps): Promise<{ actionMails: number; followUpMails: number }> {
  const today = brusselsToday(deps.clock.now())
  const due = await listActionsToRemind(deps.db, addWorkingDays(today, ACTION_REMINDER_WORKING_DAYS))
  const byCase = new Map<string, DueActionReminder[]>()
  for (const action of due) byCase.set(action.caseId, [...(byCase.get(action.caseId) ?? []), action])
  for (const group of byCase.values()) await remindOfActions(deps, group)

  const dates = await listFollowUpDatesToRemind(deps.db, today)
  for (const d of dates) {
    const now = deps.clock.now()
    await atomic(deps.db, [
      deps.db
        .update(consults)
        .set({ followUpReminderSentAt: now })
        .where(and(eq(consults.id, d.consultId), isNull(consults.followUpReminderSentAt))),
      reminderMail(deps, `opvolgdatum:${d.consultId}`, {
        to: d.referrerEmail,
        subject: `Herinnering: opvolging van ${d.reference}`,
        text: [
          `Beste ${d.referrerName},`,
          '',
          `De opvolgdatum van ${d.reference} (${dutchDate(d.followUpDate)}) is bereikt. Laat in de toepassing weten hoe het nu gaat en hoe de afgesproken acties staan.`,
          '',
          followUpLink(deps, d.caseId),
        ].join('\n'),
      }),
    ])
  }
  return { actionMails: byCase.size, followUpMails: dates.length }
}

// The mail names the case by reference and the actions by number and due date only: action
// texts describe a minor's situation and stay in the application.
async function remindOfActions(deps: Deps, group: DueActionReminder[]) {
  const [first] = group
  if (!first) return
  const now = deps.clock.now()
  const ids = group.map((a) => a.actionId)
  await atomic(deps.db, [
    deps.db
      .update(actions)
      .set({ reminderSentAt: now })
      .where(and(inArray(actions.id, ids), isNull(actions.reminderSentAt))),
    reminderMail(deps, `acties:${ids.join(',')}`, {
      to: first.referrerEmail,
      subject: `Herinnering: ${group.length === 1 ? 'een actie vervalt' : 'acties vervallen'} binnenkort voor ${first.reference}`,
      text: [
        `Beste ${first.referrerName},`,
        '',
        `Voor ${first.reference} ${group.length === 1 ? 'vervalt binnenkort een actie' : 'vervallen binnenkort acties'} die op de bespreking werden afgesproken:`,
        ...group.map((a) => `- actie ${a.number}: uiterlijk ${dutchDate(a.dueDate)}`),
        '',
        'Vul de opvolging aan zodra u weet hoe het met de actie staat.',
        '',
        followUpLink(deps, first.caseId),
      ].join('\n'),
    }),
  ])
}

const followUpLink = (deps: Deps, caseId: string) => `${deps.config.publicUrl}/opvolging/${caseId}`

/**
 * A reminder's mail gets an id derived from what it reminds of, so two runs that overlap (a timer
 * and the command line, two isolates) queue it once: the second insert hits the same key.
 */
function reminderMail(deps: Deps, key: string, draft: MailDraft) {
  return deps.db
    .insert(outbox)
    .values(outboxRow(deps, draft, `herinnering-${sha256Hex(key).slice(0, 32)}`))
    .onConflictDoNothing()
}
