import { and, asc, desc, eq, inArray, lte, ne } from 'drizzle-orm'
import {
  actions,
  agendaItems,
  caseGuests,
  cases,
  consultAttendance,
  consultOffers,
  consults,
  offers,
  organisations,
  tableMembers,
  tables,
  users,
  zittingen,
} from '../../db/schema'
import type { Db } from '../db'

// Plain reads for the bespreking, the report and the letters. None of them touches `identities`.

/** A case with the zitting it is (or was last) on the agenda of, and that zitting's table. */
export async function consultSetting(db: Db, caseId: string) {
  const [row] = await db
    .select({
      case: {
        id: cases.id,
        reference: cases.reference,
        regionCode: cases.regionCode,
        organisationId: cases.organisationId,
        referrerId: cases.referrerId,
        status: cases.status,
        format: cases.format,
        referrerName: users.name,
        organisationName: organisations.name,
      },
      zitting: {
        id: zittingen.id,
        date: zittingen.date,
        startTime: zittingen.startTime,
        endTime: zittingen.endTime,
        location: zittingen.location,
        status: zittingen.status,
      },
      table: { id: tables.id, name: tables.name, regionCode: tables.regionCode, slotMinutes: tables.slotMinutes, videoLink: tables.videoLink },
      agenda: { position: agendaItems.position, youngPersonComing: agendaItems.youngPersonComing, parentsComing: agendaItems.parentsComing },
    })
    .from(cases)
    .innerJoin(users, eq(users.id, cases.referrerId))
    .innerJoin(organisations, eq(organisations.id, cases.organisationId))
    .leftJoin(agendaItems, eq(agendaItems.caseId, cases.id))
    .leftJoin(zittingen, and(eq(zittingen.id, agendaItems.zittingId), ne(zittingen.status, 'geannuleerd')))
    .leftJoin(tables, eq(tables.id, zittingen.tableId))
    .where(eq(cases.id, caseId))
    .orderBy(desc(zittingen.date))
    .limit(1)
  if (!row) return null
  const { zitting, table, agenda } = row
  return { case: row.case, on: zitting && table && agenda ? { zitting, table, agenda } : null }
}
export type ConsultSetting = NonNullable<Awaited<ReturnType<typeof consultSetting>>>

export interface InvitedOrganisation {
  id: string
  name: string
  sector: string
}

/**
 * Whose attendance is recorded: the organisations of the table's standing members, of the guests
 * invited for this case, and the referring organisation.
 */
export async function invitedOrganisations(db: Db, at: { tableId: string; zittingId: string; caseId: string; referringOrganisationId: string }) {
  const members = db
    .select({ id: users.organisationId })
    .from(tableMembers)
    .innerJoin(users, eq(users.id, tableMembers.userId))
    .where(eq(tableMembers.tableId, at.tableId))
  const guests = db
    .select({ id: users.organisationId })
    .from(caseGuests)
    .innerJoin(users, eq(users.id, caseGuests.userId))
    .where(and(eq(caseGuests.zittingId, at.zittingId), eq(caseGuests.caseId, at.caseId)))
  const ids = [...new Set([...(await members), ...(await guests)].map((r) => r.id).concat(at.referringOrganisationId))]
  const rows: InvitedOrganisation[] = await db
    .select({ id: organisations.id, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name))
  return rows
}

/** The region's active offers, grouped by the form by type. */
export async function activeOffers(db: Db, regionCode: string) {
  return db
    .select({ id: offers.id, name: offers.name, provider: offers.provider, type: offers.type, waitingWeeks: offers.waitingWeeks })
    .from(offers)
    .where(and(eq(offers.regionCode, regionCode), eq(offers.active, true)))
    .orderBy(asc(offers.type), asc(offers.name))
}

/** The latest consult of a case, if one was recorded. */
export async function latestConsult(db: Db, caseId: string) {
  const [row] = await db.select().from(consults).where(eq(consults.caseId, caseId)).orderBy(desc(consults.recordedAt)).limit(1)
  return row ?? null
}
export type ConsultRow = typeof consults.$inferSelect

/** Everything the report and the advice letter show of one consult. */
export async function consultDetails(db: Db, consultId: string) {
  const attendance = await db
    .select({ name: organisations.name, sector: organisations.sector, status: consultAttendance.status })
    .from(consultAttendance)
    .innerJoin(organisations, eq(organisations.id, consultAttendance.organisationId))
    .where(eq(consultAttendance.consultId, consultId))
    .orderBy(asc(organisations.name))
  const linkedOffers = await db
    .select({ name: offers.name, provider: offers.provider, type: offers.type, contact: offers.contact, waitingWeeks: offers.waitingWeeks })
    .from(consultOffers)
    .innerJoin(offers, eq(offers.id, consultOffers.offerId))
    .where(eq(consultOffers.consultId, consultId))
    .orderBy(asc(offers.name))
  const agreed = await db
    .select({
      description: actions.description,
      sector: actions.ownerSector,
      organisation: organisations.name,
      owner: actions.ownerDescription,
      dueDate: actions.dueDate,
    })
    .from(actions)
    .leftJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
    .where(eq(actions.consultId, consultId))
    .orderBy(asc(actions.position))
  return { attendance, offers: linkedOffers, actions: agreed }
}

/**
 * The coordinator's work list: cases whose zitting has come (ready to record) and consults
 * recorded but not yet released to the referrer.
 */
export async function consultWorklist(db: Db, regions: string[], today: string) {
  const scope = inArray(cases.regionCode, regions.length ? regions : ['-'])
  const pick = {
    id: cases.id,
    reference: cases.reference,
    format: cases.format,
    zittingDate: zittingen.date,
    tableName: tables.name,
  }
  const toRecord = await db
    .select(pick)
    .from(cases)
    .innerJoin(agendaItems, eq(agendaItems.caseId, cases.id))
    .innerJoin(zittingen, eq(zittingen.id, agendaItems.zittingId))
    .innerJoin(tables, eq(tables.id, zittingen.tableId))
    .where(and(scope, eq(cases.status, 'ingepland'), eq(zittingen.status, 'gepland'), lte(zittingen.date, today)))
    .orderBy(asc(zittingen.date), asc(agendaItems.position))
  const toRelease = await db
    .select(pick)
    .from(cases)
    .innerJoin(consults, eq(consults.caseId, cases.id))
    .innerJoin(zittingen, eq(zittingen.id, consults.zittingId))
    .innerJoin(tables, eq(tables.id, zittingen.tableId))
    .where(and(scope, eq(cases.status, 'besproken')))
    .orderBy(asc(zittingen.date), asc(cases.reference))
  return { toRecord, toRelease }
}
