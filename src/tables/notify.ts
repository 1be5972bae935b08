import { and, eq } from 'drizzle-orm'
import { tableMembers, users } from '../../db/schema'
import type { Deps } from '../deps'
import { queueMail } from '../mail/outbox'
import type { MailAttachment } from '../mail/sender'
import { dutchDate } from './today'

interface TableRef {
  id: string
  name: string
}

interface ZittingRef {
  id: string
  date: string
  startTime: string
  endTime: string
  location: string
  cancelReason: string | null
}

const SUBJECTS = {
  gepland: 'Nieuwe zitting',
  gewijzigd: 'Gewijzigde zitting',
  geannuleerd: 'Geannuleerde zitting',
} as const

/**
 * One mail per active member of the table for a change to one or more zittingen, with the
 * calendar entry of each attached; the link stays for mail clients that drop attachments.
 */
export async function memberMails<Z extends ZittingRef>(deps: Deps, table: TableRef, rows: Z[], kind: keyof typeof SUBJECTS, calendar: (row: Z) => string) {
  const members = await deps.db
    .select({ email: users.email, name: users.name })
    .from(tableMembers)
    .innerJoin(users, eq(users.id, tableMembers.userId))
    .where(and(eq(tableMembers.tableId, table.id), eq(users.active, true)))
  const plural = rows.length > 1
  const subject = `${plural ? `${rows.length} nieuwe zittingen` : SUBJECTS[kind]}: overlegtafel ${table.name}`
  const lines = rows.flatMap((z) => [
    `- ${dutchDate(z.date)} van ${z.startTime} tot ${z.endTime}, ${z.location}`,
    ...(z.cancelReason ? [`  Reden: ${z.cancelReason}`] : []),
    `  Agenda-item (.ics): ${deps.config.publicUrl}/tafels/zittingen/${z.id}/agenda.ics`,
  ])
  const intro = {
    gepland: plural ? 'Er zijn nieuwe zittingen gepland voor uw overlegtafel:' : 'Er is een nieuwe zitting gepland voor uw overlegtafel:',
    gewijzigd: 'Een zitting van uw overlegtafel is gewijzigd:',
    geannuleerd: 'Een zitting van uw overlegtafel is geannuleerd:',
  }[kind]
  const attachments = rows.map((z) => icsAttachment(z, calendar(z), kind === 'geannuleerd' ? 'CANCEL' : 'REQUEST'))
  return members.map((to) =>
    queueMail(deps, {
      to: to.email,
      subject,
      text: [`Beste ${to.name},`, '', intro, '', ...lines, '', 'Open het agenda-item in de bijlage om uw agenda bij te werken.'].join('\n'),
      attachments,
    }),
  )
}

/** An invitation as a mail attachment; the method parameter lets mail clients offer accept/decline. */
export function icsAttachment(z: { date: string }, ics: string, method: 'REQUEST' | 'CANCEL'): MailAttachment {
  return { filename: `zitting-${z.date}.ics`, contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics }
}
