import { readdirSync, readFileSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema'
import { atomic } from '../../src/db'
import { emlFileSender, smtpSender } from '../../src/mail/node-senders'
import { deliverDue, queueMail, retryMail } from '../../src/mail/outbox'
import { testDeps } from '../support'

const draft = { to: 'ontvanger@clb.example', subject: 'Uitnodiging voor ROTS casuïstiek', text: 'Beste Jan,\n\nWelkom — één link.' }

describe('outbox', () => {
  it('delivers what is due once and marks it sent', async () => {
    const { deps, mailer } = await testDeps({}, { demo: false })
    await atomic(deps.db, [queueMail(deps, draft)])
    expect(await deliverDue(deps)).toEqual({ sent: 1, failed: 0 })
    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 0 })
    expect(mailer.sent).toHaveLength(1)
    const [row] = await deps.db.select().from(outbox)
    expect(row?.status).toBe('verzonden')
  })

  it('retries with growing delays and gives up (visibly) after the last attempt', async () => {
    const { deps, mailer, clock, log } = await testDeps({}, { demo: false })
    mailer.failWith = 'connection refused'
    await atomic(deps.db, [queueMail(deps, draft)])
    const delays = [1, 5, 30, 120, 720]
    for (const minutes of delays) {
      expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 1 })
      clock.advance(minutes * 60_000 - 1)
      expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 0 })
      clock.advance(1)
    }
    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 1 })
    const [row] = await deps.db.select().from(outbox)
    expect(row).toMatchObject({ status: 'mislukt', attempts: 6, lastError: 'connection refused' })
    expect(log.lines.filter((l) => l.event === 'mail_delivery_failed')).toHaveLength(6)
    expect(JSON.stringify(log.lines)).not.toContain('ontvanger@clb.example')

    mailer.failWith = null
    expect(await retryMail(deps, row?.id ?? '')).toBe(true)
    expect(await deliverDue(deps)).toEqual({ sent: 1, failed: 0 })
  })

  it('never sends the same mail twice when two deliverers run at once', async () => {
    const { deps, mailer } = await testDeps({}, { demo: false })
    await atomic(
      deps.db,
      Array.from({ length: 5 }, () => queueMail(deps, draft)),
    )
    await Promise.all([deliverDue(deps), deliverDue(deps), deliverDue(deps)])
    expect(mailer.sent).toHaveLength(5)
    expect(new Set(mailer.sent.map((m) => m.id)).size).toBe(5)
  })
})

describe('senders', () => {
  const received: Buffer[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push(Buffer.concat(chunks))
        callback()
      })
    },
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('delivers over real SMTP with UTF-8 subject and body intact', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.server.address() as AddressInfo
    const sender = smtpSender(`smtp://127.0.0.1:${port}`)
    await sender.send({ id: 'abc123', from: 'ROTS <no-reply@rots.example>', ...draft })
    const parsed = await simpleParser(received[0] ?? Buffer.alloc(0))
    expect(parsed.subject).toBe(draft.subject)
    expect(parsed.text?.trim()).toBe(draft.text)
    expect(parsed.messageId).toBe('<abc123@rots>')
  })

  it('fails loudly when the SMTP server is unreachable, so the outbox retries', async () => {
    const sender = smtpSender('smtp://127.0.0.1:1')
    await expect(sender.send({ id: 'x', from: 'a@rots.example', ...draft })).rejects.toThrow()
  })

  it('writes an .eml file readable only by its owner when no SMTP server is configured', async () => {
    const { dir } = await testDeps({}, { demo: false })
    const folder = join(dir, 'outbox')
    await emlFileSender(folder).send({ id: 'm1', from: 'a@rots.example', ...draft })
    expect(readdirSync(folder)).toEqual(['m1.eml'])
    const parsed = await simpleParser(readFileSync(join(folder, 'm1.eml')))
    expect(parsed.subject).toBe(draft.subject)
    expect(statSync(join(folder, 'm1.eml')).mode & 0o777).toBe(0o600)
  })
})
