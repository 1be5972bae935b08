import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { agendaItems } from '../../db/schema'
import { caseOnAgenda } from '../agenda-support'
import { testApp } from '../support'
import { formChoices, logins, moveTo, OVERLEGTAFEL } from './support'

async function overlegtafel() {
  const env = await testApp()
  const onAgenda = await caseOnAgenda(env, OVERLEGTAFEL)
  return { ...env, ...onAgenda }
}

describe('the overlegtafel invitation', () => {
  it('gives the referrer a letter with day, time, place and who will be there, naming nobody', async () => {
    const { client, caseId, referrer, zittingDate } = await overlegtafel()
    const res = await client.get(`/verslag/${caseId}/uitnodiging`, referrer)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Uitnodiging voor een overlegtafel')
    expect(html).toContain(zittingDate.split('-').reverse().join('/'))
    expect(html).toContain('donderdag')
    expect(html).toContain('van 13:30 tot 14:15')
    expect(html).toContain('NAFT-project Demo Leuven')
    expect(html).toContain('Beste ……')
    expect(html).toContain('Druk af met Ctrl+P')
    for (const identity of ['Yusuf', 'El Amrani', 'Sint-Pieterscollege', '2010-03-14', '14/03/2010']) expect(html).not.toContain(identity)
  })

  it('is the referrer’s alone, and only for an overlegtafel that is still planned', async () => {
    const { client, caseId, coordinator } = await overlegtafel()
    expect((await client.get(`/verslag/${caseId}/uitnodiging`, coordinator)).status).toBe(403)
    expect((await client.get(`/verslag/${caseId}/uitnodiging`, await client.login('aanmelder.wvl@rots.example'))).status).toBe(403)
    expect((await client.get(`/verslag/${caseId}/uitnodiging`, await client.login('tafellid.vb@rots.example'))).status).toBe(403)
    const env = await testApp()
    const consult = await caseOnAgenda(env)
    expect((await env.client.get(`/verslag/${consult.caseId}/uitnodiging`, consult.referrer)).status).toBe(409)
  })
})

describe('confirming who comes', () => {
  it('stores the referrer’s answers and shows them on the bespreking form', async () => {
    const env = await overlegtafel()
    const { client, caseId, referrer, zittingId, deps } = env
    const own = await (await client.get(`/aanmeldingen/${caseId}`, referrer)).text()
    expect(own).toContain(`/verslag/${caseId}/aanwezigheid`)
    expect(own).toContain(`/verslag/${caseId}/uitnodiging`)
    const res = await client.post(`/verslag/${caseId}/aanwezigheid`, { jongere: 'ja', ouders: 'onbekend' }, referrer)
    expect(res.status).toBe(303)
    const [item] = await deps.db
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.caseId, caseId), eq(agendaItems.zittingId, zittingId)))
    expect(item).toMatchObject({ youngPersonComing: true, parentsComing: null })
    expect(await (await client.get(`/verslag/${caseId}/aanwezigheid`, referrer)).text()).toMatch(/value="ja" checked/)

    moveTo(env, env.zittingDate)
    const { coordinator } = await logins(env)
    const { html } = await formChoices(env, coordinator, caseId)
    expect(html).toContain('De aanmelder gaf vooraf door: komt.')
    expect(html).toContain('De aanmelder gaf vooraf door: nog niet bekend.')
  })

  it('answers a missing choice with 422 and keeps the other', async () => {
    const { client, caseId, referrer } = await overlegtafel()
    const res = await client.post(`/verslag/${caseId}/aanwezigheid`, { jongere: 'nee' }, referrer)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Duid aan of de ouders komen')
    expect(html).toMatch(/value="nee" checked/)
  })

  it('is refused to the coordinator and to other organisations', async () => {
    const { client, caseId, coordinator } = await overlegtafel()
    expect((await client.post(`/verslag/${caseId}/aanwezigheid`, { jongere: 'ja', ouders: 'ja' }, coordinator)).status).toBe(403)
    expect(
      (await client.post(`/verslag/${caseId}/aanwezigheid`, { jongere: 'ja', ouders: 'ja' }, await client.login('aanmelder.wvl@rots.example'))).status,
    ).toBe(403)
  })
})
