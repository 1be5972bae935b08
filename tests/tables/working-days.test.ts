import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addWorkingDays, easterSunday, isWorkingDay, publicHolidays, workingDaysBetween } from '../../src/tables/working-days'

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('Easter Sunday', () => {
  it('falls on the known dates', () => {
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2038)).toBe('2038-04-25')
    expect(easterSunday(2285)).toBe('2285-03-22')
  })

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year)
        expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0)
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true)
      }),
    )
  })
})

describe('Belgian public holidays', () => {
  it('lists the ten wettelijke feestdagen of 2026, the movable ones from Easter', () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ])
  })

  it('moves Paasmaandag, Hemelvaart and Pinkstermaandag with Easter in 2027', () => {
    const holidays = publicHolidays(2027)
    expect(holidays.has('2027-03-29')).toBe(true)
    expect(holidays.has('2027-05-06')).toBe(true)
    expect(holidays.has('2027-05-17')).toBe(true)
    expect(holidays.has('2027-04-06')).toBe(false)
  })
})

describe('isWorkingDay', () => {
  it('is true on an ordinary weekday', () => {
    expect(isWorkingDay('2026-03-04')).toBe(true)
  })

  it('is false on Saturdays and Sundays', () => {
    expect(isWorkingDay('2026-03-07')).toBe(false)
    expect(isWorkingDay('2026-03-08')).toBe(false)
    expect(isWorkingDay('1969-12-27')).toBe(false)
  })

  it('is false on every weekday holiday', () => {
    for (const date of ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-07-21', '2026-11-11', '2026-12-25']) {
      expect(isWorkingDay(date), date).toBe(false)
    }
  })

  it('keeps Goede Vrijdag a working day, and gives no replacement day for a holiday on a Sunday', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true)
    expect(isWorkingDay('2026-11-02')).toBe(true)
  })

  it('counts 253 working days in 2026 (261 weekdays less 8 holidays on weekdays)', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(253)
  })
})

describe('addWorkingDays', () => {
  it('goes from Friday, Saturday or Sunday to the next Monday', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09')
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09')
    expect(addWorkingDays('2026-03-08', 1)).toBe('2026-03-09')
  })

  it('returns the date itself for zero, even on a weekend', () => {
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-07')
  })

  it('skips the Easter weekend and Paasmaandag', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-03')
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07')
    expect(addWorkingDays('2026-04-02', 10)).toBe('2026-04-17')
  })

  it('skips Christmas and New Year across the year boundary', () => {
    expect(addWorkingDays('2026-12-23', 2)).toBe('2026-12-28')
    expect(addWorkingDays('2026-12-23', 10)).toBe('2027-01-08')
  })

  it('counts backwards for a negative n', () => {
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-03')
    expect(addWorkingDays('2027-01-08', -10)).toBe('2026-12-23')
  })

  it('always lands on a working day when n is not zero', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
        (date, n) => isWorkingDay(addWorkingDays(date, n)),
      ),
    )
  })
})

describe('workingDaysBetween', () => {
  it('counts the days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2026-04-02', '2026-04-07')).toBe(2)
    expect(workingDaysBetween('2026-04-07', '2026-04-02')).toBe(-2)
    expect(workingDaysBetween('2026-04-02', '2026-04-02')).toBe(0)
    expect(workingDaysBetween('2026-04-03', '2026-04-06')).toBe(0)
    expect(workingDaysBetween('2026-04-06', '2026-04-03')).toBe(-1)
  })

  it('undoes addWorkingDays', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -60, max: 60 }), (date, n) => workingDaysBetween(date, addWorkingDays(date, n)) === n))
  })

  it('is antisymmetric between two working days', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (a, n) => {
        const b = addWorkingDays(a, n)
        fc.pre(isWorkingDay(a))
        return workingDaysBetween(a, b) === -workingDaysBetween(b, a)
      }),
    )
  })

  it('counts from a weekend the way addWorkingDays does, in both directions', () => {
    expect(workingDaysBetween('2026-03-07', '2026-03-06')).toBe(-1)
    expect(workingDaysBetween('2026-03-07', '2026-03-09')).toBe(1)
  })
})
