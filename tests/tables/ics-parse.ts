import { expect } from 'vitest'

export interface IcsProperty {
  name: string
  params: Record<string, string>
  value: string
}

/**
 * A small RFC 5545 reader for tests: checks CRLF line endings and 75-octet folding, unfolds,
 * checks that components nest, and returns the properties of the VCALENDAR and its VEVENT.
 */
export function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  const physical = text.slice(0, -2).split('\r\n')
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
  const stack: string[] = []
  const calendar: IcsProperty[] = []
  const event: IcsProperty[] = []
  for (const line of lines) {
    const colon = line.indexOf(':')
    const [name = '', ...params] = line.slice(0, colon).split(';')
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') stack.push(value)
    else if (name === 'END') expect(stack.pop()).toBe(value)
    else {
      const prop = { name, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value }
      if (stack.at(-1) === 'VCALENDAR') calendar.push(prop)
      if (stack.at(-1) === 'VEVENT') event.push(prop)
    }
  }
  expect(stack).toEqual([])
  expect(lines[0]).toBe('BEGIN:VCALENDAR')
  expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels')
  const get = (props: IcsProperty[], name: string) => props.find((p) => p.name === name)
  for (const name of ['VERSION', 'PRODID', 'METHOD']) expect(get(calendar, name), name).toBeDefined()
  for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SEQUENCE', 'SUMMARY', 'ORGANIZER']) expect(get(event, name), name).toBeDefined()
  return {
    method: get(calendar, 'METHOD')?.value,
    event: (name: string) => get(event, name),
    line: (name: string) => {
      const p = get(event, name)
      return p ? `${[p.name, ...Object.entries(p.params).map(([k, v]) => `${k}=${v}`)].join(';')}:${p.value}` : undefined
    },
  }
}
