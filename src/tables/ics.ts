// RFC 5545 calendar text for one zitting. Pure: the caller passes every value, including DTSTAMP.

export interface CalendarEvent {
  zittingId: string
  /** 'REQUEST' for a planned or changed zitting, 'CANCEL' when it is called off. */
  method: 'REQUEST' | 'CANCEL'
  sequence: number
  stamp: Date
  /** yyyy-mm-dd and 'HH:MM', wall-clock time in Brussels. */
  date: string
  startTime: string
  endTime: string
  summary: string
  location: string
  description?: string | undefined
  /** Address the invitation comes from (iTIP needs an ORGANIZER). */
  organizer: string
}

export const TZID = 'Europe/Brussels'

// The EU rule since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** The UID stays the same through every change, so calendar clients update instead of adding. */
export function zittingUid(zittingId: string): string {
  return `zitting-${zittingId}@rots`
}

export function zittingCalendar(e: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ROTS casuistiek//Overlegtafels//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${e.method}`,
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${zittingUid(e.zittingId)}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utc(e.stamp)}`,
    `DTSTART;TZID=${TZID}:${local(e.date, e.startTime)}`,
    `DTEND;TZID=${TZID}:${local(e.date, e.endTime)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `LOCATION:${escapeText(e.location)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    `ORGANIZER:mailto:${e.organizer}`,
    `STATUS:${e.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}

function local(date: string, time: string): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`
}

function utc(at: Date): string {
  return `${at.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`
}

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

const encoder = new TextEncoder()

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}
