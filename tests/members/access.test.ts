import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { zittingen } from '../../db/schema'
import { caseOnAgenda } from '../agenda-support'
import { testApp } from '../support'
import { DAY, deniedCount, invite, MEMBER, moveTo, otherTafellid, referenceOf } from './support'

async function onAgenda(sent = true) {
  const env = await testApp()
  const planned = await caseOnAgenda(env, { sent })
  const member = await env.client.login(MEMBER)
  const urls = {
    list: '/mijn-zittingen',
    agenda: `/mijn-zittingen/${planned.zittingId}`,
    file: `/mijn-zittingen/${planned.zittingId}/casussen/${planned.caseId}`,
  }
  return { ...env, ...planned, member, urls, reference: await referenceOf(env, planned.caseId) }
}

const dutch = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

describe('mijn zittingen: when a tafellid sees a zitting', () => {
  it('shows a zitting, its agenda and the file only once the agenda is sent', async () => {
    const env = await onAgenda(false)
    const before = await (await env.client.get(env.urls.list, env.member)).text()
    expect(before).toContain('zodra de coördinator de agenda verstuurt')
    expect(before).not.toContain(env.urls.agenda)
    expect((await env.client.get(env.urls.agenda, env.member)).status).toBe(404)
    expect((await env.client.get(env.urls.file, env.member)).status).toBe(404)

    await env.deps.db.update(zittingen).set({ agendaSentAt: env.clock.now() }).where(eq(zittingen.id, env.zittingId))
    const list = await (await env.client.get(env.urls.list, env.member)).text()
    expect(list).toContain(`href="${env.urls.agenda}"`)
    expect(list).toContain(dutch(env.zittingDate))
    expect(list).toContain('13:30–16:00')
    expect(list).toContain('Overlegtafel Vlaams-Brabant')
    expect(list).toContain('Provinciehuis Leuven')
    expect(list).toContain(`/tafels/zittingen/${env.zittingId}/agenda.ics`)
    expect(list).toMatch(/<td>1<\/td>/)

    const agenda = await env.client.get(env.urls.agenda, env.member)
    expect(agenda.status).toBe(200)
    const agendaHtml = await agenda.text()
    expect(agendaHtml).toContain(env.reference)
    expect(agendaHtml).toContain('<td>13:30</td>')
    expect(agendaHtml).toContain('Consult')
    expect(agendaHtml).toContain('Spijbelen')

    const file = await env.client.get(env.urls.file, env.member)
    expect(file.status).toBe(200)
    const html = await file.text()
    expect(html).toContain(env.reference)
    expect(html).toContain('Welk aanbod op maat kan de schoolloopbaan herstellen?')
    expect(html).not.toContain('Identiteit tonen')
    expect(html).not.toContain('/aanvaarden')
  })

  it('keeps the file visible until 30 days after the zitting, then it is gone', async () => {
    const env = await onAgenda()
    moveTo(env, env.zittingDate, 30)
    // idle sessions end long before that
    env.member = await env.client.login(MEMBER)
    const list = await (await env.client.get(env.urls.list, env.member)).text()
    expect(list).toContain('Voorbije zittingen')
    expect(list).toContain(`href="${env.urls.agenda}"`)
    expect((await env.client.get(env.urls.agenda, env.member)).status).toBe(200)
    expect((await env.client.get(env.urls.file, env.member)).status).toBe(200)

    env.clock.advance(DAY)
    env.member = await env.client.login(MEMBER)
    const denied = await deniedCount(env)
    const gone = await (await env.client.get(env.urls.list, env.member)).text()
    expect(gone).not.toContain(env.urls.agenda)
    expect(gone).toContain('U hebt op dit ogenblik geen zittingen.')
    expect((await env.client.get(env.urls.agenda, env.member)).status).toBe(404)
    expect((await env.client.get(env.urls.file, env.member)).status).toBe(404)
    expect(await deniedCount(env)).toBe(denied + 2)
  })

  it('lists upcoming zittingen before the recent ones', async () => {
    const env = await onAgenda()
    const later = await env.deps.db.select().from(zittingen).where(eq(zittingen.tableId, env.tableId))
    const next = later.filter((z) => z.date > env.zittingDate).sort((a, b) => a.date.localeCompare(b.date))[0]
    if (!next) throw new Error('no second demo zitting')
    await env.deps.db.update(zittingen).set({ agendaSentAt: env.clock.now() }).where(eq(zittingen.id, next.id))
    moveTo(env, env.zittingDate, 1)
    const html = await (await env.client.get(env.urls.list, await env.client.login(MEMBER))).text()
    const upcoming = html.indexOf(`/mijn-zittingen/${next.id}`)
    const recent = html.indexOf(env.urls.agenda)
    expect(upcoming).toBeGreaterThan(0)
    expect(recent).toBeGreaterThan(upcoming)
    expect(html.indexOf('Voorbije zittingen')).toBeGreaterThan(upcoming)
  })

  it('hides a cancelled zitting', async () => {
    const env = await onAgenda()
    await env.deps.db.update(zittingen).set({ status: 'geannuleerd' }).where(eq(zittingen.id, env.zittingId))
    expect(await (await env.client.get(env.urls.list, env.member)).text()).not.toContain(env.urls.agenda)
    expect((await env.client.get(env.urls.agenda, env.member)).status).toBe(404)
    expect((await env.client.get(env.urls.file, env.member)).status).toBe(404)
  })
})

describe('mijn zittingen: who sees what', () => {
  it('shows a guest only the case they are invited for', async () => {
    const env = await testApp()
    const first = await caseOnAgenda(env)
    const second = await caseOnAgenda(env)
    expect(second.zittingId).toBe(first.zittingId)
    const guest = await otherTafellid(env)
    await invite(env, first.zittingId, first.caseId, guest.id)
    const [refA, refB] = [await referenceOf(env, first.caseId), await referenceOf(env, second.caseId)]

    const list = await (await env.client.get('/mijn-zittingen', guest.cookie)).text()
    expect(list).toContain(`/mijn-zittingen/${first.zittingId}`)
    expect(list).toMatch(/<td>1<\/td>/)
    // the calendar entry is the standing members'
    expect(list).not.toContain('agenda.ics')

    const agenda = await (await env.client.get(`/mijn-zittingen/${first.zittingId}`, guest.cookie)).text()
    expect(agenda).toContain(refA)
    expect(agenda).not.toContain(refB)
    expect(agenda).toContain('U bent uitgenodigd voor één casus')
    expect((await env.client.get(`/mijn-zittingen/${first.zittingId}/casussen/${first.caseId}`, guest.cookie)).status).toBe(200)
    const denied = await deniedCount(env)
    expect((await env.client.get(`/mijn-zittingen/${first.zittingId}/casussen/${second.caseId}`, guest.cookie)).status).toBe(404)
    expect(await deniedCount(env)).toBe(denied + 1)

    // the standing member sees the whole agenda, each case in its slot
    const member = await env.client.login(MEMBER)
    const full = await (await env.client.get(`/mijn-zittingen/${first.zittingId}`, member)).text()
    expect(full).toContain(refA)
    expect(full).toContain(refB)
    expect(full).toContain('<td>14:15</td>')
    expect(full.indexOf(refA)).toBeLessThan(full.indexOf(refB))
  })

  it('answers 404 to a tafellid of the region who is not invited, and to another region', async () => {
    const env = await onAgenda()
    const outsider = await otherTafellid(env, 'Olaf Buiten')
    const wvl = await env.client.login('tafellid.wvl@rots.example')
    for (const cookie of [outsider.cookie, wvl]) {
      expect(await (await env.client.get(env.urls.list, cookie)).text()).not.toContain(env.urls.agenda)
      expect((await env.client.get(env.urls.agenda, cookie)).status).toBe(404)
      expect((await env.client.get(env.urls.file, cookie)).status).toBe(404)
    }
    expect((await env.client.get('/mijn-zittingen/bestaat-niet', env.member)).status).toBe(404)
    expect((await env.client.get(`/mijn-zittingen/${env.zittingId}/casussen/bestaat-niet`, env.member)).status).toBe(404)
  })

  it('refuses roles that do not sit at tables', async () => {
    const env = await onAgenda()
    const referrer = await env.client.login('aanmelder.vb@rots.example')
    const analist = await env.client.login('analist@rots.example')
    for (const cookie of [referrer, analist]) {
      expect((await env.client.get(env.urls.list, cookie)).status).toBe(403)
      expect((await env.client.get(env.urls.agenda, cookie)).status).toBe(403)
      expect((await env.client.get(env.urls.file, cookie)).status).toBe(403)
    }
    const anonymous = await env.client.get(env.urls.file)
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('Location')).toContain('/aanmelden')
  })

  it('lets the region’s coordinator read along, without the remark form', async () => {
    const env = await onAgenda()
    const coordinator = await env.client.login('coordinator.vb@rots.example')
    const page = await env.client.get(env.urls.file, coordinator)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Voorbereidende opmerkingen')
    expect(html).not.toContain('name="opmerking"')
    const other = await env.client.login('coordinator.wvl@rots.example')
    expect((await env.client.get(env.urls.file, other)).status).toBe(404)
  })
})
