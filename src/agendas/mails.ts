import type { Deps } from '../deps'
import { queueMail } from '../mail/outbox'
import { icsAttachment } from '../tables/notify'
import { dutchDate } from '../tables/today'
import type { Recipient } from './participants'

// What participants read about an agenda: references, slot times and links, never case content.

interface ZittingFacts {
  id: string
  date: string
  startTime: string
  endTime: string
  location: string
  cancelReason?: string | null
}

export interface SlotLine {
  caseId: string
  reference: string
  format: string | null
  start: string
  end: string
}

const FORMAT_WORDS: Record<string, string> = { consult: 'consult', overlegtafel: 'overlegtafel met de jongere' }
const slotLine = (s: SlotLine) => `- ${s.start}–${s.end}  ${s.reference}${s.format ? ` (${FORMAT_WORDS[s.format] ?? s.format})` : ''}`

/**
 * One mail per participant. Standing members get the whole agenda and the whole zitting in their
 * calendar; a guest or a referrer gets only the cases they come for, and a calendar entry that
 * spans just those slots.
 */
export function agendaMails(
  deps: Deps,
  input: {
    tableName: string
    zitting: ZittingFacts
    slots: SlotLine[]
    recipients: Recipient[]
    updated: boolean
    calendar: (span?: { start: string; end: string }) => string
    /** When the members are told another way (the zitting's own change mail). */
    skipMembers?: boolean
  },
) {
  const { zitting, slots } = input
  const when = `${dutchDate(zitting.date)} van ${zitting.startTime} tot ${zitting.endTime}, ${zitting.location}`
  const subject = `${input.updated ? 'Bijgewerkte agenda' : 'Agenda'}: ${input.tableName}, ${dutchDate(zitting.date)}`
  const updatedLine = input.updated ? ['Dit is een bijgewerkte versie: ze vervangt de vorige agenda en uitnodiging.', ''] : []
  return input.recipients.flatMap((r) => {
    if (r.member && input.skipMembers) return []
    const own = slots.filter((s) => r.guestFor.includes(s.caseId) || r.referrerOf.includes(s.caseId))
    if (!r.member && own.length === 0) return []
    const span = r.member ? undefined : { start: own[0]?.start ?? zitting.startTime, end: own.at(-1)?.end ?? zitting.endTime }
    const referred = slots.filter((s) => r.referrerOf.includes(s.caseId))
    const body = [
      `Beste ${r.name},`,
      '',
      ...updatedLine,
      ...(r.member
        ? [`De agenda van de zitting van ${input.tableName} op ${when}:`, '', ...slots.map(slotLine), '']
        : [
            `U bent uitgenodigd voor de zitting van ${input.tableName} op ${dutchDate(zitting.date)}, ${zitting.location}, voor:`,
            '',
            ...own.map(slotLine),
            '',
          ]),
      ...(r.member || r.guestFor.length
        ? [
            'De gepseudonimiseerde dossiers leest u in de toepassing, vanaf nu tot kort na de zitting:',
            `${deps.config.publicUrl}/mijn-zittingen/${zitting.id}`,
            '',
          ]
        : []),
      ...referred.flatMap((s) => [
        `Uw aanmelding ${s.reference} wordt besproken om ${s.start}.${s.format === 'overlegtafel' ? ' U nodigt de jongere en de ouders uit.' : ''}`,
        `${deps.config.publicUrl}/aanmeldingen/${s.caseId}`,
        '',
      ]),
      'In de bijlage vindt u de uitnodiging voor uw agenda.',
    ]
    return [
      queueMail(deps, {
        to: r.email,
        subject,
        text: body.join('\n'),
        attachments: [icsAttachment(zitting, input.calendar(span), 'REQUEST')],
      }),
    ]
  })
}

/** The agenda's participants other than the standing members (who hear it from the table's own mail) learn that the zitting is off. */
export function cancelMails(deps: Deps, input: { tableName: string; zitting: ZittingFacts; slots: SlotLine[]; recipients: Recipient[]; ics: string }) {
  const { zitting } = input
  return input.recipients
    .filter((r) => !r.member)
    .map((r) => {
      const own = input.slots.filter((s) => r.guestFor.includes(s.caseId) || r.referrerOf.includes(s.caseId))
      const referred = own.filter((s) => r.referrerOf.includes(s.caseId))
      return queueMail(deps, {
        to: r.email,
        subject: `Geannuleerde zitting: ${input.tableName}, ${dutchDate(zitting.date)}`,
        text: [
          `Beste ${r.name},`,
          '',
          `De zitting van ${input.tableName} op ${dutchDate(zitting.date)} is geannuleerd. Ze zou deze casussen bespreken:`,
          '',
          ...own.map(slotLine),
          ...(zitting.cancelReason ? ['', `Reden: ${zitting.cancelReason}`] : []),
          '',
          ...referred.flatMap((s) => [
            `Uw aanmelding ${s.reference} wacht opnieuw op een zitting; u hoort wanneer ze weer op een agenda staat.`,
            `${deps.config.publicUrl}/aanmeldingen/${s.caseId}`,
            '',
          ]),
          'In de bijlage vindt u de annulering voor uw agenda.',
        ].join('\n'),
        attachments: [icsAttachment(zitting, input.ics, 'CANCEL')],
      })
    })
}
