// Dates are shown as users in Flanders write them, always in Belgian time, whatever the server's zone.
const dateFormat = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', day: '2-digit', month: '2-digit', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' })

export function formatDate(date: Date): string {
  return dateFormat.format(date)
}

export function formatDateTime(date: Date): string {
  return `${dateFormat.format(date)} ${timeFormat.format(date)}`
}
