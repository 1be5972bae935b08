import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { organisations } from '../../db/schema'
import { testApp } from '../support'
import { account, COORDINATOR_VB, forward, raise } from './support'

describe('an organisation’s administration', () => {
  it('is set by the beheerder, and from then on its analists read the signals addressed to it', async () => {
    const env = await testApp()
    const vb = await env.client.login(COORDINATOR_VB)
    const id = await raise(env, vb, { titel: 'Voor het lokaal bestuur', bestemmelingen: ['lokaal_bestuur'] })
    await forward(env, vb, id)
    const analist = await account(env, { role: 'analist', regions: ['VB'], administration: null })
    const cookie = await env.client.login(analist.email)
    expect((await env.client.get(`/signalen/${id}`, cookie)).status).toBe(403)

    const admin = await env.client.login('beheerder@rots.example')
    const [org] = await env.deps.db.select().from(organisations).where(eq(organisations.id, analist.organisationId))
    const form = await (await env.client.get(`/beheer/organisaties/${org?.id}`, admin)).text()
    expect(form).toContain('Bestuur (voor analisten)')
    const wrong = await env.client.post(`/beheer/organisaties/${org?.id}`, { naam: org?.name ?? '', sector: 'overheid', regio: '', bestuur: 'koning' }, admin)
    expect(wrong.status).toBe(422)
    expect(await wrong.text()).toContain('Kies een bestuur uit de lijst.')
    const res = await env.client.post(
      `/beheer/organisaties/${org?.id}`,
      { naam: org?.name ?? '', sector: 'overheid', regio: '', bestuur: 'lokaal_bestuur' },
      admin,
    )
    expect(res.status).toBe(303)
    const [after] = await env.deps.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, org?.id ?? ''))
    expect(after?.administration).toBe('lokaal_bestuur')
    expect(await (await env.client.get(`/beheer/organisaties/${org?.id}`, admin)).text()).toMatch(/value="lokaal_bestuur" selected/)

    // the session loads the administration with the user: the same session now reads the signal
    expect((await env.client.get(`/signalen/${id}`, cookie)).status).toBe(200)

    // and it can be cleared again; a new organisation may be created with one
    await env.client.post(`/beheer/organisaties/${org?.id}`, { naam: org?.name ?? '', sector: 'overheid', regio: '', bestuur: '' }, admin)
    expect((await env.client.get(`/signalen/${id}`, cookie)).status).toBe(403)
    expect(
      (await env.client.post('/beheer/organisaties', { naam: 'Agentschap Demo', sector: 'overheid', regio: '', bestuur: 'onderwijs' }, admin)).status,
    ).toBe(303)
    const [created] = await env.deps.db.select().from(organisations).where(eq(organisations.name, 'Agentschap Demo'))
    expect(created?.administration).toBe('onderwijs')
  })
})
