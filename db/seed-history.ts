import { createCipheriv, createHmac, randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { Db } from '../src/db'
import type { Deps } from '../src/deps'
import {
  type ACTION_STATUSES,
  type CLOSURE_REASONS,
  type EducationLevel,
  type FOLLOW_UP_OUTCOMES,
  type Format,
  INTERVENTION_TYPES,
  REGIONS,
  type RegionCode,
  type SectorCode,
  type STUDY_TYPES,
  type Urgency,
} from '../src/lists'
import { canonicalIdentity } from '../src/privacy/pseudonym'

// A synthetic but plausible history for demos and benchmarks: several school years, every region,
// the trimester peaks, every status. Nothing here describes a real person: free text is written
// the way the scrubber leaves it ([PERSOON 1]), identities are numbered "Jongere Synthetisch n".
//
// It writes through better-sqlite3 prepared statements in one transaction instead of the domain
// functions seed-cases.ts uses: 100,000 cases through scrubber, audit chain and mail queue would
// take hours. The rows are the ones those functions would have written, at the times they would
// have written them, so every screen reads them as its own.

export interface HistoryOptions {
  /** How many cases to add. */
  cases: number
  /** The history ends here: nothing in it happens later. */
  now: Date
  /** The same seed gives the same history (ids and vault ciphertexts apart). */
  seed?: number
}

export interface HistoryResult {
  cases: number
  organisations: number
  zittingen: number
  consults: number
  actions: number
  followUps: number
  ms: number
}

/** Marks what this seeder created; its presence is how a second run knows to leave the database alone. */
export const SYNTHETIC_MARK = ' (synthetisch)'

const DAY = 86_400_000
const HOUR = 3_600_000
const SCHOOL_YEARS = 4
/** Slots a synthetic zitting is meant to hold; tables per region follow from the region's volume. */
const CAPACITY = 8

/**
 * Adds `cases` synthetic cases with everything that happened to them up to `now`. Returns null
 * (and writes nothing) when the database already holds a synthetic history. Node only.
 */
export async function seedHistory(deps: Pick<Deps, 'db' | 'keys'>, options: HistoryOptions): Promise<HistoryResult | null> {
  const started = performance.now()
  const raw = rawHandle(deps.db)
  const marked = raw.prepare('select count(*) as n from organisations where name like ?').get(`%${SYNTHETIC_MARK}`) as { n: number }
  if (marked.n > 0) return null

  const rng = mulberry32(options.seed ?? 20_260_901)
  const now = options.now.getTime()
  const schoolYear = new Date(now).getUTCMonth() >= 8 ? new Date(now).getUTCFullYear() : new Date(now).getUTCFullYear() - 1
  const start = Date.UTC(schoolYear - SCHOOL_YEARS, 8, 1)
  const windowDays = Math.floor((now - start) / DAY)

  const vaultKeyId = deps.keys.vault.currentId
  const vaultKey = deps.keys.vault.byId.get(vaultKeyId)
  if (!vaultKey) throw new Error(`vault key ${vaultKeyId} is not configured`)
  const seal = (caseId: string, plaintext: string) => {
    const iv = randomSlice(12)
    const cipher = createCipheriv('aes-256-gcm', vaultKey, iv)
    cipher.setAAD(Buffer.from(`identity:${caseId}`))
    // Web Crypto (src/privacy/vault.ts) appends the tag to the ciphertext: same layout here
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
    return { iv: iv.toString('base64'), ciphertext: body.toString('base64') }
  }
  const pseudonym = (identity: { firstName: string; lastName: string; dateOfBirth: string }) =>
    createHmac('sha256', deps.keys.pseudonym).update(canonicalIdentity(identity)).digest('hex')

  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T
  const chance = (p: number) => rng() < p
  const between = (min: number, max: number) => min + rng() * (max - min)
  const int = (min: number, max: number) => Math.floor(between(min, max + 1))
  const weighted = <T>(entries: readonly (readonly [T, number])[]) => {
    const values = entries.map(([value]) => value)
    const bounds: number[] = []
    let total = 0
    for (const [, w] of entries) {
      total += w
      bounds.push(total)
    }
    return (): T => {
      const u = rng() * total
      let i = 0
      while (i < bounds.length - 1 && (bounds[i] as number) <= u) i++
      return values[i] as T
    }
  }

  // ── who refers, who coordinates, where the tables sit ─────────────────────
  const created = start - 60 * DAY
  const orgs: { id: string; name: string; sector: SectorCode; region: RegionCode }[] = []
  const people: { id: string; email: string; name: string; orgId: string; role: 'aanmelder' | 'coordinator'; region: RegionCode }[] = []
  const referrers = new Map<string, { id: string; orgId: string }[]>()
  for (const region of REGIONS) {
    const cities = CITIES[region.code]
    for (const [sector, count, name] of ORGANISATION_KINDS) {
      for (let k = 0; k < count; k++) {
        const org = { id: newId(), name: `${name(cities[k % cities.length] as string, k)}${SYNTHETIC_MARK}`, sector, region: region.code }
        orgs.push(org)
        const user = {
          id: newId(),
          email: `aanmelder.${people.length + 1}@synthetisch.rots.example`,
          name: `Synthetische aanmelder ${people.length + 1}`,
          orgId: org.id,
          role: 'aanmelder' as const,
          region: region.code,
        }
        people.push(user)
        addTo(referrers, `${region.code}|${sector}`, { id: user.id, orgId: org.id })
      }
    }
  }
  // referrers already in the database (the demo's) get a share of their region's history too
  const existingReferrers = raw
    .prepare(
      `select g.region_code as region, u.id, u.organisation_id as orgId, o.sector
       from grants g join users u on u.id = g.user_id join organisations o on o.id = u.organisation_id
       where g.role = 'aanmelder' and u.active = 1 order by u.email`,
    )
    .all() as { region: string; id: string; orgId: string; sector: string }[]
  for (const r of existingReferrers) addTo(referrers, `${r.region}|${r.sector}`, { id: r.id, orgId: r.orgId })
  const existingCoordinators = raw
    .prepare(
      `select g.region_code as region, u.id from grants g join users u on u.id = g.user_id where g.role = 'coordinator' and u.active = 1 order by u.email`,
    )
    .all() as { region: string; id: string }[]
  const coordinators = new Map<string, string>()
  for (const c of existingCoordinators) if (!coordinators.has(c.region)) coordinators.set(c.region, c.id)
  for (const region of REGIONS) {
    if (coordinators.has(region.code)) continue
    const org = { id: newId(), name: `ROTS ${region.name}${SYNTHETIC_MARK}`, sector: 'overheid' as const, region: region.code }
    orgs.push(org)
    const user = {
      id: newId(),
      email: `coordinator.${region.code.toLowerCase()}@synthetisch.rots.example`,
      name: `Synthetische coördinator ${region.name}`,
      orgId: org.id,
      role: 'coordinator' as const,
      region: region.code,
    }
    people.push(user)
    coordinators.set(region.code, user.id)
  }
  const tables = new Map<string, { id: string; name: string; location: string; weekday: number }[]>()
  for (const region of REGIONS) {
    // enough tables for the busiest months, as a region would add tables rather than let the queue grow
    const weekly = (options.cases * REGION_WEIGHT[region.code] * 0.85) / Math.max(1, windowDays / 7)
    const count = Math.min(24, Math.max(1, Math.ceil((weekly * 1.8) / CAPACITY)))
    const city = CITIES[region.code][0] as string
    tables.set(
      region.code,
      Array.from({ length: count }, (_, i) => ({
        id: newId(),
        name: `Overlegtafel ${region.name} ${i + 1}${SYNTHETIC_MARK}`,
        location: `Provinciaal huis ${city}${SYNTHETIC_MARK}, zaal ${i + 1}`,
        weekday: 1 + (i % 4),
      })),
    )
  }

  // ── when cases arrive: school-year rhythm, trimester peaks, a growing demand ──
  const cumulative = new Float64Array(windowDays)
  let total = 0
  for (let d = 0; d < windowDays; d++) {
    const day = new Date(start + d * DAY)
    const weekday = day.getUTCDay()
    const years = d / 365
    total += (MONTH_WEIGHT[day.getUTCMonth()] ?? 1) * (weekday === 0 ? 0.02 : weekday === 6 ? 0.05 : 1) * holidayFactor(day) * (1 + 0.08 * years)
    cumulative[d] = total
  }
  const sampleTime = () => {
    const u = rng() * total
    let lo = 0
    let hi = windowDays - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] as number) < u) lo = mid + 1
      else hi = mid
    }
    // office hours in UTC, so the UTC date is also the Belgian date of the event
    return Math.min(now - HOUR, start + lo * DAY + 7 * HOUR + rng() * 10 * HOUR)
  }

  const referrerSector = weighted<SectorCode>([
    ['clb', 55],
    ['jeugdhulp', 25],
    ['onderwijs', 10],
    ['naft', 4],
    ['ggz', 3],
    ['ocmw', 2],
    ['lokaal_bestuur', 1],
  ])
  const level = weighted<EducationLevel>([
    ['lager', 12],
    ['sec_1', 25],
    ['sec_2', 27],
    ['sec_3', 18],
    ['buso', 8],
    ['okan', 4],
    ['niet_ingeschreven', 6],
  ])
  const studyType2 = weighted<(typeof STUDY_TYPES)[number]['code']>([
    ['aso', 12],
    ['tso', 28],
    ['bso', 45],
    ['kso', 4],
    ['duaal', 6],
    ['dbso', 5],
  ])
  const studyType3 = weighted<(typeof STUDY_TYPES)[number]['code']>([
    ['aso', 8],
    ['tso', 22],
    ['bso', 35],
    ['kso', 3],
    ['duaal', 16],
    ['dbso', 16],
  ])
  const gender = weighted<string | null>([
    ['jongen', 51],
    ['meisje', 45],
    ['x', 1.5],
    [null, 2.5],
  ])
  const living = weighted<string>([
    ['beide_ouders', 35],
    ['een_ouder', 28],
    ['co_ouderschap', 12],
    ['familie', 5],
    ['pleeggezin', 5],
    ['voorziening', 9],
    ['zelfstandig', 3],
    ['andere', 3],
  ])
  const interventionType = weighted<string>(INTERVENTION_TYPES.map((t) => [t.code, INTERVENTION_WEIGHT[t.code] ?? 1] as const))
  const ownerSector = weighted<SectorCode>([
    ['clb', 30],
    ['onderwijs', 25],
    ['jeugdhulp', 20],
    ['naft', 8],
    ['ggz', 7],
    ['ocmw', 4],
    ['vdab', 3],
    ['lokaal_bestuur', 2],
    ['justitie', 1],
  ])
  const actionStatus = weighted<(typeof ACTION_STATUSES)[number]['code']>([
    ['uitgevoerd', 58],
    ['open', 12],
    ['niet_mogelijk', 14],
    ['niet_uitgevoerd_partner', 16],
  ])
  const outcome = weighted<(typeof FOLLOW_UP_OUTCOMES)[number]['code']>([
    ['terug_op_school', 30],
    ['alternatief_traject', 22],
    ['jeugdhulp_zorg', 16],
    ['werk_opleiding', 10],
    ['nog_vast', 14],
    ['onbekend', 8],
  ])
  const consentGiver = weighted<string>([
    ['beiden', 55],
    ['ouders', 30],
    ['jongere', 15],
  ])
  const consentMethod = weighted<string>([
    ['schriftelijk', 45],
    ['digitaal', 30],
    ['mondeling', 25],
  ])
  const actionCount = weighted<number>([
    [1, 25],
    [2, 35],
    [3, 25],
    [4, 15],
  ])
  const region = weighted(REGIONS.map((r) => [r.code, REGION_WEIGHT[r.code]] as const))
  const urgency = weighted<Urgency>([
    ['gewoon', 70],
    ['hoog', 24],
    ['crisis', 6],
  ])
  // booked slots per zitting ("table|date"); a case goes to the first zitting of its region with room
  const booked = new Map<string, number>()
  const book = (regionCode: RegionCode, from: number, counts: Map<string, number>) => {
    const list = tables.get(regionCode) ?? []
    const first = Math.floor(rng() * list.length)
    for (let week = 0; ; week++) {
      for (let k = 0; k < list.length; k++) {
        const table = list[(first + k) % list.length] as (typeof list)[number]
        const date = meetingDay(from + week * 7 * DAY, table.weekday)
        const key = `${table.id}|${date}`
        const taken = counts.get(key) ?? 0
        if (taken >= CAPACITY) continue
        counts.set(key, taken + 1)
        return { table, date }
      }
    }
  }
  const plan = (sub: number, regionCode: RegionCode, counts = booked): Plan => rounded(draw(sub, regionCode, counts))
  const draw = (sub: number, regionCode: RegionCode, booked: Map<string, number>): Plan => {
    const u = urgency()
    const proposed: Format = chance(0.65) ? 'consult' : 'overlegtafel'
    const p: Plan = { sub, region: regionCode, urgency: u, proposed, events: [{ at: sub, from: 'concept', to: 'aangemeld', by: 'referrer' }] }
    const triage = u === 'crisis' ? between(0.2, 2) : u === 'hoog' ? between(1, 5) : between(2, 12)
    let decision = sub + triage * DAY
    let from: 'aangemeld' | 'info_gevraagd' = 'aangemeld'
    if (chance(0.12)) {
      p.infoAt = sub + Math.min(triage, between(0.5, 4)) * DAY
      p.events.push({ at: p.infoAt, from: 'aangemeld', to: 'info_gevraagd', by: 'coordinator' })
      if (chance(0.85)) {
        p.answerAt = p.infoAt + between(2, 20) * DAY
        p.events.push({ at: p.answerAt, from: 'info_gevraagd', to: 'aangemeld', by: 'referrer' })
        decision = p.answerAt + between(1, 5) * DAY
      } else {
        // no answer: the referrer withdraws or the coordinator redirects after a while
        decision = p.infoAt + between(30, 60) * DAY
        from = 'info_gevraagd'
        if (chance(0.5)) return end(p, { at: decision, from, to: 'ingetrokken', by: 'referrer' })
        return end(p, { at: decision, from, to: 'doorverwezen', by: 'coordinator' })
      }
    }
    if (chance(0.08)) return end(p, { at: decision, from, to: 'doorverwezen', by: 'coordinator' })
    if (chance(0.02)) return end(p, { at: decision, from, to: 'ingetrokken', by: 'referrer' })
    p.acceptedAt = decision
    p.format = chance(0.85) ? proposed : proposed === 'consult' ? 'overlegtafel' : 'consult'
    p.events.push({ at: decision, from: 'aangemeld', to: 'aanvaard', by: 'coordinator' })
    const wait = u === 'crisis' ? between(4, 10) : u === 'hoog' ? between(10, 28) : between(18, 56)
    if (chance(0.03)) return end(p, { at: decision + between(1, wait / 2) * DAY, from: 'aanvaard', to: 'ingetrokken', by: 'referrer' })
    const { table, date } = book(regionCode, decision + wait * DAY, booked)
    const dateMs = Date.parse(`${date}T00:00:00Z`)
    p.zitting = { tableId: table.id, date }
    p.scheduledAt = Math.min(decision + (u === 'crisis' ? between(0.1, 1) : between(1, 10)) * DAY, decision + (dateMs + 8 * HOUR - decision) * 0.7)
    p.events.push({ at: p.scheduledAt, from: 'aanvaard', to: 'ingepland', by: 'coordinator' })
    p.recordedAt = dateMs + 15 * HOUR + rng() * 2 * HOUR
    p.events.push({ at: p.recordedAt, from: 'ingepland', to: 'besproken', by: 'coordinator' })
    p.releasedAt = p.recordedAt + between(1, 8) * DAY
    p.events.push({ at: p.releasedAt, from: 'besproken', to: 'opvolging', by: 'coordinator' })
    p.followUpDate = isoDay(dateMs + int(42, 84) * DAY)
    // a few are never followed up and linger in opvolging, as the overdue list expects
    if (chance(0.03)) return p
    p.followUpAt = Math.max(p.releasedAt + DAY, Date.parse(`${p.followUpDate}T09:00:00Z`) + between(-5, 25) * DAY)
    if (chance(0.03)) return p
    return end(p, { at: p.followUpAt + between(0.1, 21) * DAY, from: 'opvolging', to: 'afgesloten', by: chance(0.4) ? 'referrer' : 'coordinator' })
  }

  // ── pass 1: every case's course, then make sure every status occurs ────────
  const subs = Array.from({ length: options.cases }, sampleTime).sort((a, b) => a - b)
  const plans = subs.map((sub, i) => plan(sub, i < REGIONS.length ? (REGIONS[i] as (typeof REGIONS)[number]).code : region()))
  const seen = new Set(plans.map((p) => statusAt(p, now)))
  for (const wanted of ALL_STATUSES) {
    if (seen.has(wanted) || plans.length < ALL_STATUSES.length * 4) continue
    // a small history may miss a short-lived status (besproken lasts days): redraw a recent case until it lands there
    for (let attempt = 0; attempt < 5000; attempt++) {
      // booked on a copy: a rejected draw must not take a slot
      const candidate = plan(now - between(0.2, 400) * DAY, region(), new Map(booked))
      if (statusAt(candidate, now) !== wanted) continue
      // in place of a closed case, the commonest kind, so no other rare status or region goes missing
      const closed = plans.findIndex((p, i) => i >= REGIONS.length && statusAt(p, now) === 'afgesloten')
      plans[closed >= 0 ? closed : plans.length - 1] = candidate
      seen.add(wanted)
      break
    }
  }
  plans.sort((a, b) => a.sub - b.sub)

  // ── pass 2: write ─────────────────────────────────────────────────────────
  const insert = {
    organisation: rows(raw, 'organisations', ['id', 'name', 'sector', 'region_code', 'created_at']),
    user: rows(raw, 'users', ['id', 'email', 'name', 'organisation_id', 'active', 'created_at']),
    grant: rows(raw, 'grants', ['user_id', 'role', 'region_code']),
    table: rows(raw, 'tables', ['id', 'region_code', 'name', 'slot_minutes', 'capacity', 'location', 'active', 'created_at']),
    zitting: rows(raw, 'zittingen', [
      'id',
      'table_id',
      'date',
      'start_time',
      'end_time',
      'location',
      'status',
      'ics_sequence',
      'agenda_sent_at',
      'created_at',
      'updated_at',
    ]),
    case: rows(raw, 'cases', [
      'id',
      'reference',
      'ref_year',
      'ref_seq',
      'region_code',
      'organisation_id',
      'referrer_id',
      'status',
      'urgency',
      'urgency_motivation',
      'age_years',
      'gender',
      'education_level',
      'study_type',
      'living_situation',
      'proposed_format',
      'format',
      'deadlock',
      'question',
      'partners',
      'eligibility',
      'consent',
      'pseudonym',
      'created_at',
      'updated_at',
      'submitted_at',
      'accepted_at',
      'closed_at',
      'closure_reason',
    ]),
    theme: rows(raw, 'case_themes', ['case_id', 'theme']),
    intervention: rows(raw, 'case_interventions', ['case_id', 'position', 'type', 'provider', 'period', 'effect']),
    identity: rows(raw, 'identities', ['case_id', 'key_id', 'iv', 'ciphertext', 'updated_at']),
    event: rows(raw, 'case_events', ['id', 'case_id', 'at', 'actor_id', 'from_status', 'to_status', 'note']),
    message: rows(raw, 'case_messages', ['id', 'case_id', 'at', 'author_id', 'kind', 'text']),
    agendaItem: rows(raw, 'agenda_items', ['zitting_id', 'case_id', 'position', 'young_person_coming', 'parents_coming', 'created_at']),
    consult: rows(raw, 'consults', [
      'id',
      'case_id',
      'zitting_id',
      'format',
      'recorded_by',
      'recorded_at',
      'young_person_attended',
      'parents_attended',
      'analysis',
      'advice',
      'follow_up_date',
      'signal_raised',
      'signal_text',
      'released_at',
      'follow_up_reminder_sent_at',
    ]),
    attendance: rows(raw, 'consult_attendance', ['consult_id', 'organisation_id', 'status']),
    action: rows(raw, 'actions', [
      'id',
      'consult_id',
      'case_id',
      'position',
      'description',
      'owner_sector',
      'owner_organisation_id',
      'owner_description',
      'due_date',
      'status',
      'status_note',
      'reminder_sent_at',
      'updated_at',
    ]),
    followUp: rows(raw, 'follow_ups', ['id', 'case_id', 'consult_id', 'author_id', 'at', 'outcome', 'note']),
  }

  const sequences = new Map<string, number>()
  for (const row of raw
    .prepare('select region_code as region, ref_year as year, max(ref_seq) as seq from cases where ref_seq is not null group by 1, 2')
    .all() as {
    region: string
    year: number
    seq: number
  }[])
    sequences.set(`${row.region}|${row.year}`, row.seq)

  const orgsBySector = new Map<string, string[]>()
  for (const o of orgs) addTo(orgsBySector, `${o.region}|${o.sector}`, o.id)

  // earlier young people, for repeat referrals (same pseudonym, a year or so apart)
  const youngsters: { no: number; dob: string; region: RegionCode; since: number }[] = []
  const repeatWindow = Math.max(20, Math.round((options.cases / Math.max(1, windowDays)) * 540))
  const counts = { consults: 0, actions: 0, followUps: 0 }
  const zittingen = new Map<string, ZittingDraft>()
  const tableById = new Map([...tables.values()].flat().map((t) => [t.id, t]))

  // random ids scatter inserts over every index: with SQLite's small default page cache, each one
  // would go to disk (measured: 65 s instead of well under half that for 100,000 cases)
  const cacheSize = raw.pragma('cache_size', { simple: true }) as number
  const foreignKeys = raw.pragma('foreign_keys', { simple: true }) as number
  raw.pragma('cache_size = -1000000')
  raw.pragma('foreign_keys = OFF')
  // the secondary indexes of the tables filled here are dropped and rebuilt once at the end, inside
  // the same transaction: sorting once is cheaper than 1.8 million scattered index inserts
  const indexes = raw
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${FILLED.map(() => '?').join(', ')})`)
    .all(...FILLED) as { name: string; sql: string }[]
  raw.transaction(() => {
    for (const index of indexes) raw.exec(`drop index "${index.name}"`)
    for (const o of orgs) insert.organisation.add(o.id, o.name, o.sector, o.region, created)
    for (const p of people) {
      insert.user.add(p.id, p.email, p.name, p.orgId, 1, created)
      insert.grant.add(p.id, p.role, p.region)
    }
    for (const [regionCode, list] of tables) for (const t of list) insert.table.add(t.id, regionCode, t.name, 30, CAPACITY, t.location, 1, created)

    for (const p of plans) {
      const id = newId()
      const year = new Date(p.sub).getUTCFullYear()
      const seqKey = `${p.region}|${year}`
      const seq = (sequences.get(seqKey) ?? 0) + 1
      sequences.set(seqKey, seq)
      const reference = `ROTS-${p.region}-${year}-${String(seq).padStart(4, '0')}`
      const coordinator = coordinators.get(p.region) as string
      let sector = referrerSector()
      let pool = referrers.get(`${p.region}|${sector}`)
      if (!pool?.length) {
        sector = 'clb'
        pool = referrers.get(`${p.region}|clb`) ?? []
      }
      const referrer = pick(pool)

      // the young person: now and then one referred before, a year or so older
      let young: (typeof youngsters)[number] | undefined
      if (youngsters.length > 0 && chance(0.07)) {
        const earlier = youngsters[youngsters.length - 1 - Math.floor(rng() * Math.min(repeatWindow, youngsters.length))]
        if (earlier && p.sub - earlier.since > 30 * DAY && ageOn(earlier.dob, p.sub) <= 20 && (earlier.region === p.region || chance(0.2))) young = earlier
      }
      let educationLevel: EducationLevel
      if (young) educationLevel = levelForAge(ageOn(young.dob, p.sub), rng)
      else {
        educationLevel = level()
        const [min, max] = AGE_BY_LEVEL[educationLevel]
        const age = int(min, max)
        const dob = isoDay(p.sub - age * 365.25 * DAY - rng() * 360 * DAY)
        young = { no: youngsters.length + 1, dob, region: p.region, since: p.sub }
        youngsters.push(young)
      }
      const ageYears = ageOn(young.dob, p.sub)
      const studyType = educationLevel === 'sec_2' ? studyType2() : educationLevel === 'sec_3' ? studyType3() : null
      const livingSituation = ageYears >= 18 && chance(0.3) ? 'zelfstandig' : living()
      const identity = { firstName: 'Jongere', lastName: `Synthetisch ${young.no}`, dateOfBirth: young.dob }

      const status = statusAt(p, now)
      const happened = p.events.filter((e) => e.at <= now)
      const last = happened.at(-1) as PlanEvent
      const purposes: string[] = [p.proposed]
      if (p.format && p.format !== p.proposed) purposes.push(p.format)
      else if (chance(0.6)) purposes.push(p.proposed === 'consult' ? 'overlegtafel' : 'consult')
      purposes.sort((a, b) => (a === 'consult' ? -1 : b === 'consult' ? 1 : 0))
      if (chance(0.93)) purposes.push('statistiek')
      const consent = JSON.stringify({
        purposes,
        givenBy: ageYears >= 18 ? 'jongere' : consentGiver(),
        date: isoDay(p.sub - int(0, 30) * DAY),
        method: consentMethod(),
      })
      const eligibility = JSON.stringify(sector === 'jeugdhulp' ? [...ELIGIBILITY_CODES, 'clb_akkoord'] : ELIGIBILITY_CODES)
      const closed = status === 'afgesloten' || status === 'doorverwezen' || status === 'ingetrokken' ? last.at : null
      const closureReason = status === 'afgesloten' ? closureFor(p.outcome ?? 'onbekend', rng) : null
      const place = { school: int(1, 40) }
      insert.case.add(
        id,
        reference,
        year,
        seq,
        p.region,
        referrer.orgId,
        referrer.id,
        status,
        p.urgency,
        p.urgency === 'gewoon' ? null : pick(URGENCY_MOTIVATIONS),
        ageYears,
        gender(),
        educationLevel,
        studyType,
        livingSituation,
        p.proposed,
        p.acceptedAt !== undefined && p.acceptedAt <= now ? (p.format ?? null) : null,
        deadlockText(rng, educationLevel, place),
        pick(QUESTIONS),
        pick(PARTNERS),
        eligibility,
        consent,
        pseudonym(identity),
        Math.round(p.sub - between(0.1, 10) * DAY),
        last.at,
        p.sub,
        p.acceptedAt !== undefined && p.acceptedAt <= now ? p.acceptedAt : null,
        closed,
        closureReason,
      )
      for (const theme of themesFor(educationLevel, livingSituation, ageYears, rng)) insert.theme.add(id, theme)
      const tried = int(1, 3)
      for (let i = 0; i < tried; i++) {
        const type = interventionType()
        const when = p.sub - int(2, 18) * 30 * DAY
        insert.intervention.add(id, i, type, PROVIDERS[type] ?? 'Partner in de regio', periodOf(when), pick(EFFECTS))
      }
      const sealed = seal(id, JSON.stringify({ ...identity, school: `Synthetische school ${p.region}-${place.school}` }))
      insert.identity.add(id, vaultKeyId, sealed.iv, sealed.ciphertext, p.sub)

      // its place on an agenda, if it was booked by now: the history line names the slot's start
      let slot: { zitting: ZittingDraft; position: number } | undefined
      if (p.zitting && p.scheduledAt !== undefined && p.scheduledAt <= now) {
        const table = tableById.get(p.zitting.tableId) as { id: string; location: string }
        const key = `${table.id}|${p.zitting.date}`
        let zitting = zittingen.get(key)
        if (!zitting) {
          zitting = { id: newId(), tableId: table.id, date: p.zitting.date, location: table.location, items: 0, first: p.scheduledAt, last: p.scheduledAt }
          zittingen.set(key, zitting)
        }
        slot = { zitting, position: zitting.items++ }
        zitting.first = Math.min(zitting.first, p.scheduledAt)
        zitting.last = Math.max(zitting.last, p.scheduledAt)
      }
      for (const e of happened) {
        const note =
          e.to === 'doorverwezen'
            ? pick(REDIRECT_REASONS)
            : e.to === 'ingepland' && slot
              ? `Zitting van ${dutch(slot.zitting.date)} om ${slotStart(slot.position)}`
              : null
        insert.event.add(newId(), id, e.at, e.by === 'referrer' ? referrer.id : coordinator, e.from, e.to, note)
      }
      if (p.infoAt !== undefined && p.infoAt <= now) insert.message.add(newId(), id, p.infoAt, coordinator, 'vraag', pick(INFO_QUESTIONS))
      if (p.answerAt !== undefined && p.answerAt <= now) insert.message.add(newId(), id, p.answerAt, referrer.id, 'antwoord', pick(INFO_ANSWERS))

      if (!slot || p.scheduledAt === undefined) continue
      const { zitting } = slot
      const overlegtafel = p.format === 'overlegtafel'
      const youngComing = overlegtafel ? chance(0.75) : null
      const parentsComing = overlegtafel ? chance(0.85) : null
      insert.agendaItem.add(zitting.id, id, slot.position, bool(youngComing), bool(parentsComing), p.scheduledAt)

      if (p.recordedAt === undefined || p.recordedAt > now) continue
      const consultId = newId()
      const released = p.releasedAt !== undefined && p.releasedAt <= now ? p.releasedAt : null
      const followUpDate = p.followUpDate as string
      const signal = chance(0.06)
      insert.consult.add(
        consultId,
        id,
        zitting.id,
        p.format ?? 'consult',
        coordinator,
        p.recordedAt,
        bool(overlegtafel ? (youngComing ?? false) && chance(0.9) : null),
        bool(overlegtafel ? (parentsComing ?? false) && chance(0.95) : null),
        pick(ANALYSES),
        pick(ADVICES),
        followUpDate,
        signal ? 1 : 0,
        signal ? pick(SIGNAL_TEXTS) : null,
        released,
        // reminders the history would already have sent: a fresh start must not mail thousands
        Date.parse(`${followUpDate}T06:00:00Z`) <= now + 7 * DAY ? Date.parse(`${followUpDate}T06:00:00Z`) : null,
      )
      counts.consults++
      insert.attendance.add(consultId, referrer.orgId, chance(0.93) ? 'aanwezig' : 'verontschuldigd')
      const followedUp = p.followUpAt !== undefined && p.followUpAt <= now
      const actions = actionCount()
      for (let i = 0; i < actions; i++) {
        const sectorOfOwner = ownerSector()
        const owners = orgsBySector.get(`${p.region}|${sectorOfOwner}`)
        const actionState = followedUp ? actionStatus() : 'open'
        const due = isoDay(p.recordedAt + int(14, 60) * DAY)
        const dueMs = Date.parse(`${due}T06:00:00Z`)
        insert.action.add(
          newId(),
          consultId,
          id,
          i,
          pick(ACTION_TEXTS),
          sectorOfOwner,
          owners?.length && chance(0.5) ? pick(owners) : null,
          OWNER_FUNCTIONS[sectorOfOwner] ?? 'contactpersoon bij de partner',
          due,
          actionState,
          actionState === 'niet_mogelijk' ? pick(NOT_POSSIBLE_NOTES) : actionState === 'niet_uitgevoerd_partner' ? pick(NOT_DONE_NOTES) : null,
          actionState === 'open' && dueMs - 5 * DAY <= now + 7 * DAY ? dueMs - 5 * DAY : null,
          followedUp ? (p.followUpAt as number) : p.recordedAt,
        )
        counts.actions++
      }
      if (followedUp) {
        const result = p.outcome ?? outcome()
        insert.followUp.add(newId(), id, consultId, referrer.id, p.followUpAt as number, result, pick(FOLLOW_UP_NOTES[result] ?? ['—']))
        counts.followUps++
      }
    }

    for (const z of zittingen.values()) {
      const dateMs = Date.parse(`${z.date}T00:00:00Z`)
      const sendAt = Math.max(dateMs - 7 * DAY + 10 * HOUR, z.last + HOUR)
      const createdAt = Math.min(z.first - DAY, dateMs - 45 * DAY)
      insert.zitting.add(z.id, z.tableId, z.date, '13:00', '17:00', z.location, 'gepland', 0, sendAt <= now ? sendAt : null, createdAt, createdAt)
    }
    for (const batch of Object.values(insert)) batch.flush()
    for (const index of indexes) raw.exec(index.sql)
  })()
  raw.pragma(`cache_size = ${cacheSize}`)
  raw.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)

  return {
    cases: plans.length,
    organisations: orgs.length,
    zittingen: zittingen.size,
    consults: counts.consults,
    actions: counts.actions,
    followUps: counts.followUps,
    ms: Math.round(performance.now() - started),
  }

  function end(p: Plan, event: PlanEvent): Plan {
    p.events.push(event)
    if (event.to === 'afgesloten') p.outcome = outcome()
    return p
  }
}

interface ZittingDraft {
  id: string
  tableId: string
  date: string
  location: string
  /** Cases booked so far: the next one's position. */
  items: number
  /** First and last booking, for when the zitting was created and its agenda sent. */
  first: number
  last: number
}

/** 'HH:MM' of a 30-minute slot on a zitting that starts at 13:00. */
function slotStart(position: number): string {
  const minutes = 13 * 60 + position * 30
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

interface PlanEvent {
  at: number
  from: string
  to: string
  by: 'referrer' | 'coordinator'
}

/** A case's whole course, drawn before anything is written; what lies after `now` is not written. */
interface Plan {
  sub: number
  region: RegionCode
  urgency: Urgency
  proposed: Format
  format?: Format
  events: PlanEvent[]
  infoAt?: number
  answerAt?: number
  acceptedAt?: number
  scheduledAt?: number
  zitting?: { tableId: string; date: string }
  recordedAt?: number
  releasedAt?: number
  followUpDate?: string
  followUpAt?: number
  outcome?: (typeof FOLLOW_UP_OUTCOMES)[number]['code']
}

const FILLED = [
  'cases',
  'case_themes',
  'case_interventions',
  'identities',
  'case_events',
  'case_messages',
  'agenda_items',
  'zittingen',
  'consults',
  'consult_attendance',
  'actions',
  'follow_ups',
]

const ALL_STATUSES = ['aangemeld', 'info_gevraagd', 'aanvaard', 'ingepland', 'besproken', 'opvolging', 'afgesloten', 'doorverwezen', 'ingetrokken']

/**
 * Inserts rows a hundred at a time: one multi-row statement per hundred rows costs a fifth less
 * than a hundred single-row ones. Rows of different tables may be added in any order (foreign
 * keys are checked by construction here, not by SQLite), so each table keeps its own buffer.
 */
function rows(raw: Database.Database, table: string, columns: readonly string[], perStatement = 100) {
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const statement = (count: number) => raw.prepare(`insert into ${table} (${columns.join(', ')}) values ${Array(count).fill(tuple).join(', ')}`)
  const full = statement(perStatement)
  let buffer: unknown[] = []
  return {
    add(...values: unknown[]) {
      buffer.push(...values)
      if (buffer.length < perStatement * columns.length) return
      full.run(buffer)
      buffer = []
    },
    flush() {
      if (buffer.length > 0) statement(buffer.length / columns.length).run(buffer)
      buffer = []
    },
  }
}

/** Stored timestamps are whole milliseconds. */
function rounded(p: Plan): Plan {
  for (const e of p.events) e.at = Math.round(e.at)
  for (const key of ['sub', 'infoAt', 'answerAt', 'acceptedAt', 'scheduledAt', 'recordedAt', 'releasedAt', 'followUpAt'] as const) {
    const value = p[key]
    if (value !== undefined) p[key] = Math.round(value)
  }
  return p
}

function statusAt(p: Plan, now: number): string {
  let status = 'aangemeld'
  for (const e of p.events) if (e.at <= now) status = e.to
  return status
}

function rawHandle(db: Db): Database.Database {
  const client = (db as unknown as { $client?: Partial<Database.Database> }).$client
  if (!client || typeof client.prepare !== 'function' || typeof client.transaction !== 'function' || typeof client.pragma !== 'function')
    throw new Error('De synthetische geschiedenis wordt rechtstreeks in SQLite geschreven (better-sqlite3) en werkt enkel op Node.')
  return client as Database.Database
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Ids shaped like src/ids.ts newId (15 bytes as 24 lower-case base32 characters), but the first
 * five bytes count up: every primary key and case_id index then grows at its end instead of at
 * random places, about a third cheaper for SQLite. The ten random bytes keep them unguessable and
 * clear of ids already in the database.
 */
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'
let randomPool = Buffer.alloc(0)
let poolOffset = 0
let idCounter = 0

function randomSlice(bytes: number): Buffer {
  if (poolOffset + bytes > randomPool.length) {
    randomPool = randomBytes(60 * 1024)
    poolOffset = 0
  }
  poolOffset += bytes
  return randomPool.subarray(poolOffset - bytes, poolOffset)
}

function newId(): string {
  const bytes = Buffer.allocUnsafe(15)
  bytes.writeUIntBE(idCounter++, 0, 5)
  randomSlice(10).copy(bytes, 5)
  let id = ''
  for (let at = 0; at < 15; at += 5) {
    // 5 bytes are 40 bits, 8 characters of 5 bits
    const hi = ((bytes[at] as number) << 12) | ((bytes[at + 1] as number) << 4) | ((bytes[at + 2] as number) >> 4)
    const lo = (((bytes[at + 2] as number) & 15) << 16) | ((bytes[at + 3] as number) << 8) | (bytes[at + 4] as number)
    for (let shift = 15; shift >= 0; shift -= 5) id += BASE32[(hi >> shift) & 31]
    for (let shift = 15; shift >= 0; shift -= 5) id += BASE32[(lo >> shift) & 31]
  }
  return id
}

const bool = (value: boolean | null) => (value === null ? null : value ? 1 : 0)
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dutch = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

function ageOn(dob: string, at: number): number {
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number]
  const day = new Date(at)
  const [ty, tm, td] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
}

/** The first day the table meets on or after `from`, outside the summer and Christmas breaks. */
function meetingDay(from: number, weekday: number): string {
  let day = new Date(Math.floor(from / DAY) * DAY)
  for (;;) {
    const month = day.getUTCMonth()
    const date = day.getUTCDate()
    const closed = month === 6 || (month === 7 && date < 20) || (month === 11 && date >= 23) || (month === 0 && date <= 2)
    if (!closed && day.getUTCDay() === weekday) return isoDay(day.getTime())
    day = new Date(day.getTime() + DAY)
  }
}

// Jan–Mar and Apr–Jun (2nd and 3rd trimester) are the busiest, the summer the quietest.
const MONTH_WEIGHT = [1.2, 1.25, 1.35, 1.1, 1.3, 1.15, 0.25, 0.3, 0.85, 1.0, 1.0, 0.7] as const

/** School holidays: autumn break, Christmas, Easter (roughly), when few referrals are filed. */
function holidayFactor(day: Date): number {
  const month = day.getUTCMonth()
  const date = day.getUTCDate()
  if ((month === 11 && date >= 24) || (month === 0 && date <= 3)) return 0.25
  if (month === 10 && date <= 7) return 0.5
  if (month === 3 && date <= 14) return 0.55
  return 1
}

const REGION_WEIGHT: Record<RegionCode, number> = { ANT: 0.27, OVL: 0.22, WVL: 0.17, VB: 0.15, LIM: 0.12, BRU: 0.07 }

const CITIES: Record<RegionCode, readonly string[]> = {
  ANT: ['Antwerpen', 'Mechelen', 'Turnhout', 'Lier', 'Geel'],
  LIM: ['Hasselt', 'Genk', 'Sint-Truiden', 'Tongeren', 'Maasmechelen'],
  OVL: ['Gent', 'Aalst', 'Sint-Niklaas', 'Dendermonde', 'Oudenaarde'],
  WVL: ['Brugge', 'Kortrijk', 'Oostende', 'Roeselare', 'Ieper'],
  VB: ['Leuven', 'Vilvoorde', 'Halle', 'Tienen', 'Aarschot'],
  BRU: ['Brussel', 'Anderlecht', 'Schaarbeek', 'Molenbeek', 'Jette'],
}

const ORGANISATION_KINDS: readonly (readonly [SectorCode, number, (city: string, k: number) => string])[] = [
  ['clb', 4, (city, k) => `${['Vrij CLB', 'GO! CLB', 'Stedelijk CLB', 'Provinciaal CLB'][k % 4]} ${city}`],
  ['jeugdhulp', 3, (city, k) => `${['Jeugdhulp', 'Dienst Mobiele Begeleiding', 'Centrum Jongerenwelzijn'][k % 3]} ${city}`],
  ['onderwijs', 3, (city, k) => `Secundaire school ${city} ${k + 1}`],
  ['naft', 1, (city) => `NAFT-project ${city}`],
  ['ggz', 1, (city) => `CGG ${city}`],
  ['ocmw', 1, (city) => `Sociaal huis ${city}`],
  ['lokaal_bestuur', 1, (city) => `Jeugddienst ${city}`],
  ['vdab', 1, (city) => `VDAB-jongerenwerking ${city}`],
]

const ELIGIBILITY_CODES = ['trajecten_geprobeerd', 'afwezigheid_aanhoudend', 'clb_en_welzijn_vast']

const AGE_BY_LEVEL: Record<EducationLevel, readonly [number, number]> = {
  kleuter: [5, 6],
  lager: [6, 12],
  sec_1: [12, 14],
  sec_2: [14, 16],
  sec_3: [16, 19],
  buso: [12, 20],
  okan: [12, 18],
  niet_ingeschreven: [15, 20],
}

function levelForAge(age: number, rng: () => number): EducationLevel {
  if (age <= 11) return 'lager'
  if (rng() < 0.08) return 'buso'
  if (age <= 13) return 'sec_1'
  if (age <= 15) return 'sec_2'
  if (age <= 18) return rng() < 0.85 ? 'sec_3' : 'niet_ingeschreven'
  return rng() < 0.4 ? 'sec_3' : 'niet_ingeschreven'
}

function themesFor(level: EducationLevel, living: string, age: number, rng: () => number): string[] {
  const themes = new Set<string>()
  if (level === 'lager') themes.add('basisonderwijs')
  if (level === 'buso') themes.add('buso')
  if (level === 'okan' || rng() < 0.05) themes.add('anderstalig')
  if (level === 'niet_ingeschreven') themes.add(rng() < 0.5 ? 'leerrecht' : 'warme_overdracht')
  if (living === 'voorziening' && rng() < 0.7) themes.add('voorzieningen')
  const general = [
    'spijbelen',
    'spijbelen',
    'spijbelen',
    'schoolweigering',
    'schoolweigering',
    'psychisch',
    'psychisch',
    'gedrag',
    'thuissituatie',
    'thuissituatie',
    'armoede',
  ]
  if (age >= 14) general.push('verslaving', 'warme_overdracht', 'leerrecht')
  const wanted = 1 + Math.floor(rng() * 3)
  while (themes.size < wanted) themes.add(general[Math.floor(rng() * general.length)] as string)
  return [...themes].slice(0, 3)
}

function closureFor(result: string, rng: () => number): string {
  const byOutcome: Record<string, readonly (typeof CLOSURE_REASONS)[number]['code'][]> = {
    terug_op_school: ['doel_bereikt', 'doel_bereikt', 'aanbod_loopt'],
    alternatief_traject: ['aanbod_loopt', 'aanbod_loopt', 'doel_bereikt'],
    jeugdhulp_zorg: ['aanbod_loopt'],
    werk_opleiding: ['doel_bereikt', 'aanbod_loopt'],
    nog_vast: ['geen_akkoord', 'andere', 'buiten_bereik'],
    onbekend: ['buiten_bereik', 'andere'],
  }
  const options = byOutcome[result] ?? ['andere']
  return options[Math.floor(rng() * options.length)] as string
}

function periodOf(ms: number): string {
  const day = new Date(ms)
  const month = day.getUTCMonth()
  const season = month >= 8 ? 'najaar' : month <= 2 ? 'winter' : month <= 5 ? 'voorjaar' : 'zomer'
  return `${season} ${day.getUTCFullYear()}`
}

function deadlockText(rng: () => number, level: EducationLevel, place: { school: number }): string {
  const from = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)] as T
  const opening = level === 'lager' ? from(OPENINGS_PRIMARY) : level === 'niet_ingeschreven' ? from(OPENINGS_UNREGISTERED) : from(OPENINGS)
  return `${opening} ${from(MIDDLES)} ${from(CLOSINGS)}`.replaceAll('[SCHOOL 1]', `[SCHOOL ${place.school > 30 ? 2 : 1}]`)
}

// ── scrubbed-looking text: what the detector leaves of what referrers and tables write ──

const OPENINGS = [
  '[PERSOON 1] is sinds de herfstvakantie nauwelijks nog op school geweest.',
  'Sinds de overstap naar [SCHOOL 1] stapelen de afwezigheden zich op, vooral op maandag en vrijdag.',
  '[PERSOON 1] weigert al enkele maanden naar school te gaan en sluit zich thuis op.',
  'Na een schorsing op [SCHOOL 1] is [PERSOON 1] niet meer teruggekeerd.',
  'De thuissituatie is onstabiel: [PERSOON 1] woont afwisselend bij de moeder en bij een tante in [GEMEENTE 1].',
  'Sinds de verhuis naar [GEMEENTE 1] heeft [PERSOON 1] geen vaste school meer gevonden.',
  '[PERSOON 1] komt wel naar school maar verlaat het lesgebouw meestal na de middag.',
  'Er zijn veel conflicten in de klas; [PERSOON 1] werd al twee keer tijdelijk uitgesloten.',
  'Na een lange ziekteperiode lukt de terugkeer naar [SCHOOL 1] niet.',
  '[PERSOON 1] zorgt thuis voor jongere broers en zussen en mist daardoor de ochtenden.',
]
const OPENINGS_PRIMARY = [
  '[PERSOON 1] (lager onderwijs) blijft vaak thuis omdat de ouders de ochtenden niet rond krijgen.',
  'De leerkracht van [PERSOON 1] meldt dat het kind steeds vaker afwezig is zonder wettiging.',
  '[PERSOON 1] heeft hevige angst bij het afscheid aan de schoolpoort en blijft dan thuis.',
]
const OPENINGS_UNREGISTERED = [
  '[PERSOON 1] is sinds dit schooljaar nergens meer ingeschreven.',
  'Na het afhaken op [SCHOOL 1] vond [PERSOON 1] geen school die wil inschrijven.',
  '[PERSOON 1] wil werken, maar zonder diploma lukt de overstap naar werk of opleiding niet.',
]
const MIDDLES = [
  'Een NAFT-traject gaf een korte verbetering, daarna viel het patroon terug.',
  'CLB en school hebben meerdere gesprekken gevoerd, zonder effect op de aanwezigheid.',
  'Een aanmelding bij het CGG staat op een wachtlijst van meer dan zes maanden.',
  'De begeleiding vanuit jeugdhulp werd afgerond omdat het gezin niet meer bereikbaar was.',
  'Een time-out bracht rust, maar de terugkeer naar de klas liep vast.',
  'Het ondersteuningsnetwerk kwam langs; de aanpassingen in de klas volstaan niet.',
  'De ouders willen meewerken maar vinden geen ingang bij de diensten.',
  'Er liep een traject bij het JAC, dat de jongere zelf stopzette.',
  'Het spijbelbeleid van de school en een gesprek met de politie hielpen niet.',
]
const CLOSINGS = [
  'School, CLB en jeugdhulp zien geen volgende stap meer.',
  'Alle betrokkenen geven aan dat ze vastzitten.',
  'Het schooljaar dreigt verloren te gaan.',
  'De jongere zegt zelf niet meer te weten hoe het verder moet.',
  'Er is nood aan een gezamenlijke blik van onderwijs en welzijn.',
]
const QUESTIONS = [
  'Welk aanbod op maat helpt deze jongere terug op weg naar school of opleiding?',
  'Kan de tafel meedenken over een tijdelijk alternatief traject buiten de school?',
  'Welke partner kan de regie opnemen nu school en CLB vastzitten?',
  'Hoe kunnen we de overstap naar een andere school of onderwijsvorm goed begeleiden?',
  'Is er een snellere toegang tot zorg mogelijk, zodat de schoolloopbaan niet verder stilvalt?',
  'Hoe betrekken we de ouders opnieuw, nu elk contact uitblijft?',
]
const PARTNERS = [
  'CLB, school, jeugdhulp',
  'CLB, school, NAFT',
  'CLB, school, CGG',
  'CLB, jeugdhulp, OCMW',
  'CLB, school, VDAB',
  'CLB, school, ondersteuningsnetwerk',
]
const URGENCY_MOTIVATIONS = [
  'De afwezigheden nemen snel toe en het schooljaar loopt ten einde.',
  'De jongere dreigt volledig af te haken; de ouders zijn radeloos.',
  'Er zijn signalen van zelfbeschadiging; de zorg loopt maar de schoolsituatie escaleert.',
  'De jongere wordt binnenkort 18 en dreigt zonder enige begeleiding te vallen.',
  'De school overweegt een definitieve uitsluiting.',
]
const REDIRECT_REASONS = [
  'Er is nog geen traject geprobeerd: eerst een NAFT-aanmelding via het CLB.',
  'De vraag is vooral zorggericht; de aanmelding hoort bij het CGG of de intersectorale toegangspoort.',
  'De jongere is intussen ingeschreven en de school neemt de begeleiding op; opnieuw aanmelden kan als het vastloopt.',
  'Zonder antwoord op onze vraag om informatie kunnen we de casus niet bespreken.',
]
const INFO_QUESTIONS = [
  'Welke begeleiding loopt er op dit moment vanuit jeugdhulp?',
  'Kunt u aanvullen wat het NAFT-traject precies inhield en waarom het stopte?',
  'Is het CLB akkoord met deze aanmelding vanuit jeugdhulp?',
  'Hoe kijken de ouders naar deze aanmelding?',
]
const INFO_ANSWERS = [
  'Er loopt momenteel geen begeleiding; de vorige werd in onderling overleg afgesloten.',
  'Het NAFT-traject duurde acht weken en stopte omdat de jongere niet meer opdaagde.',
  'Het CLB is akkoord; we hebben de aanmelding samen voorbereid.',
  'De ouders steunen de aanmelding en willen mee aan tafel zitten.',
]
const ANALYSES = [
  'De tafel ziet vooral een probleem van aansluiting: de onderwijsvorm past niet meer bij [PERSOON 1].',
  'Angst is de kern; zolang die niet behandeld wordt, blijft elke schoolse maatregel zonder effect.',
  'De thuissituatie vraagt eerst rust; school kan pas daarna opnieuw aan bod komen.',
  'Er zijn te veel hulpverleners zonder duidelijke regie; één aanspreekpunt is nodig.',
  'De jongere heeft een concreet toekomstbeeld (werk); het onderwijsaanbod sluit daar niet op aan.',
]
const ADVICES = [
  'Tijdelijk traject bij NAFT met een geleidelijke terugkeer naar [SCHOOL 1], opgevolgd door het CLB.',
  'Versnelde toegang tot het CGG en tot dan een aangepast lesrooster in overleg met de school.',
  'Overstap naar duaal leren met begeleiding door de trajectbegeleider en de VDAB.',
  'Mobiele begeleiding in het gezin en een vaste contactpersoon op school.',
  'Inschrijving in een andere school met een warme overdracht door het CLB.',
]
const ACTION_TEXTS = [
  'Afspraak plannen met de jongere en de ouders om het traject toe te lichten.',
  'Aanmelding doen bij het NAFT-project voor een individueel traject.',
  'Aangepast lesrooster opmaken en bespreken met de klassenraad.',
  'Contact opnemen met het CGG voor een versnelde intake.',
  'Warme overdracht naar de nieuwe school voorbereiden.',
  'Gesprek met de VDAB-jongerenconsulent over werk en opleiding.',
  'Vaste contactpersoon op school aanduiden en aan de jongere voorstellen.',
  'Aanvraag ondersteuning via het ondersteuningsnetwerk indienen.',
]
const OWNER_FUNCTIONS: Partial<Record<SectorCode, string>> = {
  clb: 'CLB-medewerker',
  onderwijs: 'zorgcoördinator van de school',
  jeugdhulp: 'consulent jeugdhulp',
  naft: 'begeleider NAFT',
  ggz: 'therapeut CGG',
  ocmw: 'maatschappelijk werker',
  vdab: 'jongerenconsulent VDAB',
  lokaal_bestuur: 'jeugddienst van de gemeente',
  justitie: 'jeugdconsulent politie',
}
const NOT_POSSIBLE_NOTES = [
  'De jongere verhuisde intussen naar een andere regio.',
  'De jongere werd opgenomen; de actie is niet meer aan de orde.',
  'De ouders trokken hun toestemming voor dit onderdeel in.',
]
const NOT_DONE_NOTES = [
  'De partner had geen capaciteit binnen de afgesproken termijn.',
  'De aanvraag bleef liggen door personeelswissel bij de partner.',
  'De partner nam geen contact op, ondanks herhaalde vraag.',
]
const FOLLOW_UP_NOTES: Record<string, readonly string[]> = {
  terug_op_school: ['[PERSOON 1] gaat opnieuw elke dag naar school.', 'De terugkeer verloopt goed, met een aangepast rooster.'],
  alternatief_traject: ['Het alternatieve traject loopt; de aanwezigheid is goed.', 'Het NAFT-traject is gestart en wordt wekelijks opgevolgd.'],
  jeugdhulp_zorg: ['De begeleiding door het CGG is gestart.', 'Er loopt nu mobiele begeleiding in het gezin.'],
  werk_opleiding: ['[PERSOON 1] volgt een opleiding via de VDAB.', 'Start in duaal leren met een werkplek.'],
  nog_vast: ['Ondanks de afspraken is er geen verandering.', 'De jongere blijft thuis; de partners zoeken verder.'],
  onbekend: ['Het contact met het gezin is verloren.', 'Geen nieuws van de jongere of de ouders.'],
}
const SIGNAL_TEXTS = [
  'Wachtlijsten in de geestelijke gezondheidszorg houden schoolweigering in stand.',
  'Voor jongeren zonder inschrijving is er geen instantie die de regie opneemt.',
  'Scholen weigeren inschrijvingen van jongeren met een moeilijke schoolloopbaan.',
  'Ex-OKAN-leerlingen vinden geen passende vervolgopleiding.',
]
const EFFECTS = [
  'Korte verbetering, daarna opnieuw afwezig.',
  'Gesprekken lopen, zonder resultaat op de aanwezigheid.',
  'Afgebroken door de jongere.',
  'Geen effect op de schoolaanwezigheid.',
  'Wachtlijst, niet gestart.',
]
const PROVIDERS: Record<string, string> = {
  naft: 'NAFT-project in de regio',
  time_out: 'Time-outproject',
  ondersteuningsnetwerk: 'Ondersteuningsnetwerk',
  clb_begeleiding: 'CLB',
  rta_jeugdhulp: 'Rechtstreeks toegankelijke jeugdhulp',
  nrta_jeugdhulp: 'Jeugdhulp via de toegangspoort',
  cgg: 'CGG',
  jac: 'JAC',
  okan: 'OKAN-school',
  spijbelbeleid: 'School en politie',
  andere: 'Partner in de regio',
}
const INTERVENTION_WEIGHT: Record<string, number> = {
  naft: 5,
  clb_begeleiding: 6,
  time_out: 3,
  ondersteuningsnetwerk: 2,
  rta_jeugdhulp: 3,
  nrta_jeugdhulp: 2,
  cgg: 2,
  jac: 1,
  okan: 0.5,
  spijbelbeleid: 1,
  andere: 1,
}
