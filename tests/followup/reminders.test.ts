import { eq, like } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { actions, consults, outbox } from '../../db/schema'
import { queueReminders } from '../../src/followup/reminders'
import { deliverDue } from '../../src/mail/outbox'
import { testApp } from '../support'
import { caseInFollowUp, followUpForm } from './support'

const reminders = (env: Awaited<ReturnType<typeof testApp>>) => env.deps.db.select().from(outbox).where(like(outbox.subject, 'Herinnering%'))

// the test clock stands on Monday 2 March 2026: three working days ahead is Thursday 5 March
describe('follow-up reminders', () => {
  it('reminds the referrer once of an action due within three working days, without its text', async () => {
    const env = await testApp()
    const c = await caseInFollowUp(env, {
      actionList: [
        { description: 'Het CGG belt de moeder van Yusuf terug.', dueDate: '2026-03-05' },
        { description: 'Ver weg', dueDate: '2026-03-20' },
        { description: 'Al gedaan', dueDate: '2026-03-04', status: 'uitgevoerd' },
      ],
    })
    expect(await queueReminders(env.deps)).toEqual({ actionMails: 1, followUpMails: 0 })
    const [mail, ...more] = await reminders(env)
    expect(more).toHaveLength(0)
    expect(mail).toMatchObject({ to: 'aanmelder.vb@rots.example', subject: `Herinnering: een actie vervalt binnenkort voor ${c.reference}` })
    expect(mail?.text).toContain('actie 1: uiterlijk 05/03/2026')
    expect(mail?.text).toContain(`http://localhost/opvolging/${c.caseId}`)
    for (const text of ['CGG', 'Yusuf', 'moeder', 'Ver weg', 'Al gedaan']) expect(mail?.text).not.toContain(text)
    const stored = await env.deps.db.select({ id: actions.id, reminderSentAt: actions.reminderSentAt }).from(actions).where(eq(actions.caseId, c.caseId))
    expect(stored.filter((a) => a.reminderSentAt !== null).map((a) => a.id)).toEqual([c.actionIds[0]])

    expect(await queueReminders(env.deps)).toEqual({ actionMails: 0, followUpMails: 0 })
    expect(await reminders(env)).toHaveLength(1)
  })

  it('reminds of the action far ahead once it comes within three working days', async () => {
    const env = await testApp()
    await caseInFollowUp(env, { actionList: [{ description: 'Ver weg', dueDate: '2026-03-20' }] })
    await queueReminders(env.deps)
    expect(await reminders(env)).toHaveLength(0)
    env.clock.advance(15 * 86_400_000) // Tuesday 17 March: Friday 20 March is three working days ahead
    await queueReminders(env.deps)
    expect(await reminders(env)).toHaveLength(1)
  })

  it('queues one reminder when two runs overlap', async () => {
    const env = await testApp()
    await caseInFollowUp(env, { followUpDate: '2026-03-02', actionList: [{ description: 'Binnenkort', dueDate: '2026-03-03' }] })
    await Promise.all([queueReminders(env.deps), queueReminders(env.deps)])
    expect(await reminders(env)).toHaveLength(2)
  })

  it('reminds the referrer once when the follow-up date comes without a follow-up', async () => {
    const env = await testApp()
    const due = await caseInFollowUp(env, { followUpDate: '2026-03-02' })
    const ahead = await caseInFollowUp(env, { followUpDate: '2026-03-03' })
    expect(await queueReminders(env.deps)).toEqual({ actionMails: 0, followUpMails: 1 })
    const [mail] = await reminders(env)
    expect(mail).toMatchObject({ to: 'aanmelder.vb@rots.example', subject: `Herinnering: opvolging van ${due.reference}` })
    expect(mail?.text).toContain('02/03/2026')
    expect(mail?.text).toContain(`/opvolging/${due.caseId}`)
    const [consult] = await env.deps.db.select().from(consults).where(eq(consults.id, due.consultId))
    expect(consult?.followUpReminderSentAt).toBeInstanceOf(Date)
    await queueReminders(env.deps)
    expect(await reminders(env)).toHaveLength(1)

    // the next day the other case's date comes, but its follow-up was recorded already
    expect((await env.client.post(`/opvolging/${ahead.caseId}`, followUpForm('terug_op_school', {}), ahead.referrer)).status).toBe(303)
    env.clock.advance(86_400_000)
    await queueReminders(env.deps)
    expect(await reminders(env)).toHaveLength(1)
  })

  it('delivers the reminder through the outbox', async () => {
    const env = await testApp()
    await caseInFollowUp(env, { followUpDate: '2026-03-01' })
    await queueReminders(env.deps)
    await deliverDue(env.deps)
    expect(env.mailer.sent.some((m) => m.subject.startsWith('Herinnering: opvolging van'))).toBe(true)
  })
})
