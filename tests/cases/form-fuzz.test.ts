import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { testApp } from '../support'
import { COMPLETE, newConcept, postForm } from './support'

const FIELDS = Object.keys(COMPLETE).concat([
  'insz',
  'adres',
  'contact_ouders',
  'geslacht',
  'clb_akkoord',
  'urgentie_motivatie',
  'antwoord',
  'behoud',
  'verberg_vastgelopen',
  'verberg_soort_vastgelopen',
  'veld',
])
const ACTIONS = ['opslaan', 'controle', 'indienen', 'rij', 'verwijder_0', 'verwijder_99', 'onzin']

describe('the aanmelding form under random input', () => {
  it('never answers 5xx, whatever is posted to any of its endpoints', async () => {
    const { client, settled } = await testApp()
    const cookie = await client.login('aanmelder.vb@rots.example')
    const id = await newConcept(client, cookie)
    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('', ' ', '2010-02-30', '31/12/1899', '85073003328', 'VB', 'crisis', 'x'.repeat(9000)),
    )
    const form = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(value, fc.array(value, { maxLength: 4 })), { maxKeys: 12 })
    await fc.assert(
      fc.asyncProperty(form, fc.constantFrom(...ACTIONS), fc.constantFrom('', '/autosave', '/voorbeeld'), async (values, action, endpoint) => {
        const res = await postForm(settled, `/aanmeldingen/${id}${endpoint}`, { ...COMPLETE, ...values }, cookie, [['actie', action]])
        expect(res.status).toBeLessThan(500)
      }),
      { numRuns: 60 },
    )
  })
})
