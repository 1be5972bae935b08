import type { Identity } from './identity'
import type { CaseFile } from './queries'

/** The form's fields filled from what is stored: identity from the vault, the rest already scrubbed. */
export function formValuesFromCase(file: CaseFile, identity: Identity): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    regio: file.regionCode,
    voornaam: identity.firstName ?? '',
    achternaam: identity.lastName ?? '',
    geboortedatum: identity.dateOfBirth ?? '',
    insz: identity.insz ?? '',
    school: identity.school ?? '',
    adres: identity.address ?? '',
    contact_ouders: identity.parentContact ?? '',
    geslacht: file.gender ?? '',
    onderwijsniveau: file.educationLevel ?? '',
    studierichting: file.studyType ?? '',
    leefsituatie: file.livingSituation ?? '',
    themas: file.themes,
    traject_type: file.interventions.map((i) => i.type),
    traject_aanbieder: file.interventions.map((i) => i.provider ?? ''),
    traject_periode: file.interventions.map((i) => i.period ?? ''),
    traject_effect: file.interventions.map((i) => i.effect ?? ''),
    vastgelopen: file.deadlock ?? '',
    vraag: file.question ?? '',
    formaat: file.proposedFormat ?? '',
    partners: file.partners ?? '',
    geschiktheid: file.eligibility.filter((e) => e !== 'clb_akkoord'),
    clb_akkoord: file.eligibility.includes('clb_akkoord') ? 'ja' : '',
    toestemming: file.consent.purposes ?? [],
    toestemming_door: file.consent.givenBy ?? '',
    toestemming_datum: file.consent.date ?? '',
    toestemming_wijze: file.consent.method ?? '',
    urgentie: file.urgency ?? '',
    urgentie_motivatie: file.urgencyMotivation ?? '',
  }
  return values
}

/** How many trajectory rows the form shows: the filled ones, at least one, plus any the user added. */
export function rowCountOf(values: Record<string, string | string[]>, extra = 0): number {
  const n = Math.max(...['traject_type', 'traject_aanbieder', 'traject_periode', 'traject_effect'].map((k) => toList(values[k]).length), 1)
  return Math.min(20, n + extra)
}

export function toList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}

/** Drops trajectory row `index` from the posted arrays (the "verwijderen" button of a row). */
export function withoutRow(values: Record<string, string | string[]>, index: number): Record<string, string | string[]> {
  const out = { ...values }
  for (const k of ['traject_type', 'traject_aanbieder', 'traject_periode', 'traject_effect']) out[k] = toList(values[k]).filter((_, i) => i !== index)
  return out
}
