import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { ROLES, SECTOR_CODES } from '../src/lists'

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
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt)],
)
