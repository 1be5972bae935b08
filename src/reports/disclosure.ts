/**
 * Disclosure control: the one place that decides which counts a report may show (DESIGN.md,
 * privacy point 5). Every table, chart, CSV and print output is built from what `protect`
 * returns, so no output can show a count this module hid.
 *
 * - Primary suppression: a count of 1 to 4 people is shown as `<5`.
 * - Secondary suppression: a published total turns each row and column into an equation. The
 *   auditor below narrows every hidden cell's interval the way an attacker would (one line at a
 *   time, to a fixpoint); while a small cell's interval is narrower than 1–4, another cell of the
 *   line that pins it is hidden as well (shown as `x`). As a last resort the totals go.
 * - Medians and percentiles are shown only for groups of at least 5.
 */

export const THRESHOLD = 5

/** A published count: its value, `<5` (1–4 people) or `x` (hidden so a `<5` cannot be derived). */
export type Cell = { kind: 'value'; n: number } | { kind: 'small' } | { kind: 'hidden' }

export interface CountMatrix {
  /** counts[row][column] */
  counts: number[][]
  /** Whether the row totals (a total per row) are published. */
  rowTotals: boolean
  /** Whether the column totals (and, with row totals, the grand total) are published. */
  columnTotals: boolean
}

export interface ProtectedMatrix {
  cells: Cell[][]
  /** One per row when row totals are published (null also when they had to go: see `protect`). */
  rowTotals: Cell[] | null
  /** One per column when column totals are published. */
  columnTotals: Cell[] | null
  /** Published only when both margins are. */
  grandTotal: Cell | null
}

/** One standalone count with no total beside it, e.g. "zonder toestemming". */
export function protectCount(n: number): Cell {
  return isSmall(n) ? { kind: 'small' } : { kind: 'value', n }
}

export function isSmall(n: number): boolean {
  return n >= 1 && n < THRESHOLD
}

/** How a cell reads in tables, charts, CSV and print. */
export function cellText(cell: Cell): string {
  if (cell.kind === 'small') return '<5'
  if (cell.kind === 'hidden') return 'x'
  return String(cell.n)
}

/** The value a chart may draw: none for a hidden or small cell, so no bar height gives it away. */
export function cellValue(cell: Cell): number | null {
  return cell.kind === 'value' ? cell.n : null
}

export const SUPPRESSION_LEGEND = '<5: 1 tot 4 personen. x: afgeschermd, zodat een aantal onder 5 niet uit de totalen kan worden afgeleid.'

/** The median, p90 … of a group, or null when the group is too small to show one. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length < THRESHOLD) return null
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.ceil(position)
  const at = (k: number) => sorted[k] ?? 0
  return at(low) + (at(high) - at(low)) * (position - low)
}

/** Hides small counts, then as many others as it takes that none of them can be derived. */
export function protect(matrix: CountMatrix): ProtectedMatrix {
  const grid = Grid.of(matrix)
  for (const id of grid.ids()) if (isSmall(grid.value(id))) grid.hide(id)
  for (;;) {
    const leak = findLeak(grid)
    if (!leak) break
    const candidate = secondaryCandidate(grid, leak)
    if (candidate !== null) grid.hide(candidate)
    else if (!grid.dropTotals()) break
  }
  return grid.published()
}

// ── the grid: cells and margins as one list of ids, rows and columns as equations ─────────────

export interface Line {
  members: number[]
  total: number
}

class Grid {
  private hidden = new Set<number>()
  private totalsDropped = false

  private constructor(
    private readonly values: number[],
    private readonly rows: number,
    private readonly columns: number,
    private readonly matrix: CountMatrix,
  ) {}

  static of(matrix: CountMatrix): Grid {
    const rows = matrix.counts.length
    const columns = matrix.counts[0]?.length ?? 0
    // ids: cells row-major, then row totals, then column totals, then the grand total
    const values = matrix.counts.flat()
    const rowSums = matrix.counts.map((row) => row.reduce((a, b) => a + b, 0))
    const columnSums = Array.from({ length: columns }, (_, j) => matrix.counts.reduce((a, row) => a + (row[j] ?? 0), 0))
    values.push(
      ...rowSums,
      ...columnSums,
      rowSums.reduce((a, b) => a + b, 0),
    )
    return new Grid(values, rows, columns, matrix)
  }

  cellId(i: number, j: number): number {
    return i * this.columns + j
  }
  rowTotalId(i: number): number {
    return this.rows * this.columns + i
  }
  columnTotalId(j: number): number {
    return this.rows * this.columns + this.rows + j
  }
  grandId(): number {
    return this.rows * this.columns + this.rows + this.columns
  }

  private showsRowTotals(): boolean {
    return this.matrix.rowTotals && !this.totalsDropped
  }
  private showsColumnTotals(): boolean {
    return this.matrix.columnTotals && !this.totalsDropped
  }

  /** Every published id. */
  ids(): number[] {
    const ids: number[] = []
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) ids.push(this.cellId(i, j))
    if (this.showsRowTotals()) for (let i = 0; i < this.rows; i++) ids.push(this.rowTotalId(i))
    if (this.showsColumnTotals()) for (let j = 0; j < this.columns; j++) ids.push(this.columnTotalId(j))
    if (this.showsRowTotals() && this.showsColumnTotals()) ids.push(this.grandId())
    return ids
  }

  /** The equations a reader can write down: every published total is the sum of its line. */
  lines(): Line[] {
    const lines: Line[] = []
    const range = (n: number) => Array.from({ length: n }, (_, k) => k)
    if (this.showsRowTotals()) {
      for (const i of range(this.rows)) lines.push({ members: range(this.columns).map((j) => this.cellId(i, j)), total: this.rowTotalId(i) })
      if (this.showsColumnTotals()) lines.push({ members: range(this.rows).map((i) => this.rowTotalId(i)), total: this.grandId() })
    }
    if (this.showsColumnTotals()) {
      for (const j of range(this.columns)) lines.push({ members: range(this.rows).map((i) => this.cellId(i, j)), total: this.columnTotalId(j) })
      if (this.showsRowTotals()) lines.push({ members: range(this.columns).map((j) => this.columnTotalId(j)), total: this.grandId() })
    }
    return lines
  }

  value(id: number): number {
    return this.values[id] ?? 0
  }
  isHidden(id: number): boolean {
    return this.hidden.has(id)
  }
  hide(id: number): void {
    this.hidden.add(id)
  }
  /** Returns false when there were no totals left to drop. */
  dropTotals(): boolean {
    if (this.totalsDropped || (!this.matrix.rowTotals && !this.matrix.columnTotals)) return false
    this.totalsDropped = true
    return true
  }

  /** What a reader sees: a value, or the bounds an id's kind tells them (small: 1–4, x: 5 or more). */
  view(id: number): Seen {
    if (!this.hidden.has(id)) return { known: true, n: this.value(id) }
    return isSmall(this.value(id)) ? { known: false, low: 1, high: THRESHOLD - 1 } : { known: false, low: THRESHOLD, high: Number.POSITIVE_INFINITY }
  }

  published(): ProtectedMatrix {
    const cell = (id: number): Cell =>
      this.hidden.has(id) ? (isSmall(this.value(id)) ? { kind: 'small' } : { kind: 'hidden' }) : { kind: 'value', n: this.value(id) }
    const cells = this.matrix.counts.map((row, i) => row.map((_, j) => cell(this.cellId(i, j))))
    const rowTotals = this.showsRowTotals() ? this.matrix.counts.map((_, i) => cell(this.rowTotalId(i))) : null
    const columnTotals = this.showsColumnTotals() ? Array.from({ length: this.columns }, (_, j) => cell(this.columnTotalId(j))) : null
    const grandTotal = rowTotals && columnTotals ? cell(this.grandId()) : null
    return { cells, rowTotals, columnTotals, grandTotal }
  }
}

// ── the auditor ──────────────────────────────────────────────────────────────────────────────

export interface Interval {
  low: number
  high: number
}

/** What a reader sees of one id: its value, or the bounds its marker gives away. */
export type Seen = { known: true; n: number } | { known: false; low: number; high: number }

/**
 * Narrows each hidden id's interval with every published equation until nothing changes: what an
 * attacker learns by subtracting visible cells from totals, line by line.
 */
export function auditIntervals(lines: readonly Line[], view: (id: number) => Seen): Map<number, Interval> {
  const bounds = new Map<number, Interval>()
  const boundsOf = (id: number): Interval => {
    const seen = bounds.get(id)
    if (seen) return seen
    const v = view(id)
    const interval = v.known ? { low: v.n, high: v.n } : { low: v.low, high: v.high }
    bounds.set(id, interval)
    return interval
  }
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false
    for (const line of lines) {
      for (const id of [...line.members, line.total]) {
        const implied = impliedInterval(line, id, boundsOf)
        const own = boundsOf(id)
        const next = { low: Math.max(own.low, implied.low), high: Math.min(own.high, implied.high) }
        if (next.low > own.low || next.high < own.high) {
          bounds.set(id, next)
          changed = true
        }
      }
    }
  }
  return bounds
}

/** The interval one line allows for `id`, given the bounds of the others: total = Σ members. */
function impliedInterval(line: Line, id: number, boundsOf: (id: number) => Interval): Interval {
  if (id === line.total) {
    const sum = line.members.reduce((acc, m) => ({ low: acc.low + boundsOf(m).low, high: acc.high + boundsOf(m).high }), { low: 0, high: 0 })
    return sum
  }
  const total = boundsOf(line.total)
  let low = total.low
  let high = total.high
  for (const m of line.members) {
    if (m === id) continue
    low -= boundsOf(m).high
    high -= boundsOf(m).low
  }
  return { low, high }
}

function protects(interval: Interval): boolean {
  return interval.low <= 1 && interval.high >= THRESHOLD - 1
}

/** A small cell a reader can pin down more tightly than 1–4, and the line that pins it. */
function findLeak(grid: Grid): Line | null {
  const lines = grid.lines()
  const bounds = auditIntervals(lines, (id) => grid.view(id))
  const boundsOf = (id: number): Interval => bounds.get(id) ?? { low: grid.value(id), high: grid.value(id) }
  for (const id of grid.ids()) {
    if (!grid.isHidden(id) || !isSmall(grid.value(id)) || protects(boundsOf(id))) continue
    const containing = lines.filter((l) => l.total === id || l.members.includes(id))
    const culprit = containing.find((l) => !protects(impliedInterval(l, id, boundsOf))) ?? containing[0]
    if (culprit) return culprit
  }
  return null
}

/**
 * The count to hide next: a visible non-zero cell of the leaking line (hiding a zero tells
 * nothing), else of the lines that pin its hidden neighbours, nearest first; totals only when no
 * cell is left.
 */
function secondaryCandidate(grid: Grid, leaking: Line): number | null {
  const lines = grid.lines()
  const visible = (id: number) => !grid.isHidden(id) && grid.value(id) > 0
  const order: Line[] = [leaking]
  const seen = new Set<Line>(order)
  for (let k = 0; k < order.length; k++) {
    const line = order[k] as Line
    for (const hidden of [...line.members, line.total].filter((id) => grid.isHidden(id)))
      for (const next of lines.filter((l) => !seen.has(l) && (l.total === hidden || l.members.includes(hidden)))) {
        seen.add(next)
        order.push(next)
      }
  }
  for (const line of order) {
    const cells = line.members.filter(visible).sort((a, b) => grid.value(a) - grid.value(b))
    // a hidden x is read as "5 or more": a count of 8 or more leaves a small neighbour all of 1–4
    const roomy = cells.find((id) => grid.value(id) >= 2 * THRESHOLD - 2)
    if (roomy !== undefined) return roomy
    const largest = cells.at(-1)
    if (largest !== undefined) return largest
  }
  return order.map((l) => l.total).find(visible) ?? null
}
