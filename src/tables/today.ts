const brusselsDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })

/** Today's calendar date in Belgium, whatever the server's zone. */
export function brusselsToday(now: Date): string {
  return brusselsDate.format(now)
}

/** yyyy-mm-dd as Flemish users write it. */
export function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
}

/** An ISO date `days` calendar days later. */
export function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
