import { sql } from 'drizzle-orm'
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import {
  ACTION_STATUSES,
  ADDRESSEES,
  ATTENDANCE,
  CASE_STATUS_CODES,
  CLOSURE_REASONS,
  codes,
  EDUCATION_LEVELS,
  FOLLOW_UP_OUTCOMES,
  FORMATS,
  GENDERS,
  INTERVENTION_TYPES,
  LIVING_SITUATIONS,
  ROLES,
  SECTOR_CODES,
  SIGNAL_LEVELS,
  SIGNAL_STATUSES,
  STUDY_TYPES,
  URGENCIES,
  ZITTING_STATUSES,
} from '../src/lists'

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`)

export const regions = sqliteTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
})

/** Seeded lists (themes, sectors, …): codes are stored on records, labels shown to users. */
export const listItems = sqliteTable(
  'list_items',
  {
    list: text('list').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
)

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    sector: text('sector', { enum: SECTOR_CODES }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    /** The administration an analist of this organisation answers signals for (Opgroeien, Onderwijs, …). */
    administration: text('administration', { enum: codes(ADDRESSEES) }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organisations_name_unique').on(sql`lower(${t.name})`)],
)

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    // null until the invitation is accepted
    passwordHash: text('password_hash'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), index('users_org_idx').on(t.organisationId)],
)

/** A user's (role, region) pairs: every authorisation decision starts here. */
export const grants = sqliteTable(
  'grants',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role, t.regionCode] })],
)

/** Lucia-style sessions: only the SHA-256 of the token's secret is kept. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    secretHash: text('secret_hash').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastVerifiedAt: integer('last_verified_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    secretHash: text('secret_hash').notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('invitations_user_idx').on(t.userId)],
)

/** Failed logins per throttle key (account or IP); kept in the database so Workers isolates share it. */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('login_failures_key_at_idx').on(t.key, t.at)],
)

/**
 * Append-only, hash-chained. `seq` is unique so two writers that read the same tail cannot
 * both append: the loser retries on the new tail. Triggers in a custom migration refuse
 * UPDATE and DELETE.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    ip: text('ip'),
    details: text('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_object_idx').on(t.objectType, t.objectId), index('audit_actor_idx').on(t.actorId)],
)

/** Every mail goes through here; a sender delivers and retries with backoff. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['wachtend', 'verzonden', 'mislukt'] })
      .notNull()
      .default('wachtend'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    /** JSON array of { filename, contentType, content } (content as text, e.g. an .ics). */
    attachments: text('attachments'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt)],
)

/**
 * A case holds no identity: that is sealed in `identities`. Free-text columns hold scrubbed text
 * only (placeholders such as [PERSOON 1]); the original never reaches the database.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    // ROTS-VB-2026-0042, given at submission; region, year and sequence kept apart for the unique index
    reference: text('reference'),
    refYear: integer('ref_year'),
    refSeq: integer('ref_seq'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    referrerId: text('referrer_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: CASE_STATUS_CODES }).notNull().default('concept'),
    urgency: text('urgency', { enum: codes(URGENCIES) }),
    urgencyMotivation: text('urgency_motivation'),
    ageYears: integer('age_years'),
    gender: text('gender', { enum: codes(GENDERS) }),
    educationLevel: text('education_level', { enum: codes(EDUCATION_LEVELS) }),
    studyType: text('study_type', { enum: codes(STUDY_TYPES) }),
    livingSituation: text('living_situation', { enum: codes(LIVING_SITUATIONS) }),
    proposedFormat: text('proposed_format', { enum: codes(FORMATS) }),
    /** The format the coordinator chose at triage (the referrer only proposes). */
    format: text('format', { enum: codes(FORMATS) }),
    deadlock: text('deadlock'),
    question: text('question'),
    partners: text('partners'),
    /** JSON: eligibility codes the referrer confirmed. */
    eligibility: text('eligibility').notNull().default('[]'),
    /** JSON: purposes consented to, and who gave consent, when (ISO date) and how. */
    consent: text('consent').notNull().default('{}'),
    pseudonym: text('pseudonym'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    /** When the case entered the region's queue; waiting time for scheduling counts from here. */
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    closureReason: text('closure_reason', { enum: codes(CLOSURE_REASONS) }),
    /** Consent for anonymous statistics, derived from `consent` so reports can filter on an index. */
    statsConsent: integer('stats_consent', { mode: 'boolean' }).generatedAlwaysAs(
      sql`instr(coalesce(json_extract(consent, '$.purposes'), ''), '"statistiek"') > 0`,
      { mode: 'virtual' },
    ),
  },
  (t) => [
    uniqueIndex('cases_reference_unique').on(t.regionCode, t.refYear, t.refSeq),
    index('cases_org_idx').on(t.organisationId, t.updatedAt),
    index('cases_region_status_idx').on(t.regionCode, t.status, t.submittedAt),
    index('cases_pseudonym_idx').on(t.pseudonym),
    // covers every report query: counting a region's period never reads the (large) case rows
    index('cases_report_idx').on(t.regionCode, t.submittedAt, t.statsConsent, t.status, t.urgency, t.educationLevel, t.ageYears, t.organisationId, t.id),
    // consent by case id, for reports that reach cases through their bespreking (table use)
    index('cases_consent_idx').on(t.id, t.statsConsent),
  ],
)

export const caseThemes = sqliteTable(
  'case_themes',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    theme: text('theme').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.theme] })],
)

/** The trajectory so far: what was tried, by whom, when, with what effect (scrubbed text). */
export const caseInterventions = sqliteTable(
  'case_interventions',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: text('type', { enum: codes(INTERVENTION_TYPES) }).notNull(),
    provider: text('provider'),
    period: text('period'),
    effect: text('effect'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.position] })],
)

/** The identity vault: AES-256-GCM ciphertext of the identity JSON, bound to its case id. */
export const identities = sqliteTable('identities', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  keyId: text('key_id').notNull(),
  iv: text('iv').notNull(),
  ciphertext: text('ciphertext').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})

/** Every status change: who, when, from which to which status, and why (scrubbed). */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: text('actor_id').references(() => users.id),
    fromStatus: text('from_status', { enum: CASE_STATUS_CODES }).notNull(),
    toStatus: text('to_status', { enum: CASE_STATUS_CODES }).notNull(),
    note: text('note'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
)

/**
 * Verwijsindex-style notices: two organisations refer the same young person (same pseudonym).
 * Each side learns only that the other is involved, and whom to contact.
 */
export const caseInvolvements = sqliteTable(
  'case_involvements',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    otherCaseId: text('other_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.otherCaseId] })],
)

/** The thread between coordinator and referrer about missing information (scrubbed text). */
export const caseMessages = sqliteTable(
  'case_messages',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['vraag', 'antwoord'] }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('case_messages_case_idx').on(t.caseId, t.at)],
)

/** The region's sociale kaart: existing offers a table can point to in advice and redirects. */
export const offers = sqliteTable(
  'offers',
  {
    id: text('id').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    provider: text('provider').notNull(),
    type: text('type', { enum: codes(INTERVENTION_TYPES) }).notNull(),
    targetGroup: text('target_group'),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    /** JSON array of education level codes; empty means every level. */
    educationLevels: text('education_levels').notNull().default('[]'),
    contact: text('contact'),
    waitingWeeks: integer('waiting_weeks'),
    notes: text('notes'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('offers_region_idx').on(t.regionCode, t.active, t.name)],
)

/** An overlegtafel of a region: where and how long its zittingen run, and who sits at it. */
export const tables = sqliteTable(
  'tables',
  {
    id: text('id').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    slotMinutes: integer('slot_minutes').notNull().default(45),
    capacity: integer('capacity').notNull().default(4),
    location: text('location').notNull(),
    videoLink: text('video_link'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('tables_region_idx').on(t.regionCode, t.active, t.name)],
)

/** Standing members of a table; their sector is their organisation's. */
export const tableMembers = sqliteTable(
  'table_members',
  {
    tableId: text('table_id')
      .notNull()
      .references(() => tables.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.tableId, t.userId] }), index('table_members_user_idx').on(t.userId)],
)

/** One meeting of a table (a zitting); named so it is never mistaken for a login session. */
export const zittingen = sqliteTable(
  'zittingen',
  {
    id: text('id').primaryKey(),
    tableId: text('table_id')
      .notNull()
      .references(() => tables.id),
    /** ISO calendar date in Belgium, yyyy-mm-dd. */
    date: text('date').notNull(),
    /** 'HH:MM', Europe/Brussels. */
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    location: text('location').notNull(),
    status: text('status', { enum: ZITTING_STATUSES }).notNull().default('gepland'),
    /** Scrubbed before it is stored. */
    cancelReason: text('cancel_reason'),
    /** RFC 5545 SEQUENCE: bumped on every change calendar clients must pick up. */
    icsSequence: integer('ics_sequence').notNull().default(0),
    /** When the agenda was (last) sent: from then on members see the files on it. */
    agendaSentAt: integer('agenda_sent_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('zittingen_table_date_idx').on(t.tableId, t.date)],
)

/** A case on the agenda of a zitting, in agenda order; slot times follow from position and slot length. */
export const agendaItems = sqliteTable(
  'agenda_items',
  {
    zittingId: text('zitting_id')
      .notNull()
      .references(() => zittingen.id),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Overlegtafel only: the referrer confirms whether the young person and the parents will come. */
    youngPersonComing: integer('young_person_coming', { mode: 'boolean' }),
    parentsComing: integer('parents_coming', { mode: 'boolean' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.zittingId, t.caseId] }), index('agenda_items_case_idx').on(t.caseId)],
)

/** Extra participants invited for one case on one zitting; they see that case only. */
export const caseGuests = sqliteTable(
  'case_guests',
  {
    zittingId: text('zitting_id')
      .notNull()
      .references(() => zittingen.id),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.zittingId, t.caseId, t.userId] }), index('case_guests_user_idx').on(t.userId)],
)

/** Members' preparatory remarks on a case before the zitting (scrubbed text). */
export const prepRemarks = sqliteTable(
  'prep_remarks',
  {
    id: text('id').primaryKey(),
    zittingId: text('zitting_id')
      .notNull()
      .references(() => zittingen.id),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('prep_remarks_case_idx').on(t.zittingId, t.caseId, t.at)],
)

/** The bespreking of one case at one zitting: who came, the analysis, the advice (all free text scrubbed). */
export const consults = sqliteTable(
  'consults',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    zittingId: text('zitting_id')
      .notNull()
      .references(() => zittingen.id),
    format: text('format', { enum: codes(FORMATS) }).notNull(),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
    youngPersonAttended: integer('young_person_attended', { mode: 'boolean' }),
    parentsAttended: integer('parents_attended', { mode: 'boolean' }),
    analysis: text('analysis').notNull(),
    advice: text('advice').notNull(),
    /** ISO date on which the referrer reports back. */
    followUpDate: text('follow_up_date').notNull(),
    signalRaised: integer('signal_raised', { mode: 'boolean' }).notNull().default(false),
    signalText: text('signal_text'),
    /** When the report went to the referrer (the case moves to opvolging). */
    releasedAt: integer('released_at', { mode: 'timestamp_ms' }),
    followUpReminderSentAt: integer('follow_up_reminder_sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // the zitting rides along: waiting times join case → first bespreking without reading consults
    index('consults_case_idx').on(t.caseId, t.recordedAt, t.zittingId),
    index('consults_follow_up_idx').on(t.followUpDate),
    index('consults_zitting_idx').on(t.zittingId, t.caseId),
  ],
)

/** Attendance per invited organisation at a bespreking. */
export const consultAttendance = sqliteTable(
  'consult_attendance',
  {
    consultId: text('consult_id')
      .notNull()
      .references(() => consults.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: codes(ATTENDANCE) }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultId, t.organisationId] })],
)

/** Offers from the sociale kaart the advice points to. */
export const consultOffers = sqliteTable(
  'consult_offers',
  {
    consultId: text('consult_id')
      .notNull()
      .references(() => consults.id, { onDelete: 'cascade' }),
    offerId: text('offer_id')
      .notNull()
      .references(() => offers.id),
  },
  (t) => [primaryKey({ columns: [t.consultId, t.offerId] })],
)

/** What the table agreed someone does, by when; its status is kept at follow-up. */
export const actions = sqliteTable(
  'actions',
  {
    id: text('id').primaryKey(),
    consultId: text('consult_id')
      .notNull()
      .references(() => consults.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    /** The partner sector that owns the action: reports count unfinished actions per sector. */
    ownerSector: text('owner_sector', { enum: SECTOR_CODES }).notNull(),
    ownerOrganisationId: text('owner_organisation_id').references(() => organisations.id),
    /** Who at the partner, as a function ("zorgcoördinator van de school"); scrubbed. */
    ownerDescription: text('owner_description'),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: codes(ACTION_STATUSES) })
      .notNull()
      .default('open'),
    statusNote: text('status_note'),
    reminderSentAt: integer('reminder_sent_at', { mode: 'timestamp_ms' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('actions_case_idx').on(t.caseId, t.position),
    index('actions_due_idx').on(t.status, t.dueDate),
    index('actions_report_idx').on(t.caseId, t.ownerSector, t.status),
  ],
)

/** A follow-up report on a case: the outcome (DESIGN.md list) and a scrubbed note. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    consultId: text('consult_id')
      .notNull()
      .references(() => consults.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    outcome: text('outcome', { enum: codes(FOLLOW_UP_OUTCOMES) }).notNull(),
    note: text('note'),
  },
  // the outcome rides along so "latest outcome per case" is answered from the index
  (t) => [index('follow_ups_case_idx').on(t.caseId, t.at, t.outcome)],
)

/**
 * A structural signal for government, raised from a consult or on its own (description scrubbed).
 * Signals bundled into another point to it with `bundleId` and travel with their bundle.
 */
export const signals = sqliteTable(
  'signals',
  {
    id: text('id').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    title: text('title').notNull(),
    description: text('description').notNull(),
    level: text('level', { enum: codes(SIGNAL_LEVELS) }).notNull(),
    status: text('status', { enum: codes(SIGNAL_STATUSES) })
      .notNull()
      .default('nieuw'),
    bundleId: text('bundle_id').references((): AnySQLiteColumn => signals.id),
    /** The consult whose signal flag gave rise to it, if any. */
    consultId: text('consult_id').references(() => consults.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    forwardedAt: integer('forwarded_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('signals_region_status_idx').on(t.regionCode, t.status, t.updatedAt),
    index('signals_bundle_idx').on(t.bundleId),
    index('signals_consult_idx').on(t.consultId),
  ],
)

export const signalThemes = sqliteTable(
  'signal_themes',
  {
    signalId: text('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    theme: text('theme').notNull(),
  },
  (t) => [primaryKey({ columns: [t.signalId, t.theme] })],
)

export const signalAddressees = sqliteTable(
  'signal_addressees',
  {
    signalId: text('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    addressee: text('addressee', { enum: codes(ADDRESSEES) }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.signalId, t.addressee] }), index('signal_addressees_addressee_idx').on(t.addressee)],
)

/** Cases a signal rests on: coordinators see the references, analists only a suppressed count. */
export const signalCases = sqliteTable(
  'signal_cases',
  {
    signalId: text('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.signalId, t.caseId] }), index('signal_cases_case_idx').on(t.caseId)],
)

/** A government response to a forwarded signal, recorded by an analist of the addressed administration. */
export const signalResponses = sqliteTable(
  'signal_responses',
  {
    id: text('id').primaryKey(),
    signalId: text('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    addressee: text('addressee', { enum: codes(ADDRESSEES) }).notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('signal_responses_signal_idx').on(t.signalId, t.at)],
)
