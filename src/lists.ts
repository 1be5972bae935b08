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

// ── cases ──────────────────────────────────────────────────────────────────

export const CASE_STATUSES = [
  { code: 'concept', label: 'Concept' },
  { code: 'aangemeld', label: 'Aangemeld' },
  { code: 'info_gevraagd', label: 'Info gevraagd' },
  { code: 'aanvaard', label: 'Aanvaard' },
  { code: 'ingepland', label: 'Ingepland' },
  { code: 'besproken', label: 'Besproken' },
  { code: 'opvolging', label: 'Opvolging' },
  { code: 'afgesloten', label: 'Afgesloten' },
  { code: 'doorverwezen', label: 'Doorverwezen' },
  { code: 'ingetrokken', label: 'Ingetrokken' },
] as const satisfies readonly ListItem[]
export type CaseStatus = (typeof CASE_STATUSES)[number]['code']
export const CASE_STATUS_CODES = CASE_STATUSES.map((s) => s.code) as [CaseStatus, ...CaseStatus[]]

export const URGENCIES = [
  { code: 'gewoon', label: 'Gewoon' },
  { code: 'hoog', label: 'Hoog' },
  { code: 'crisis', label: 'Crisis' },
] as const satisfies readonly ListItem[]
export type Urgency = (typeof URGENCIES)[number]['code']

export const EDUCATION_LEVELS = [
  { code: 'kleuter', label: 'Kleuteronderwijs' },
  { code: 'lager', label: 'Lager onderwijs' },
  { code: 'sec_1', label: 'Secundair, 1e graad' },
  { code: 'sec_2', label: 'Secundair, 2e graad' },
  { code: 'sec_3', label: 'Secundair, 3e graad' },
  { code: 'buso', label: 'BuSO' },
  { code: 'okan', label: 'OKAN' },
  { code: 'niet_ingeschreven', label: 'Niet ingeschreven' },
] as const satisfies readonly ListItem[]
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['code']

/** Only for the 2nd and 3rd degree of secondary education. */
export const STUDY_TYPES = [
  { code: 'aso', label: 'ASO' },
  { code: 'tso', label: 'TSO' },
  { code: 'bso', label: 'BSO' },
  { code: 'kso', label: 'KSO' },
  { code: 'duaal', label: 'Duaal leren' },
  { code: 'dbso', label: 'DBSO' },
] as const satisfies readonly ListItem[]

export const LIVING_SITUATIONS = [
  { code: 'beide_ouders', label: 'Bij beide ouders' },
  { code: 'een_ouder', label: 'Bij één ouder' },
  { code: 'co_ouderschap', label: 'Co-ouderschap' },
  { code: 'familie', label: 'Bij familie' },
  { code: 'pleeggezin', label: 'Pleeggezin' },
  { code: 'voorziening', label: 'Voorziening' },
  { code: 'zelfstandig', label: 'Begeleid of zelfstandig wonen' },
  { code: 'andere', label: 'Andere' },
] as const satisfies readonly ListItem[]

export const GENDERS = [
  { code: 'meisje', label: 'Meisje' },
  { code: 'jongen', label: 'Jongen' },
  { code: 'x', label: 'X / anders' },
] as const satisfies readonly ListItem[]

/** DESIGN.md "Two formats": a consult is without the young person, an overlegtafel with them and their context. */
export const FORMATS = [
  { code: 'consult', label: 'Consult (zonder de jongere)' },
  { code: 'overlegtafel', label: 'Overlegtafel (met de jongere en de context)' },
] as const satisfies readonly ListItem[]
export type Format = (typeof FORMATS)[number]['code']

export const ELIGIBILITY = [
  { code: 'trajecten_geprobeerd', label: 'Eerdere trajecten (bv. NAFT, time-out, jeugdhulp) werden geprobeerd en negatief geëvalueerd.' },
  { code: 'afwezigheid_aanhoudend', label: 'De problematische afwezigheid blijft ondanks opvolging bestaan.' },
  { code: 'clb_en_welzijn_vast', label: 'Zowel CLB als welzijn zitten vast.' },
] as const satisfies readonly ListItem[]
/** For a referral from jeugdhulp: CLB agrees the case belongs at ROTS (consensus). */
export const CLB_AGREEMENT = { code: 'clb_akkoord', label: 'Het CLB is akkoord dat deze casus thuishoort op het ROTS.' } as const

export const CONSENT_PURPOSES = [
  { code: 'consult', label: 'Bespreking op een consult (zonder de jongere)' },
  { code: 'overlegtafel', label: 'Bespreking op een overlegtafel met de genoemde partners' },
  { code: 'statistiek', label: 'Gebruik in anonieme statistieken' },
] as const satisfies readonly ListItem[]
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]['code']

export const CONSENT_GIVERS = [
  { code: 'jongere', label: 'De jongere' },
  { code: 'ouders', label: 'De ouder(s) of voogd' },
  { code: 'beiden', label: 'De jongere en de ouder(s)' },
] as const satisfies readonly ListItem[]

export const CONSENT_METHODS = [
  { code: 'mondeling', label: 'Mondeling (genoteerd in het dossier)' },
  { code: 'schriftelijk', label: 'Schriftelijk' },
  { code: 'digitaal', label: 'Digitaal' },
] as const satisfies readonly ListItem[]

export function labelOf(list: readonly ListItem[], code: string | null | undefined): string {
  return list.find((i) => i.code === code)?.label ?? code ?? ''
}

export function codes<T extends readonly ListItem[]>(list: T): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((i) => i.code) as [T[number]['code'], ...T[number]['code'][]]
}

/** A zitting is planned until it is cancelled (with a reason); past ones keep their status. */
export const ZITTING_STATUSES = ['gepland', 'geannuleerd'] as const

// ── consults and follow-up ─────────────────────────────────────────────────

/** Who was at the bespreking, per organisation invited. */
export const ATTENDANCE = [
  { code: 'aanwezig', label: 'Aanwezig' },
  { code: 'verontschuldigd', label: 'Verontschuldigd' },
  { code: 'afwezig', label: 'Afwezig zonder bericht' },
] as const satisfies readonly ListItem[]

/**
 * An action's status at follow-up. An unfinished action is classified the way MARAC reviews do,
 * so the reports can count per partner sector why agreed actions did not happen.
 */
export const ACTION_STATUSES = [
  { code: 'open', label: 'Nog open' },
  { code: 'uitgevoerd', label: 'Uitgevoerd' },
  { code: 'niet_mogelijk', label: 'Niet mogelijk door gewijzigde omstandigheden' },
  { code: 'niet_uitgevoerd_partner', label: 'Niet uitgevoerd door de partner' },
] as const satisfies readonly ListItem[]
export type ActionStatus = (typeof ACTION_STATUSES)[number]['code']

export const CLOSURE_REASONS = [
  { code: 'aanbod_loopt', label: 'Het aanbod op maat loopt; ROTS-opvolging is niet meer nodig' },
  { code: 'doel_bereikt', label: 'Het doel is bereikt' },
  { code: 'geen_akkoord', label: 'De jongere of de ouders gaan niet akkoord met het aanbod' },
  { code: 'buiten_bereik', label: 'De jongere is verhuisd of niet meer bereikbaar' },
  { code: 'andere', label: 'Andere reden' },
] as const satisfies readonly ListItem[]

/** How long after a zitting its members still see the pseudonymised files on its agenda. */
export const MEMBER_WINDOW_DAYS = 30

/** Who a structural signal is addressed to; an analist's organisation belongs to one of these. */
export const ADDRESSEES = [
  { code: 'opgroeien', label: 'Opgroeien' },
  { code: 'onderwijs', label: 'Departement Onderwijs en Vorming' },
  { code: 'lokaal_bestuur', label: 'Lokaal bestuur' },
  { code: 'andere', label: 'Andere' },
] as const satisfies readonly ListItem[]
export type Addressee = (typeof ADDRESSEES)[number]['code']

export const SIGNAL_LEVELS = [
  { code: 'lokaal', label: 'Lokaal' },
  { code: 'regionaal', label: 'Regionaal' },
  { code: 'vlaams', label: 'Vlaams' },
] as const satisfies readonly ListItem[]

export const SIGNAL_STATUSES = [
  { code: 'nieuw', label: 'Nieuw' },
  { code: 'gebundeld', label: 'Gebundeld' },
  { code: 'doorgestuurd', label: 'Doorgestuurd' },
  { code: 'beantwoord', label: 'Beantwoord' },
  { code: 'afgesloten', label: 'Afgesloten' },
] as const satisfies readonly ListItem[]
export type SignalStatus = (typeof SIGNAL_STATUSES)[number]['code']
