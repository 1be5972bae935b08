import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema'
import { atomic } from '../../src/db'
import { emlFileSender, smtpSender } from '../../src/mail/node-senders'
import { deliverDue, queueMail } from '../../src/mail/outbox'
import type { MailAttachment } from '../../src/mail/sender'
import { buildMessage } from '../../src/mail/workers-sender'
import { zittingCalendar } from '../../src/tables/ics'
import { testDeps } from '../support'
import { parseIcs } from '../tables/ics-parse'

const ics = zittingCalendar({
  zittingId: 'z1',
  method: 'REQUEST',
  sequence: 2,
  stamp: new Date('2026-03-02T09:00:00Z'),
  date: '2026-03-19',
  startTime: '13:30',
  endTime: '16:00',
  summary: 'Overlegtafel Vlaams-Brabant — één zitting, met een titel die lang genoeg is om gevouwen te worden',
  location: 'Provinciehuis Leuven; zaal 2',
  organizer: 'no-reply@rots.example',
})
const invitation: MailAttachment = { filename: 'zitting-2026-03-19.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: ics }
const mail = { to: 'tafellid@rots.example', subject: 'Agenda: Overlegtafel Vlaams-Brabant', text: 'Beste Tine,\n\nDe agenda — in de bijlage.' }

describe('attachments in the outbox', () => {
  it('stores them with the mail and hands them to the sender', async () => {
    const { deps, mailer } = await testDeps({}, { demo: false })
    await atomic(deps.db, [queueMail(deps, { ...mail, attachments: [invitation] }), queueMail(deps, mail)])
    const rows = await deps.db.select({ attachments: outbox.attachments }).from(outbox)
    expect(rows.map((r) => r.attachments).sort()).toEqual([JSON.stringify([invitation]), null].sort())
    expect(await deliverDue(deps)).toEqual({ sent: 2, failed: 0 })
    const withFile = mailer.sent.find((m) => m.attachments)
    expect(withFile?.attachments).toEqual([invitation])
    expect(mailer.sent.filter((m) => m.attachments === undefined)).toHaveLength(1)
  })

  it('fails the attempt visibly rather than sending without an unreadable attachment', async () => {
    const { deps, mailer } = await testDeps({}, { demo: false })
    await atomic(deps.db, [
      deps.db.insert(outbox).values({ id: 'kapot', ...mail, attachments: '{niet json', nextAttemptAt: deps.clock.now(), createdAt: deps.clock.now() }),
    ])
    expect(await deliverDue(deps)).toEqual({ sent: 0, failed: 1 })
    expect(mailer.sent).toEqual([])
  })
})

describe('senders with an attachment', () => {
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

  it('delivers an .ics over real SMTP byte for byte', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.server.address() as AddressInfo
    await smtpSender(`smtp://127.0.0.1:${port}`).send({ id: 'ics1', from: 'ROTS <no-reply@rots.example>', ...mail, attachments: [invitation] })
    const parsed = await simpleParser(received[0] ?? Buffer.alloc(0))
    expect(parsed.text?.trim()).toBe(mail.text)
    expect(parsed.attachments).toHaveLength(1)
    const [file] = parsed.attachments
    expect(file?.filename).toBe('zitting-2026-03-19.ics')
    expect(file?.contentType).toBe('text/calendar')
    expect(file?.content.toString('utf8')).toBe(ics)
    expect(parseIcs(file?.content.toString('utf8') ?? '').event('SEQUENCE')?.value).toBe('2')
  })

  it('writes the attachment into the .eml file', async () => {
    const { dir } = await testDeps({}, { demo: false })
    const folder = join(dir, 'outbox')
    await emlFileSender(folder).send({ id: 'm2', from: 'a@rots.example', ...mail, attachments: [invitation] })
    const parsed = await simpleParser(readFileSync(join(folder, 'm2.eml')))
    expect(parsed.attachments[0]?.content.toString('utf8')).toBe(ics)
  })
})

describe('the Workers message builder', () => {
  const date = new Date(Date.UTC(2026, 2, 2, 9, 0, 0))
  const from = 'ROTS casuïstiek <no-reply@rots.example>'

  it('keeps a single text part when there is nothing attached', () => {
    const { raw } = buildMessage({ id: 'p1', from, ...mail }, date)
    const [head = ''] = raw.split('\r\n\r\n')
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8')
    expect(raw).not.toContain('multipart')
  })

  it('builds multipart/mixed with a base64 text part and a base64 attachment that parse back intact', async () => {
    const { raw } = buildMessage({ id: 'p2', from, ...mail, attachments: [invitation, { ...invitation, filename: 'tweede "bestand".ics' }] }, date)
    const [head = ''] = raw.split('\r\n\r\n')
    expect(head).toMatch(/Content-Type: multipart\/mixed; boundary="=_rots_p2"/)
    expect(raw).toContain('--=_rots_p2\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64')
    expect(raw.endsWith('--=_rots_p2--\r\n')).toBe(true)
    expect(raw.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998)
    const parsed = await simpleParser(raw)
    expect(parsed.text?.trim()).toBe(mail.text)
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['zitting-2026-03-19.ics', 'tweede__bestand_.ics'])
    expect(parsed.attachments[0]?.contentType).toBe('text/calendar')
    expect(parsed.attachments[0]?.content.toString('utf8')).toBe(ics)
    expect(parsed.messageId).toBe('<p2@rots.example>')
  })
})
