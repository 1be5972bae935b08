import { describe, expect, it } from 'vitest'
import { fold, zittingCalendar } from '../../src/tables/ics'
import { parseIcs } from './ics-parse'

const EVENT = {
  zittingId: 'abc',
  method: 'REQUEST' as const,
  sequence: 3,
  stamp: new Date('2026-03-02T09:00:00Z'),
  date: '2026-03-19',
  startTime: '13:30',
  endTime: '16:00',
  summary: 'Overlegtafel Vlaams-Brabant; één, twee',
  location: 'Provinciehuis Leuven, zaal 2',
  organizer: 'rots@example.org',
}

describe('the calendar entry of a zitting (RFC 5545)', () => {
  it('has a stable UID, the SEQUENCE, a UTC DTSTAMP and Brussels wall-clock times', () => {
    const ics = parseIcs(zittingCalendar(EVENT))
    expect(ics.method).toBe('REQUEST')
    expect(ics.event('UID')?.value).toBe('zitting-abc@rots')
    expect(ics.event('SEQUENCE')?.value).toBe('3')
    expect(ics.event('DTSTAMP')?.value).toBe('20260302T090000Z')
    expect(ics.line('DTSTART')).toBe('DTSTART;TZID=Europe/Brussels:20260319T133000')
    expect(ics.line('DTEND')).toBe('DTEND;TZID=Europe/Brussels:20260319T160000')
    expect(ics.event('SUMMARY')?.value).toBe('Overlegtafel Vlaams-Brabant\\; één\\, twee')
  })

  it('says CANCEL and CANCELLED for a cancelled zitting', () => {
    const ics = parseIcs(zittingCalendar({ ...EVENT, method: 'CANCEL' }))
    expect(ics.method).toBe('CANCEL')
    expect(ics.event('STATUS')?.value).toBe('CANCELLED')
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'één keer '.repeat(40)}`
    const folded = fold(line)
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    parseIcs(zittingCalendar({ ...EVENT, description: 'één keer '.repeat(40) }))
  })
})
