import type { ReportTable } from './build'
import { type Cell, cellText } from './disclosure'

/**
 * CSV as Belgian Excel opens it: UTF-8 with a byte order mark (else accents break), `;` between
 * fields (the comma is the decimal sign here), CRLF line ends, Dutch headings.
 */
export function reportCsv(table: ReportTable, withoutConsent: Cell): string {
  const lines = [
    table.headings,
    ...[...table.rows, ...(table.footer ? [table.footer] : [])].map((r) => [r.label, ...r.values.map((v) => (typeof v === 'string' ? v : cellText(v)))]),
  ]
  lines.push([], ['Zonder toestemming voor statistiek (niet meegeteld)', cellText(withoutConsent)])
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(';')).join('\r\n')}\r\n`
}

function csvField(value: string): string {
  // a cell starting with = + - @ is run as a formula by spreadsheets: neutralise user text
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
