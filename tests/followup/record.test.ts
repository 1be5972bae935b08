import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { actions, auditLog, followUps } from '../../db/schema'
import { caseOnAgenda } from '../agenda-support'
import { testApp } from '../support'
import { caseInFollowUp, followUpForm } from './support'

const ACTIONS = [
  { description: 'De school plant een overleg over een aangepast lesrooster.', ownerSector: 'onderwijs' as const, dueDate: '2026-03-20' },
  { description: 'Het CGG start een kort traject.', ownerSector: 'ggz' as const, dueDate: '2026-03-27' },
  { description: 'NAFT start een individueel traject.', ownerSector: 'naft' as const, dueDate: '2026-04-03' },
]

async function setup() {
  const env = await testApp()
  const c = await caseInFollowUp(env, { actionList: ACTIONS })
  return { ...env, ...c }
}

describe('recording a follow-up', () => {
  it('shows the form with every agreed action and the four statuses', async () => {
    const { client, caseId, referrer, actionIds } = await setup()
    const res = await client.get(`/opvolging/${caseId}`, referrer)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Het CGG start een kort traject.')
    for (const label of ['Nog open', 'Uitgevoerd', 'Niet mogelijk door gewijzigde omstandigheden', 'Niet uitgevoerd door de partner'])
      expect(html).toContain(label)
    expect(html).toContain(`name="status_${actionIds[0]}"`)
    expect(html).toContain('Er is nog geen opvolging geregistreerd.')
  })

  it('stores the outcome and each action status, both unfinished classifications included', async () => {
    const { client, caseId, referrer, actionIds, deps } = await setup()
    const [done, impossible, partner] = actionIds as [string, string, string]
    const res = await client.post(
      `/opvolging/${caseId}`,
      followUpForm('alternatief_traject', { [done]: 'uitgevoerd', [impossible]: 'niet_mogelijk', [partner]: 'niet_uitgevoerd_partner' }),
      referrer,
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/opvolging/${caseId}?melding=bewaard`)
    const [row] = await deps.db.select().from(followUps).where(eq(followUps.caseId, caseId))
    expect(row).toMatchObject({ outcome: 'alternatief_traject', note: null })
    const stored = await deps.db.select({ id: actions.id, status: actions.status }).from(actions).where(eq(actions.caseId, caseId))
    expect(Object.fromEntries(stored.map((a) => [a.id, a.status]))).toEqual({
      [done]: 'uitgevoerd',
      [impossible]: 'niet_mogelijk',
      [partner]: 'niet_uitgevoerd_partner',
    })
    const [entry] = await deps.db.select().from(auditLog).where(eq(auditLog.action, 'opvolging.geregistreerd'))
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({ uitkomst: 'alternatief_traject', acties_niet_mogelijk: 1 })
    const page = await (await client.get(`/opvolging/${caseId}`, referrer)).text()
    expect(page).toContain('In alternatief/aangepast traject')
  })

  it('lets the coordinator of the region record it too', async () => {
    const { client, caseId, coordinator, actionIds } = await setup()
    const statuses = Object.fromEntries(actionIds.map((id) => [id, 'open']))
    expect((await client.post(`/opvolging/${caseId}`, followUpForm('nog_vast', statuses), coordinator)).status).toBe(303)
  })

  it('scrubs the notes before they are stored', async () => {
    const { client, caseId, referrer, actionIds, deps } = await setup()
    const [first, second, third] = actionIds as [string, string, string]
    const res = await client.post(
      `/opvolging/${caseId}`,
      followUpForm(
        'jeugdhulp_zorg',
        { [first]: 'uitgevoerd', [second]: 'open', [third]: 'niet_uitgevoerd_partner' },
        { [third]: 'Mevrouw Peeters van NAFT belde niet terug op 016 22 33 44.' },
        'Gesprek gehad met mama Sarah Janssens; ze is bereikbaar op sarah.janssens@example.com.',
      ),
      referrer,
    )
    expect(res.status).toBe(303)
    const [row] = await deps.db.select().from(followUps).where(eq(followUps.caseId, caseId))
    expect(row?.note).toContain('Gesprek gehad met')
    expect(row?.note).not.toContain('Janssens')
    expect(row?.note).not.toContain('sarah.janssens@example.com')
    const [action] = await deps.db.select().from(actions).where(eq(actions.id, third))
    expect(action?.statusNote).toContain('belde niet terug')
    expect(action?.statusNote).not.toContain('Peeters')
    expect(action?.statusNote).not.toContain('016 22 33 44')
  })

  it('answers 422 without an outcome, keeps every typed value and stores nothing', async () => {
    const { client, caseId, referrer, actionIds, deps } = await setup()
    const [first, second, third] = actionIds as [string, string, string]
    const res = await client.post(
      `/opvolging/${caseId}`,
      followUpForm(
        '',
        { [first]: 'uitgevoerd', [second]: 'niet_mogelijk', [third]: 'open' },
        { [second]: 'De stage ging niet door.' },
        'Een toelichting die blijft staan.',
      ),
      referrer,
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Kies de uitkomst van de opvolging.')
    expect(html).toContain('Een toelichting die blijft staan.')
    expect(html).toContain('De stage ging niet door.')
    expect(html).toMatch(new RegExp(`name="status_${second}" value="niet_mogelijk" checked`))
    expect(await deps.db.select().from(followUps).where(eq(followUps.caseId, caseId))).toHaveLength(0)
    const [action] = await deps.db.select().from(actions).where(eq(actions.id, second))
    expect(action?.status).toBe('open')
  })

  it('answers 422 when an action has no valid status', async () => {
    const { client, caseId, referrer, actionIds } = await setup()
    const [first, second] = actionIds as [string, string, string]
    const res = await client.post(`/opvolging/${caseId}`, followUpForm('onbekend', { [first]: 'uitgevoerd', [second]: 'verzonnen' }), referrer)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Kies hoe het met deze actie staat.')
  })

  it('refuses a case that is not in opvolging (409)', async () => {
    const env = await testApp()
    const { client } = env
    const { caseId, referrer } = await caseOnAgenda(env)
    const res = await client.post(`/opvolging/${caseId}`, followUpForm('onbekend', {}), referrer)
    expect(res.status).toBe(409)
  })
})
