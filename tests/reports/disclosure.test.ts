import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Cell, cellText, protect, protectCount, quantile } from '../../src/reports/disclosure'
import { type Published, possibleSmallValues, type Shown } from './attacker'

const shown = (c: Cell): Shown => {
  const text = cellText(c)
  return text === '<5' || text === 'x' ? text : Number(text)
}

function publish(counts: number[][], rowTotals = true, columnTotals = true): Published {
  const p = protect({ counts, rowTotals, columnTotals })
  return {
    cells: p.cells.map((row) => row.map(shown)),
    rowTotals: p.rowTotals?.map(shown) ?? null,
    columnTotals: p.columnTotals?.map(shown) ?? null,
    grandTotal: p.grandTotal ? shown(p.grandTotal) : null,
  }
}

function expectNothingRecovered(published: Published) {
  const possible = possibleSmallValues(published)
  expect(possible, 'search finished').toBeDefined()
  for (const [key, values] of possible ?? []) expect(values.size, `cell ${key} recovered as ${[...values]}`).toBeGreaterThan(1)
}

describe('disclosure control', () => {
  it('should show 1 to 4 as <5, and 0 and 5 as themselves', () => {
    expect([0, 1, 4, 5, 12].map((n) => cellText(protectCount(n)))).toEqual(['0', '<5', '<5', '5', '12'])
  })

  it('should hide a second cell so a single <5 cannot be taken from its total', () => {
    // one column with a total: 120, 30, 3 → 3 is small; without a second hidden cell, 153 − 150 = 3
    const p = publish([[120], [30], [3]], false, true)
    expect(p.cells.flat()).toEqual([120, 'x', '<5'])
    expect(p.columnTotals).toEqual([153])
    expectNothingRecovered(p)
  })

  it('should not hide a partner so small that "x is at least 5" pins the <5 (1 + 5 = 6)', () => {
    const p = publish([[1], [5], [40]], false, true)
    expect(p.cells.flat()).toEqual(['<5', 5, 'x'])
    expectNothingRecovered(p)
  })

  it('should protect a small cell in rows and columns of a cross table', () => {
    const counts = [
      [20, 3, 15],
      [12, 9, 0],
      [7, 11, 30],
    ]
    const p = publish(counts)
    expect(p.cells[0]?.[1]).toBe('<5')
    expectNothingRecovered(p)
  })

  it('should hide a small total as well, and keep its line safe', () => {
    const p = publish([
      [2, 0, 0],
      [10, 12, 9],
    ])
    expect(p.rowTotals?.[0]).toBe('<5')
    expectNothingRecovered(p)
  })

  it('should leave a table without small counts untouched', () => {
    const p = publish([
      [10, 5],
      [0, 7],
    ])
    expect(p).toEqual({
      cells: [
        [10, 5],
        [0, 7],
      ],
      rowTotals: [15, 7],
      columnTotals: [10, 12],
      grandTotal: 22,
    })
  })

  it('should never let a small cell be recovered, for any small table (exhaustive search)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 5, max: 14 })), { minLength: 1, maxLength: 3 }), {
            minLength: 1,
            maxLength: 3,
          })
          .filter((rows) => rows.every((r) => r.length === rows[0]?.length)),
        fc.boolean(),
        fc.boolean(),
        (counts, rowTotals, columnTotals) => {
          const published = publish(counts, rowTotals, columnTotals)
          const possible = possibleSmallValues(published, 60, 300_000)
          fc.pre(possible !== undefined)
          for (const values of possible?.values() ?? []) expect(values.size).toBeGreaterThan(1)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('should show a median or p90 only for groups of five or more', () => {
    expect(quantile([3, 9, 12, 40], 0.5)).toBeNull()
    expect(quantile([3, 9, 12, 40, 41], 0.5)).toBe(12)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1)
  })
})

describe('disclosure control, last resort', () => {
  it('should leave the totals out when only that protects a table', () => {
    // every cell small: no visible cell is left to hide, so the totals must go
    const p = protect({
      counts: [
        [1, 2],
        [3, 4],
      ],
      rowTotals: true,
      columnTotals: true,
    })
    expect(p.cells.flat().map(cellText)).toEqual(['<5', '<5', '<5', '<5'])
    expect(p.rowTotals).toBeNull()
    expect(p.columnTotals).toBeNull()
    expect(p.grandTotal).toBeNull()
  })
})
