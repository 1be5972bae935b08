/**
 * A count from 1 to 4 is shown as "<5": a handful of cases behind a signal could point to the
 * young people themselves. Kept to one small function so the reports' shared one can replace it.
 */
export function suppressSmallCount(n: number): string {
  return n >= 1 && n <= 4 ? '<5' : String(n)
}
