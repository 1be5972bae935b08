import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, prepRemarks } from '../../db/schema'
import { caseOnAgenda } from '../agenda-support'
import { testApp } from '../support'
import { invite, MEMBER, moveTo, otherTafellid } from './support'

async function onAgenda() {
  const env = await testApp()
  const planned = await caseOnAgenda(env)
  const member = await env.client.login(MEMBER)
  const file = `/mijn-zittingen/${planned.zittingId}/casussen/${planned.caseId}`
  const post = (form: Record<string, string>, cookie = member) => env.client.post(`${file}/opmerkingen`, form, cookie)
  const stored = () => env.deps.db.select().from(prepRemarks)
  return { ...env, ...planned, member, file, post, stored }
}

const TEXT = 'Ik sprak met mevrouw Peeters van de school; bel haar gerust op 0470 12 34 56.'

describe('preparatory remarks', () => {
  it('shows what will be hidden first, then stores only the scrubbed text, audited', async () => {
    const env = await onAgenda()
    const review = await env.post({ opmerking: TEXT, actie: 'controle' })
    expect(review.status).toBe(200)
    const html = await review.text()
    expect(html).toContain('Controleer de persoonsgegevens')
    expect(html).toContain('<mark class="pii" title="telefoon">0470 12 34 56</mark>')
    expect(html).toContain('Wordt bewaard als')
    expect(html).toContain(`action="${env.file}/opmerkingen"`)
    expect(await env.stored()).toHaveLength(0)

    const saved = await env.post({ opmerking: TEXT, actie: 'indienen' })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('Location')).toBe(`${env.file}?melding=opmerking#opmerkingen`)
    const [row] = await env.stored()
    expect(row?.text).toContain('[TELEFOON')
    expect(row?.text).toContain('[PERSOON')
    expect(row?.text).not.toContain('Peeters')
    expect(row?.text).not.toContain('0470')
    expect(await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'opmerking.geplaatst'))).toHaveLength(1)

    const page = await (await env.client.get(`${env.file}?melding=opmerking`, env.member)).text()
    expect(page).toContain('Uw opmerking is geplaatst')
    expect(page).toContain('Tine Tafellid')
    expect(page).toContain('02/03/2026 10:00')
    expect(page).not.toContain('Peeters')
  })

  it('numbers its placeholders after those already in the file', async () => {
    const env = await onAgenda()
    const file = await (await env.client.get(env.file, env.member)).text()
    // the case's own text already names the young person as [PERSOON 1]
    expect(file).toContain('[PERSOON 1]')
    await env.post({ opmerking: TEXT, actie: 'indienen' })
    const [row] = await env.stored()
    expect(row?.text).toContain('[PERSOON 2]')
    expect(row?.text).not.toContain('[PERSOON 1]')
  })

  it('lets the author unmark a detection and hide what the detector missed', async () => {
    const env = await onAgenda()
    const text = 'De Blauwe Reus kan helpen; zijn nummer is 0470 12 34 56.'
    const review = await (await env.post({ opmerking: text, actie: 'controle' })).text()
    const key = /name="behoud" value="([^"]+)"/.exec(review)?.[1]
    expect(key).toMatch(/^opmerking\|/)
    const res = await env.post({ opmerking: text, actie: 'indienen', behoud: key ?? '', verberg_opmerking: 'Blauwe Reus', verberg_soort_opmerking: 'PERSON' })
    expect(res.status).toBe(303)
    const [row] = await env.stored()
    expect(row?.text).toContain('0470 12 34 56')
    expect(row?.text).not.toContain('Blauwe Reus')
    expect(row?.text).toMatch(/De \[PERSOON \d+\] kan helpen/)
  })

  it('goes back to the form with the text kept', async () => {
    const env = await onAgenda()
    const res = await env.post({ opmerking: 'Graag de resultaten van het CLB-onderzoek.', actie: 'opslaan' })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Graag de resultaten van het CLB-onderzoek.</textarea>')
    expect(await env.stored()).toHaveLength(0)
  })

  it('answers 422 to an empty or too short remark, keeping what was typed', async () => {
    const env = await onAgenda()
    const res = await env.post({ opmerking: 'ok', actie: 'controle' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Schrijf een opmerking van minstens 3 tekens.')
    expect(html).toContain('>ok</textarea>')
    expect((await env.post({ actie: 'indienen' })).status).toBe(422)
    expect(await env.stored()).toHaveLength(0)
  })

  it('accepts remarks on the day of the zitting and refuses them after it', async () => {
    const env = await onAgenda()
    moveTo(env, env.zittingDate)
    const onTheDay = await env.client.login(MEMBER)
    expect((await env.post({ opmerking: 'Nog een vraag voor vanmiddag.', actie: 'indienen' }, onTheDay)).status).toBe(303)

    moveTo(env, env.zittingDate, 1)
    const dayAfter = await env.client.login(MEMBER)
    const page = await (await env.client.get(env.file, dayAfter)).text()
    expect(page).toContain('Nog een vraag voor vanmiddag.')
    expect(page).not.toContain('name="opmerking"')
    const refused = await env.post({ opmerking: 'Te laat.', actie: 'indienen' }, dayAfter)
    expect(refused.status).toBe(409)
    expect(await refused.text()).toContain('De zitting is voorbij')
    expect(await env.stored()).toHaveLength(1)
  })

  it('refuses outsiders (404) and the coordinator (403), storing nothing', async () => {
    const env = await onAgenda()
    const wvl = await env.client.login('tafellid.wvl@rots.example')
    expect((await env.post({ opmerking: TEXT, actie: 'indienen' }, wvl)).status).toBe(404)
    expect((await env.post({ opmerking: TEXT, actie: 'controle' }, wvl)).status).toBe(404)
    const coordinator = await env.client.login('coordinator.vb@rots.example')
    expect((await env.post({ opmerking: TEXT, actie: 'indienen' }, coordinator)).status).toBe(403)
    const referrer = await env.client.login('aanmelder.vb@rots.example')
    expect((await env.post({ opmerking: TEXT, actie: 'indienen' }, referrer)).status).toBe(403)
    expect(await env.stored()).toHaveLength(0)
  })

  it('shows every participant’s remarks, with name and organisation, to the others and the coordinator', async () => {
    const env = await onAgenda()
    const guest = await otherTafellid(env, 'Gert Gast')
    await invite(env, env.zittingId, env.caseId, guest.id)
    expect((await env.post({ opmerking: 'Vanuit het CGG kunnen we een intake voorstellen.', actie: 'indienen' }, guest.cookie)).status).toBe(303)
    const member = await (await env.client.get(env.file, env.member)).text()
    expect(member).toContain('Vanuit het CGG kunnen we een intake voorstellen.')
    expect(member).toContain(`Gert Gast (${guest.organisationName})`)
    const coordinator = await env.client.login('coordinator.vb@rots.example')
    expect(await (await env.client.get(env.file, coordinator)).text()).toContain('Vanuit het CGG kunnen we een intake voorstellen.')
  })
})
