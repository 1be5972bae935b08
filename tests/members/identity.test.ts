import { describe, expect, it } from 'vitest'
import { caseOnAgenda } from '../agenda-support'
import { testApp } from '../support'
import { invite, MEMBER, otherTafellid } from './support'

const IDENTITY = {
  voornaam: 'Wannes',
  achternaam: 'Quaghebeur',
  geboortedatum: '2010-03-14',
  insz: '10.03.14-123.08',
  school: 'Sint-Gertrudiscollege Wezemaal',
  adres: 'Kapelstraat 17, 3001 Heverlee',
  contact_ouders: 'moeder, 0496 11 22 33',
  vastgelopen: 'Wannes Quaghebeur komt al maanden niet naar het Sint-Gertrudiscollege Wezemaal; CLB en jeugdhulp vinden geen ingang meer.',
}

// every form in which a value of the identity could surface on a page
const TRACES = ['Wannes', 'Quaghebeur', '14/03/2010', '2010-03-14', '10.03.14', '10031412308', 'Gertrudis', 'Kapelstraat', 'Heverlee', '0496', '11 22 33']

describe('identity on the member pages', () => {
  it('never shows a value of the young person’s identity, to members, guests or the coordinator', async () => {
    const env = await testApp()
    const planned = await caseOnAgenda(env, { overrides: IDENTITY })
    const member = await env.client.login(MEMBER)
    const guest = await otherTafellid(env)
    await invite(env, planned.zittingId, planned.caseId, guest.id)
    const coordinator = await env.client.login('coordinator.vb@rots.example')
    const file = `/mijn-zittingen/${planned.zittingId}/casussen/${planned.caseId}`

    const pages: string[] = []
    for (const cookie of [member, guest.cookie]) {
      for (const path of ['/mijn-zittingen', `/mijn-zittingen/${planned.zittingId}`, file]) {
        const res = await env.client.get(path, cookie)
        expect(res.status).toBe(200)
        pages.push(await res.text())
      }
      const review = await env.client.post(`${file}/opmerkingen`, { opmerking: 'Graag meer over de thuissituatie.', actie: 'controle' }, cookie)
      pages.push(await review.text())
      await env.client.post(`${file}/opmerkingen`, { opmerking: 'Graag meer over de thuissituatie.', actie: 'indienen' }, cookie)
    }
    pages.push(await (await env.client.get(file, coordinator)).text())

    // the file is really there: the scrubbed deadlock is shown with its placeholders
    expect(pages[2]).toContain('komt al maanden niet naar het')
    expect(pages[2]).toContain('[PERSOON 1]')
    for (const html of pages) for (const trace of TRACES) expect(html).not.toContain(trace)
  })
})
