// An attacker independent of the module under test: it reads only what an output shows (numbers,
// `<5`, `x`) and searches every integer assignment of the hidden cells consistent with the
// published totals. A small cell is recovered when only one value of 1–4 remains possible.

export type Shown = number | '<5' | 'x'

export interface Published {
  cells: Shown[][]
  rowTotals: Shown[] | null
  columnTotals: Shown[] | null
  grandTotal: Shown | null
}

interface Unknown {
  key: string
  low: number
  high: number
}

/** For every `<5` in the output, the values it can still take; undefined when the search was too large. */
export function possibleSmallValues(p: Published, maxX = 60, budget = 2_000_000): Map<string, Set<number>> | undefined {
  const unknowns: Unknown[] = []
  const value = new Map<string, number>()
  const read = (key: string, shown: Shown) => {
    if (typeof shown === 'number') value.set(key, shown)
    else unknowns.push({ key, low: shown === '<5' ? 1 : 5, high: shown === '<5' ? 4 : maxX })
  }
  for (const [i, row] of p.cells.entries()) for (const [j, c] of row.entries()) read(`c${i},${j}`, c)
  for (const [i, c] of (p.rowTotals ?? []).entries()) read(`r${i}`, c)
  for (const [j, c] of (p.columnTotals ?? []).entries()) read(`k${j}`, c)
  if (p.grandTotal !== null) read('g', p.grandTotal)

  const rows = p.cells.length
  const columns = p.cells[0]?.length ?? 0
  const equations: { members: string[]; total: string }[] = []
  if (p.rowTotals) {
    for (let i = 0; i < rows; i++) equations.push({ members: Array.from({ length: columns }, (_, j) => `c${i},${j}`), total: `r${i}` })
    if (p.grandTotal !== null) equations.push({ members: Array.from({ length: rows }, (_, i) => `r${i}`), total: 'g' })
  }
  if (p.columnTotals) {
    for (let j = 0; j < columns; j++) equations.push({ members: Array.from({ length: rows }, (_, i) => `c${i},${j}`), total: `k${j}` })
    if (p.grandTotal !== null) equations.push({ members: Array.from({ length: columns }, (_, j) => `k${j}`), total: 'g' })
  }

  // an x can be no larger than a visible total of a line it is in
  for (const u of unknowns) {
    for (const e of equations) {
      const total = value.get(e.total)
      if (e.members.includes(u.key) && total !== undefined) u.high = Math.min(u.high, total)
    }
  }

  const possible = new Map<string, Set<number>>()
  for (const u of unknowns) if (u.high <= 4 && u.low === 1) possible.set(u.key, new Set())
  let nodes = 0
  let aborted = false
  const feasible = () =>
    equations.every((e) => {
      const total = value.get(e.total)
      const assigned = e.members.filter((k) => value.has(k))
      const sum = assigned.reduce((a, k) => a + (value.get(k) ?? 0), 0)
      if (total === undefined) return true
      return assigned.length === e.members.length ? sum === total : sum <= total
    })
  const search = (index: number): void => {
    if (aborted) return
    if (++nodes > budget) {
      aborted = true
      return
    }
    const u = unknowns[index]
    if (!u) {
      for (const [key, set] of possible) set.add(value.get(key) ?? -1)
      return
    }
    for (let v = u.low; v <= u.high; v++) {
      value.set(u.key, v)
      if (feasible()) search(index + 1)
    }
    value.delete(u.key)
  }
  search(0)
  return aborted ? undefined : possible
}
