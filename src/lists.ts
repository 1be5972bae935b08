// One source for every list the domain knows: the schema, the zod enums, the seed and the views
// all read these constants, so a new theme or role is added here and nowhere else.

export const ROLES = ['aanmelder', 'coordinator', 'tafellid', 'analist', 'beheerder'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  aanmelder: 'Aanmelder',
  coordinator: 'Coördinator',
  tafellid: 'Tafellid',
  analist: 'Analist',
  beheerder: 'Beheerder',
}

export const REGIONS = [
  { code: 'ANT', name: 'Antwerpen' },
  { code: 'LIM', name: 'Limburg' },
  { code: 'OVL', name: 'Oost-Vlaanderen' },
  { code: 'WVL', name: 'West-Vlaanderen' },
  { code: 'VB', name: 'Vlaams-Brabant' },
  { code: 'BRU', name: 'Brussel' },
] as const
export type RegionCode = (typeof REGIONS)[number]['code']
export const REGION_CODES = REGIONS.map((r) => r.code) as [RegionCode, ...RegionCode[]]

export function regionName(code: string): string {
  return REGIONS.find((r) => r.code === code)?.name ?? code
}

/** A seeded list: stable code (stored on records) and the Dutch label users see. */
export interface ListItem {
  code: string
  label: string
}

export const SECTORS = [
  { code: 'clb', label: 'CLB' },
  { code: 'jeugdhulp', label: 'Jeugdhulp' },
  { code: 'onderwijs', label: 'Onderwijs (school)' },
  { code: 'naft', label: 'NAFT / schoolexterne interventies' },
  { code: 'ggz', label: 'Geestelijke gezondheidszorg' },
  { code: 'ocmw', label: 'OCMW / sociaal huis' },
  { code: 'lokaal_bestuur', label: 'Lokaal bestuur' },
  { code: 'vdab', label: 'VDAB' },
  { code: 'justitie', label: 'Politie / justitie' },
  { code: 'overheid', label: 'Overheid' },
] as const satisfies readonly ListItem[]
export type SectorCode = (typeof SECTORS)[number]['code']
export const SECTOR_CODES = SECTORS.map((s) => s.code) as [SectorCode, ...SectorCode[]]

export const THEMES = [
  { code: 'spijbelen', label: 'Spijbelen en afwezigheden' },
  { code: 'schoolweigering', label: 'Schoolweigering' },
  { code: 'psychisch', label: 'Psychische kwetsbaarheid' },
  { code: 'gedrag', label: 'Gedrag en verbindend schoolklimaat' },
  { code: 'anderstalig', label: 'Anderstaligheid en (ex-)OKAN' },
  { code: 'buso', label: 'BuSO' },
  { code: 'basisonderwijs', label: 'Basisonderwijs' },
  { code: 'voorzieningen', label: 'Kinderen en jongeren in voorzieningen' },
  { code: 'thuissituatie', label: 'Thuissituatie en opvoeding' },
  { code: 'armoede', label: 'Armoede' },
  { code: 'verslaving', label: 'Verslaving' },
  { code: 'warme_overdracht', label: 'Warme overdracht naar arbeidsmarkt/vervolgopleiding' },
  { code: 'leerrecht', label: 'Leerrecht en schoolexterne interventies' },
] as const satisfies readonly ListItem[]

export const INTERVENTION_TYPES = [
  { code: 'naft', label: 'NAFT (individueel/klas)' },
  { code: 'time_out', label: 'Time-out' },
  { code: 'ondersteuningsnetwerk', label: 'Ondersteuningsnetwerk' },
  { code: 'clb_begeleiding', label: 'CLB-begeleiding' },
  { code: 'rta_jeugdhulp', label: 'Rechtstreeks toegankelijke jeugdhulp' },
  { code: 'nrta_jeugdhulp', label: 'Niet rechtstreeks toegankelijke jeugdhulp' },
  { code: 'cgg', label: 'CGG' },
  { code: 'jac', label: 'JAC' },
  { code: 'okan', label: 'OKAN' },
  { code: 'spijbelbeleid', label: 'Spijbelbeleid/politie' },
  { code: 'andere', label: 'Andere' },
] as const satisfies readonly ListItem[]

export const FOLLOW_UP_OUTCOMES = [
  { code: 'terug_op_school', label: 'Terug op school' },
  { code: 'alternatief_traject', label: 'In alternatief/aangepast traject' },
  { code: 'jeugdhulp_zorg', label: 'In jeugdhulp of zorg' },
  { code: 'werk_opleiding', label: 'Naar werk of opleiding (VDAB)' },
  { code: 'nog_vast', label: 'Nog steeds vast' },
  { code: 'onbekend', label: 'Onbekend' },
] as const satisfies readonly ListItem[]

/** The seeded lists by the name they are stored under in `list_items`. */
export const SEED_LISTS = {
  sector: SECTORS,
  theme: THEMES,
  intervention_type: INTERVENTION_TYPES,
  follow_up_outcome: FOLLOW_UP_OUTCOMES,
} as const satisfies Record<string, readonly ListItem[]>
