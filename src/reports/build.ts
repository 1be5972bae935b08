import {
  ACTION_STATUSES,
  ADDRESSEES,
  CASE_STATUSES,
  EDUCATION_LEVELS,
  FOLLOW_UP_OUTCOMES,
  type ListItem,
  labelOf,
  regionName,
  SECTORS,
  SIGNAL_LEVELS,
  SIGNAL_STATUSES,
  THEMES,
  URGENCIES,
} from '../lists'
import { brusselsToday, dutchDate } from '../tables/today'
import { type Cell, protect, protectCount, quantile } from './disclosure'
import type { Bucket } from './period'
import type { Counted, SignalRow, TableUse, Wait } from './queries'

/**
 * One report as every output needs it: the same rows feed the HTML table, the SVG chart, the
 * CSV and the print version, so none of them can show more than the others.
 */
export interface ReportTable {
  id: string
  title: string
  /** What is counted and how, in one sentence under the title. */
  note: string
  /** The first is the row heading. */
  headings: string[]
  rows: ReportRow[]
  /** A totals row, set apart in the table. */
  footer: ReportRow | null
  /** Which value of each row a chart draws, or no chart. */
  chart: { kind: 'columns' | 'bars'; column: number } | null
}

export interface ReportRow {
  label: string
  values: (Cell | string)[]
}

const NOT_FILLED = { code: '', label: 'Niet ingevuld' }

export const AGE_BANDS = [
  { code: 'tot_11', label: '11 jaar of jonger' },
  { code: '12_14', label: '12–14 jaar' },
  { code: '15_16', label: '15–16 jaar' },
  { code: '17_18', label: '17–18 jaar' },
  { code: 'vanaf_19', label: '19 jaar of ouder' },
] as const satisfies readonly ListItem[]

/** A one-column count table with a protected total; categories in list order, none left out. */
function countTable(spec: {
  id: string
  title: string
  note: string
  heading: string
  /** The count column's heading; 'Aantal' unless said otherwise. */
  countHeading?: string
  list: readonly ListItem[]
  counts: Counted[]
  additive: boolean
  chart: 'columns' | 'bars'
}): ReportTable {
  const byKey = new Map(spec.counts.map((c) => [c.key ?? '', c.n]))
  const items = [...spec.list, ...(byKey.has('') ? [NOT_FILLED] : [])]
  // a case with several themes counts once per theme: such a column does not add up to its total
  const p = protect({ counts: items.map((item) => [byKey.get(item.code) ?? 0]), rowTotals: false, columnTotals: spec.additive })
  return {
    id: spec.id,
    title: spec.title,
    note: spec.note,
    headings: [spec.heading, spec.countHeading ?? 'Aantal'],
    rows: items.map((item, i) => ({ label: item.label, values: [p.cells[i]?.[0] as Cell] })),
    footer: p.columnTotals ? { label: 'Totaal', values: p.columnTotals } : null,
    chart: { kind: spec.chart, column: 0 },
  }
}

export function timeTable(buckets: readonly Bucket[], counts: readonly number[]): ReportTable {
  return countTable({
    id: 'aanmeldingen',
    title: 'Aanmeldingen in de tijd',
    note: 'Aantal aanmeldingen per maand (of per trimester over de schooljaren heen), op de datum van aanmelding.',
    heading: 'Periode',
    countHeading: 'Aanmeldingen',
    list: buckets.map((b, i) => ({ code: String(i), label: b.label })),
    counts: counts.map((n, i) => ({ key: String(i), n })),
    additive: true,
    chart: 'columns',
  })
}

export function themeTable(counts: Counted[]): ReportTable {
  return countTable({
    id: 'themas',
    title: "Thema's",
    note: "Een aanmelding kan meerdere thema's hebben; de kolom telt daarom niet op tot het aantal aanmeldingen.",
    heading: 'Thema',
    list: THEMES,
    counts,
    additive: false,
    chart: 'bars',
  })
}

export function educationTable(counts: Counted[]): ReportTable {
  return countTable({
    id: 'onderwijsniveau',
    title: 'Onderwijsniveau',
    note: 'Aanmeldingen per onderwijsniveau van de jongere.',
    heading: 'Onderwijsniveau',
    list: EDUCATION_LEVELS,
    counts,
    additive: true,
    chart: 'bars',
  })
}

export function ageTable(counts: Counted[]): ReportTable {
  return countTable({
    id: 'leeftijd',
    title: 'Leeftijd',
    note: 'Aanmeldingen per leeftijdsgroep bij aanmelding.',
    heading: 'Leeftijd',
    list: AGE_BANDS,
    counts,
    additive: true,
    chart: 'bars',
  })
}

export function urgencyTable(counts: Counted[]): ReportTable {
  return countTable({
    id: 'urgentie',
    title: 'Urgentie',
    note: 'Aanmeldingen per urgentie die de aanmelder opgaf.',
    heading: 'Urgentie',
    list: URGENCIES,
    counts,
    additive: true,
    chart: 'bars',
  })
}

export function sectorTable(counts: Counted[]): ReportTable {
  return countTable({
    id: 'sector',
    title: 'Verwijzende sector',
    note: 'Aanmeldingen per sector van de aanmeldende organisatie.',
    heading: 'Sector',
    list: SECTORS,
    counts,
    additive: true,
    chart: 'bars',
  })
}

/** The lifecycle in order; concepts are not aanmeldingen. */
const FUNNEL = CASE_STATUSES.filter((s) => s.code !== 'concept')

export function statusTable(counts: Counted[]): ReportTable {
  return countTable({
    id: 'status',
    title: 'Statusverloop',
    note: 'Waar de aanmeldingen van de periode nu staan, in de volgorde van het traject.',
    heading: 'Huidige status',
    list: FUNNEL,
    counts,
    additive: true,
    chart: 'bars',
  })
}

export function outcomeTable(counts: Counted[]): ReportTable {
  return countTable({
    id: 'uitkomsten',
    title: 'Uitkomsten bij opvolging',
    note: 'De laatst gemelde uitkomst per opgevolgde aanmelding.',
    heading: 'Uitkomst',
    list: FOLLOW_UP_OUTCOMES,
    counts,
    additive: true,
    chart: 'bars',
  })
}

const WAIT_GROUPS = [...URGENCIES, { code: '*', label: 'Alle urgenties' }]

/** Days from aanmelding to the first bespreking: median and p90 only for groups of five or more. */
export function waitTable(list: Wait[]): ReportTable {
  const days = (w: Wait) => Math.round((Date.parse(w.discussedOn) - Date.parse(brusselsToday(w.submittedAt))) / 86_400_000)
  const groups = WAIT_GROUPS.map((g) => list.filter((w) => g.code === '*' || w.urgency === g.code).map(days))
  const p = protect({ counts: groups.slice(0, -1).map((g) => [g.length]), rowTotals: false, columnTotals: true })
  const shown = (value: number | null) => (value === null ? '–' : String(Math.round(value)))
  // a total given up to protect a small group reads as hidden
  const counts: Cell[] = [...p.cells.map((row) => row[0] as Cell), p.columnTotals?.[0] ?? { kind: 'hidden' }]
  const rows = WAIT_GROUPS.map((g, i) => {
    const cell = counts[i] as Cell
    // a suppressed group shows no statistics either: its median would tell its size apart
    const group = cell.kind === 'value' ? (groups[i] ?? []) : []
    return { label: g.label, values: [cell, shown(quantile(group, 0.5)), shown(quantile(group, 0.9))] }
  })
  return {
    id: 'wachttijden',
    title: 'Wachttijden',
    note: 'Kalenderdagen van aanmelding tot de eerste bespreking. Mediaan en p90 alleen voor groepen van minstens 5.',
    headings: ['Urgentie', 'Besproken', 'Mediaan (dagen)', 'P90 (dagen)'],
    rows: rows.slice(0, -1),
    footer: rows.at(-1) ?? null,
    chart: { kind: 'bars', column: 1 },
  }
}

const UNFINISHED = ['open', 'niet_mogelijk', 'niet_uitgevoerd_partner'] as const

/** Actions per partner sector and status: what a stuurgroep needs to address a partner. */
export function actionTable(list: { sector: string; status: string; n: number }[]): ReportTable {
  const statuses = [...UNFINISHED, 'uitgevoerd']
  const sectors = SECTORS.filter((s) => list.some((a) => a.sector === s.code))
  const counts = sectors.map((s) => statuses.map((st) => list.find((a) => a.sector === s.code && a.status === st)?.n ?? 0))
  const p = protect({ counts, rowTotals: true, columnTotals: true })
  return {
    id: 'acties',
    title: 'Opvolging van acties per partnersector',
    note: 'Acties die de tafel afsprak, per sector die de actie opnam. "Niet mogelijk" en "niet uitgevoerd door de partner" staan apart.',
    headings: ['Sector', ...statuses.map((st) => labelOf(ACTION_STATUSES, st)), 'Totaal'],
    rows: sectors.map((s, i) => ({ label: s.label, values: [...(p.cells[i] ?? []), p.rowTotals?.[i] ?? '–'] })),
    footer: p.columnTotals && sectors.length > 0 ? { label: 'Totaal', values: [...p.columnTotals, p.grandTotal ?? '–'] } : null,
    chart: { kind: 'bars', column: 2 },
  }
}

export function tableUseTable(list: TableUse[]): ReportTable {
  const p = protect({ counts: list.map((t) => [t.discussed]), rowTotals: false, columnTotals: true })
  const rate = (cell: Cell, slots: number) => (cell.kind === 'value' && slots > 0 ? `${Math.round((cell.n / slots) * 100)} %` : '–')
  const slots = list.reduce((sum, t) => sum + t.slots, 0)
  return {
    id: 'tafels',
    title: 'Bezetting van de tafels',
    note: 'Zittingen die plaatsvonden in de periode, hun plaatsen en de besproken aanmeldingen. De bezetting staat er alleen bij als het aantal besproken aanmeldingen getoond mag worden.',
    headings: ['Tafel', 'Regio', 'Zittingen', 'Plaatsen', 'Besproken', 'Bezetting'],
    rows: list.map((t, i) => {
      const cell = p.cells[i]?.[0] as Cell
      return { label: t.name, values: [regionName(t.regionCode), String(t.zittingen), String(t.slots), cell, rate(cell, t.slots)] }
    }),
    footer:
      list.length > 0 && p.columnTotals
        ? {
            label: 'Totaal',
            values: [
              '',
              String(list.reduce((sum, t) => sum + t.zittingen, 0)),
              String(slots),
              p.columnTotals?.[0] as Cell,
              rate(p.columnTotals?.[0] as Cell, slots),
            ],
          }
        : null,
    chart: { kind: 'bars', column: 3 },
  }
}

/** Signals per status, through the same disclosure control as every other count. */
export function signalStatusTable(list: SignalRow[]): ReportTable {
  const counts = SIGNAL_STATUSES.map((st) => ({ key: st.code, n: list.filter((s) => s.status === st.code).length }))
  return countTable({
    id: 'signaalstatus',
    title: 'Signalen per status',
    note: 'Signalen uit de periode (bundels tellen als één signaal), per status.',
    heading: 'Status',
    list: SIGNAL_STATUSES,
    counts,
    additive: true,
    chart: 'bars',
  })
}

/** The register as the stuurgroep reads it: scrubbed texts, linked cases only as a protected count. */
export function signalTable(list: SignalRow[]): ReportTable {
  const date = (d: Date | null) => (d ? dutchDate(brusselsToday(d)) : '')
  return {
    id: 'signalen',
    title: 'Signalen',
    note: 'Structurele signalen uit de periode met hun status en het antwoord van de overheid. Het aantal onderliggende aanmeldingen onder 5 staat als <5.',
    headings: ['Signaal', 'Regio', 'Niveau', 'Status', 'Gericht aan', 'Aanmeldingen', 'Aangemaakt', 'Doorgestuurd', 'Omschrijving', 'Antwoord'],
    rows: list.map((s) => ({
      label: s.title,
      values: [
        regionName(s.regionCode),
        labelOf(SIGNAL_LEVELS, s.level),
        labelOf(SIGNAL_STATUSES, s.status),
        s.addressees.map((a) => labelOf(ADDRESSEES, a)).join(', '),
        protectCount(s.linkedCases),
        date(s.createdAt),
        date(s.forwardedAt),
        s.description,
        s.responses.map((r) => `${labelOf(ADDRESSEES, r.addressee)} (${date(r.at)}): ${r.text}`).join(' | '),
      ],
    })),
    footer: null,
    chart: null,
  }
}
