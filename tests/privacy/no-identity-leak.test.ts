import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { asc, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { cases, consults, organisations, prepRemarks, signalResponses, signals, users, zittingen } from '../../db/schema'
import { postForm, submitCase } from '../cases/support'
import { testApp } from '../support'

// The identity of the young people in this file: distinctive enough that a hit is never chance.
const YOUNGSTERS = [
  {
    voornaam: 'Xandrijn',
    achternaam: 'Vlieghe-Okonkwo',
    geboortedatum: '2010-03-14',
    insz: '10031412308',
    school: 'Sint-Gummaruscollege Lier',
    adres: 'Zwanenstraat 17, 2500 Lier',
    contact_ouders: 'moeder Ilse, 0478 99 12 34',
  },
  {
    voornaam: 'Zoubida',
    achternaam: 'Ouarghli',
    geboortedatum: '2011-09-02',
    insz: '',
    school: 'GO! atheneum Keerbergen',
    adres: 'Kwikstaartlaan 3, 3140 Keerbergen',
    contact_ouders: 'vader: zou.ouarghli@mail.example',
  },
]

const identityValues = YOUNGSTERS.flatMap((y) =>
  [y.voornaam, y.achternaam, y.insz, y.school, y.adres, y.contact_ouders, y.geboortedatum, y.geboortedatum.split('-').reverse().join('/')].filter(Boolean),
)
// also the pieces people would search for
const needles = [...new Set([...identityValues, 'Vlieghe', 'Okonkwo', 'Zwanenstraat', 'Kwikstaartlaan', '0478 99 12 34', 'zou.ouarghli'])]

// every report, over the default view and Flanders, as page, stuurgroep print and CSV
const REPORT_IDS = [
  'aanmeldingen',
  'themas',
  'onderwijsniveau',
  'leeftijd',
  'urgentie',
  'sector',
  'status',
  'wachttijden',
  'uitkomsten',
  'acties',
  'tafels',
  'signaalstatus',
  'signalen',
]
const REPORT_QUERIES = ['regio=VB&schooljaar=2025-2026', 'regio=VL&schooljaar=alle']

describe('no identity outside the vault', () => {
  let env: Awaited<ReturnType<typeof testApp>>
  const ids: string[] = []
  let zittingId = ''
  const signalIds: string[] = []
  let consultId = ''

  beforeAll(async () => {
    env = await testApp()
    const referrer = await env.client.login('aanmelder.vb@rots.example')
    for (const y of YOUNGSTERS) {
      // the free text names the young person too, as referrers do
      const story = `${y.voornaam} (${y.geboortedatum.split('-').reverse().join('/')}) van ${y.school} woont in de ${y.adres}. Contact: ${y.contact_ouders}. ${y.voornaam} ${y.achternaam} spijbelt.`
      const { id, res } = await submitCase(env.settled, env.client, referrer, {
        ...y,
        vastgelopen: story,
        vraag: `Wat kan ${y.voornaam} helpen?`,
        partners: `school ${y.school}`,
      })
      if (res.status !== 303) throw new Error(`submit failed: ${res.status}`)
      ids.push(id)
    }
    const coordinator = await env.client.login('coordinator.vb@rots.example')
    await env.client.post(`/casussen/${ids[1]}/info-vragen`, { vraag: `Zit ${YOUNGSTERS[1]?.voornaam} nog op school?` }, coordinator)

    // the first case goes the whole way: agenda, remarks, bespreking naming the young person, report
    const first = YOUNGSTERS[0] as (typeof YOUNGSTERS)[number]
    const caseId = ids[0] as string
    await env.client.post(`/casussen/${caseId}/aanvaarden`, { formaat: 'consult' }, coordinator)
    const [zitting] = await env.deps.db.select({ id: zittingen.id, date: zittingen.date }).from(zittingen).orderBy(asc(zittingen.date)).limit(1)
    zittingId = zitting?.id ?? ''
    await env.client.post(`/planning/zittingen/${zittingId}/casussen`, { casus: caseId }, coordinator)
    await env.client.post(`/planning/zittingen/${zittingId}/versturen`, {}, coordinator)
    const member = await env.client.login('tafellid.vb@rots.example')
    await env.client.post(
      `/mijn-zittingen/${zittingId}/casussen/${caseId}/opmerkingen`,
      { opmerking: `Ik ken ${first.voornaam} ${first.achternaam} van de NAFT.`, actie: 'indienen' },
      member,
    )
    // the day after the zitting
    env.clock.advance(Date.parse(`${zitting?.date}T12:00:00Z`) - env.clock.now().getTime() + 86_400_000)
    const later = await env.client.login('coordinator.vb@rots.example')
    const [memberUser] = await env.deps.db.select({ org: users.organisationId }).from(users).where(eq(users.email, 'tafellid.vb@rots.example'))
    const [referrerUser] = await env.deps.db.select({ org: users.organisationId }).from(users).where(eq(users.email, 'aanmelder.vb@rots.example'))
    await env.client.post(
      `/bespreking/${caseId}`,
      {
        actie: 'indienen',
        [`aanwezigheid_${memberUser?.org}`]: 'aanwezig',
        [`aanwezigheid_${referrerUser?.org}`]: 'aanwezig',
        analyse: `${first.voornaam} ${first.achternaam} van ${first.school} haakt af; ${first.contact_ouders}.`,
        advies: `Time-out voor ${first.voornaam}, daarna terug naar ${first.school}.`,
        actie_omschrijving: `Gesprek met ${first.voornaam} plannen`,
        actie_sector: 'naft',
        actie_termijn: '2026-06-15',
        opvolgdatum: '2026-06-30',
        signaal: 'ja',
        signaal_tekst: `Voor ${first.voornaam} ${first.achternaam} was er geen time-outplaats; ${first.school} wachtte maanden.`,
      },
      later,
    )
    await env.client.post(`/bespreking/${caseId}/vrijgeven`, {}, later)
    // the steps above really happened: otherwise the pages below would be empty and prove nothing
    const [consult] = await env.deps.db.select({ id: consults.id, releasedAt: consults.releasedAt }).from(consults).where(eq(consults.caseId, caseId))
    if (!consult?.releasedAt) throw new Error('the consult was not recorded and released')
    const remarks = await env.deps.db.select().from(prepRemarks).where(eq(prepRemarks.caseId, caseId))
    if (remarks.length !== 1) throw new Error('the remark was not stored')
    consultId = consult.id

    // a signal raised from that bespreking, naming both young people, linked to both cases; forwarded and answered
    const [second] = YOUNGSTERS.slice(1)
    const references = (await env.deps.db.select({ reference: cases.reference }).from(cases)).map((r) => r.reference).join('\n')
    const signalForm = (titel: string, bestemmelingen: string) => ({
      regio: 'VB',
      bespreking: consultId,
      titel,
      beschrijving: `${first.voornaam} ${first.achternaam} (${first.school}) en ${second?.voornaam} ${second?.achternaam} uit de ${second?.adres} vonden geen time-out; ${first.contact_ouders}.`,
      niveau: 'regionaal',
      themas: ['spijbelen'],
      bestemmelingen,
      casussen: references,
      actie: 'indienen',
    })
    for (const [i, form] of [
      signalForm(`Geen time-out voor ${first.voornaam}`, 'opgroeien'),
      { ...signalForm('Wachtlijst', 'onderwijs'), bespreking: '' },
    ].entries()) {
      const res = await postForm(env.settled, '/signalen/nieuw', form, later)
      const id = /^\/signalen\/([a-z0-9]+)\?/.exec(res.headers.get('Location') ?? '')?.[1]
      if (!id) throw new Error(`signal ${i} not raised: ${res.status}`)
      signalIds.push(id)
    }
    await env.client.post(`/signalen/${signalIds[0]}/doorsturen`, {}, later)
    const analist = await env.client.login('analist@rots.example')
    await env.client.post(`/signalen/${signalIds[0]}/antwoord`, { antwoord: `Wij bekijken het aanbod voor ${first.voornaam} en anderen.` }, analist)
    const answered = await env.deps.db.select().from(signalResponses)
    if (answered.length !== 1) throw new Error('the response was not stored')
  })

  async function pagesFor(email: string): Promise<string[]> {
    const [user] = await env.deps.db.select().from(users).where(eq(users.email, email))
    const [org] = await env.deps.db.select().from(organisations).limit(1)
    return [
      '/',
      '/account',
      '/aanmeldingen',
      '/aanmeldingen?status=aangemeld',
      '/triage',
      '/triage?weergave=alle',
      '/triage?weergave=info',
      '/triage?weergave=wachtrij',
      '/aanbod',
      '/tafels',
      '/planning',
      `/planning/zittingen/${zittingId}`,
      '/bespreking',
      '/opvolging',
      '/mijn-zittingen',
      `/mijn-zittingen/${zittingId}`,
      ...ids.flatMap((id) => [
        `/casussen/${id}`,
        `/aanmeldingen/${id}`,
        `/aanmeldingen/${id}/bewerken`,
        `/aanmeldingen/${id}/intrekken`,
        `/mijn-zittingen/${zittingId}/casussen/${id}`,
        `/bespreking/${id}`,
        `/verslag/${id}`,
        `/verslag/${id}/adviesbrief`,
        `/verslag/${id}/uitnodiging`,
        `/verslag/${id}/aanwezigheid`,
        `/opvolging/${id}`,
        `/opvolging/${id}/afsluiten`,
        `/opvolging/${id}/opnieuw-bespreken`,
      ]),
      '/signalen',
      '/signalen?status=doorgestuurd',
      '/signalen/nieuw',
      `/signalen/nieuw?bespreking=${consultId}`,
      '/signalen/bundelen',
      ...signalIds.flatMap((id) => [`/signalen/${id}`, `/signalen/${id}/bewerken`, `/signalen/${id}/doorsturen`, `/signalen/${id}/afsluiten`]),
      ...REPORT_QUERIES.flatMap((q) => [`/rapporten?${q}`, `/rapporten/stuurgroep?${q}`, ...REPORT_IDS.map((id) => `/rapporten/export/${id}.csv?${q}`)]),
      '/beheer/gebruikers',
      `/beheer/gebruikers/${user?.id}`,
      '/beheer/organisaties',
      `/beheer/organisaties/${org?.id}`,
      '/beheer/e-mail',
      '/beheer/audit',
      '/beheer/audit?controle=1',
    ]
  }

  for (const email of [
    'coordinator.vb@rots.example',
    'tafellid.vb@rots.example',
    'analist@rots.example',
    'analist.onderwijs@rots.example',
    'beheerder@rots.example',
    'aanmelder.wvl@rots.example',
  ]) {
    it(`${email}: no page shows any identity value`, async () => {
      const cookie = await env.client.login(email)
      for (const path of await pagesFor(email)) {
        const res = await env.client.get(path, cookie)
        const html = await res.text()
        for (const needle of needles) expect(html.includes(needle), `${email} ${path} (${res.status}) shows "${needle}"`).toBe(false)
      }
    })
  }

  it('the referrer’s own pages show no identity until it is deliberately revealed', async () => {
    const cookie = await env.client.login('aanmelder.vb@rots.example')
    const own = ids.flatMap((id) => [`/aanmeldingen/${id}`, `/verslag/${id}`, `/verslag/${id}/adviesbrief`, `/opvolging/${id}`, `/opvolging/${id}/afsluiten`])
    for (const path of ['/aanmeldingen', '/opvolging', ...own]) {
      const html = await (await env.client.get(path, cookie)).text()
      for (const needle of needles) expect(html.includes(needle), `${path} shows "${needle}"`).toBe(false)
    }
  })

  it('reports, their CSV and the stuurgroep version show no case reference, case id or consult text, to anyone', async () => {
    const references = (await env.deps.db.select({ reference: cases.reference }).from(cases)).map((r) => r.reference ?? '').filter(Boolean)
    for (const email of ['coordinator.vb@rots.example', 'analist@rots.example', 'analist.onderwijs@rots.example']) {
      const cookie = await env.client.login(email)
      for (const q of REPORT_QUERIES)
        for (const path of [`/rapporten?${q}`, `/rapporten/stuurgroep?${q}`, ...REPORT_IDS.map((id) => `/rapporten/export/${id}.csv?${q}`)]) {
          const res = await env.client.get(path, cookie)
          const body = await res.text()
          // Flanders is for whoever reads every region: the VB coordinator is refused it
          expect(res.status, `${email} ${path}`).toBe(q.includes('regio=VL') && email.startsWith('coordinator') ? 403 : 200)
          for (const secret of [...references, ...ids, consultId, '/casussen/', '/verslag/', 'wachtte maanden'])
            expect(body.includes(secret), `${email} ${path} shows "${secret}"`).toBe(false)
        }
    }
    // the register the reports walked really listed the signals raised above
    const register = await (
      await env.client.get('/rapporten/export/signalen.csv?regio=VB&schooljaar=2025-2026', await env.client.login('coordinator.vb@rots.example'))
    ).text()
    expect(register.split('\r\n').length).toBeGreaterThan(4)
  })

  it('analists’ signal pages show no case reference, case id or consult text', async () => {
    const references = (await env.deps.db.select({ reference: cases.reference }).from(cases)).map((r) => r.reference ?? '').filter(Boolean)
    for (const email of ['analist@rots.example', 'analist.onderwijs@rots.example']) {
      const cookie = await env.client.login(email)
      for (const path of ['/signalen', ...signalIds.map((id) => `/signalen/${id}`)]) {
        const html = await (await env.client.get(path, cookie)).text()
        for (const secret of [...references, ...ids, consultId, '/casussen/', '/verslag/', 'wachtte maanden'])
          expect(html.includes(secret), `${email} ${path} shows "${secret}"`).toBe(false)
      }
    }
    // the analist of the addressed administration really saw the signal: otherwise this proves nothing
    const seen = await (await env.client.get(`/signalen/${signalIds[0]}`, await env.client.login('analist@rots.example'))).text()
    expect(seen).toContain('Antwoorden van de overheid')
  })

  it('no mail carries an identity value', async () => {
    for (const mail of env.mailer.sent) for (const needle of needles) expect(`${mail.subject}\n${mail.text}`).not.toContain(needle)
  })

  it('no log line carries an identity value', () => {
    const log = JSON.stringify(env.log.lines)
    for (const needle of needles) expect(log).not.toContain(needle)
  })

  it('the database file holds none of them in plaintext (after a checkpoint, WAL included)', async () => {
    const file = join(env.dir, 'rots.db')
    const raw = new Database(file)
    raw.pragma('wal_checkpoint(TRUNCATE)')
    raw.close()
    const bytes = Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)])
    for (const needle of needles) expect(bytes.includes(Buffer.from(needle, 'utf8')), `database contains "${needle}"`).toBe(false)
    // and the stored text really is the case text, with placeholders: the test would notice an empty column
    const [row] = await env.deps.db
      .select()
      .from(cases)
      .where(eq(cases.id, ids[0] ?? ''))
    expect(row?.deadlock).toContain('[PERSOON 1]')
    expect(row?.deadlock).toContain('spijbelt')
    const [consult] = await env.deps.db
      .select()
      .from(consults)
      .where(eq(consults.caseId, ids[0] ?? ''))
    expect(consult?.analysis).toContain('haakt af')
    expect(consult?.signalText).toContain('time-outplaats')
    const stored = await env.deps.db.select().from(signals)
    expect(stored).toHaveLength(2)
    for (const signal of stored) {
      expect(signal.description).toContain('[PERSOON 1]')
      expect(signal.description).toContain('time-out')
    }
  })
})
