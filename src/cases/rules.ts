import { ELIGIBILITY, FORMATS, labelOf, type SectorCode } from '../lists'
import type { DraftForm, InterventionRow } from './schemas'

// Pure rules about a case's content; no I/O, so every rule is a plain unit test.

/** Today's date in Belgium as yyyy-mm-dd: a case filed at 00:30 in Brussels is filed that day. */
export function belgianDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** Completed years between an ISO birth date and an ISO date. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/** School-age range ROTS works with: from kleuter to young adults finishing secondary or DBSO. */
export const AGE_RANGE = { min: 2, max: 25 } as const

/** What a draft lacks before it can be submitted, as Dutch messages per form field. */
export function submitProblems(form: DraftForm, rows: InterventionRow[], context: { referrerSector: SectorCode; today: string }): Record<string, string> {
  const p: Record<string, string> = {}
  const need = (field: keyof DraftForm, message: string) => {
    const value = form[field]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) p[field] ??= message
  }
  need('regio', 'Kies de regio waar u aanmeldt.')
  need('voornaam', 'Vul de voornaam van de jongere in.')
  need('achternaam', 'Vul de achternaam van de jongere in.')
  need('geboortedatum', 'Vul de geboortedatum van de jongere in.')
  if (form.geboortedatum) {
    const age = ageOn(form.geboortedatum, context.today)
    if (form.geboortedatum > context.today) p.geboortedatum = 'De geboortedatum ligt in de toekomst.'
    else if (age < AGE_RANGE.min || age > AGE_RANGE.max)
      p.geboortedatum = `ROTS bespreekt jongeren van ${AGE_RANGE.min} tot ${AGE_RANGE.max} jaar; deze geboortedatum geeft ${age} jaar.`
  }
  need('school', 'Vul de school in (of "geen" als de jongere niet ingeschreven is).')
  need('onderwijsniveau', 'Kies het onderwijsniveau.')
  if ((form.onderwijsniveau === 'sec_2' || form.onderwijsniveau === 'sec_3') && !form.studierichting)
    p.studierichting = 'Kies de onderwijsvorm voor de 2e of 3e graad.'
  need('leefsituatie', 'Kies de leefsituatie.')
  need('themas', 'Kies minstens één thema.')
  if (rows.length === 0) p.traject = 'Beschrijf minstens één eerder traject: ROTS komt pas na wat al geprobeerd werd.'
  need('vastgelopen', 'Beschrijf waarom het traject vastzit.')
  need('vraag', 'Formuleer de vraag aan de tafel.')
  need('formaat', 'Kies consult of overlegtafel.')
  if (form.formaat === 'overlegtafel') need('partners', 'Noem de partners die aan de overlegtafel moeten zitten.')
  const missing = ELIGIBILITY.filter((e) => !form.geschiktheid.includes(e.code))
  if (missing.length > 0) p.geschiktheid = `Bevestig alle voorwaarden; nog niet bevestigd: ${missing.map((e) => e.label).join(' ')}`
  if (context.referrerSector === 'jeugdhulp' && !form.clb_akkoord) p.clb_akkoord = 'Een aanmelding vanuit jeugdhulp vraagt het akkoord van het CLB (consensus).'
  if (form.formaat && !form.toestemming.includes(form.formaat))
    p.toestemming = `Zonder toestemming voor een ${labelOf(FORMATS, form.formaat).toLowerCase()} kan de casus daar niet besproken worden.`
  need('toestemming_door', 'Vermeld wie toestemming gaf.')
  need('toestemming_datum', 'Vermeld wanneer toestemming werd gegeven.')
  if (form.toestemming_datum && form.toestemming_datum > context.today) p.toestemming_datum = 'De datum van toestemming ligt in de toekomst.'
  need('toestemming_wijze', 'Vermeld hoe toestemming werd gegeven.')
  need('urgentie', 'Kies een urgentie.')
  if (form.urgentie === 'crisis') need('urgentie_motivatie', 'Motiveer waarom dit een crisis is.')
  return p
}
