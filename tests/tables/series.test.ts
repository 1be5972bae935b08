import { describe, expect, it } from 'vitest'
import { nthWeekday, seriesDates } from '../../src/tables/series'

describe('the dates of a series of zittingen', () => {
  it('finds the nth weekday of a month, across the year end', () => {
    expect(nthWeekday(2026, 2, 3, 4)).toBe('2026-03-19')
    expect(nthWeekday(2026, 0, 1, 1)).toBe('2026-01-05')
    expect(nthWeekday(2026, 12, 3, 4)).toBe('2027-01-21')
  })

  it('skips a month’s date before the start and never moves a holiday', () => {
    expect(seriesDates({ kind: 'monthly', from: '2026-03-20', nth: 3, weekday: 4, months: 3 })).toEqual({ dates: ['2026-04-16', '2026-05-21'], skipped: [] })
    expect(seriesDates({ kind: 'monthly', from: '2026-04-01', nth: 2, weekday: 4, months: 3 })).toEqual({
      dates: ['2026-04-09', '2026-06-11'],
      skipped: ['2026-05-14'],
    })
  })

  it('counts weekly and fortnightly dates from the start date', () => {
    expect(seriesDates({ kind: 'weekly', from: '2026-10-29', everyWeeks: 1, count: 3 }).dates).toEqual(['2026-10-29', '2026-11-05', '2026-11-12'])
    expect(seriesDates({ kind: 'weekly', from: '2026-12-11', everyWeeks: 2, count: 3 })).toEqual({
      dates: ['2026-12-11', '2027-01-08'],
      skipped: ['2026-12-25'],
    })
  })
})
