import { encodeBase64 } from '@oslojs/encoding'
import type { MailSender, OutgoingMail } from './sender'

/**
 * `EmailMessage` from 'cloudflare:email', passed in by the Workers entry: that module only
 * exists inside workerd, and this file stays importable (and testable) on Node.
 */
export type EmailMessageConstructor<M> = new (from: string, to: string, raw: string) => M

/**
 * Sends through a `send_email` binding. The binding takes a finished RFC 5322 message, so the
 * headers and the encoding are built here; a thrown error leaves the mail in the outbox.
 */
export function sendEmailSender<M>(
  binding: { send(message: M): Promise<unknown> },
  EmailMessage: EmailMessageConstructor<M>,
  now: () => Date = () => new Date(),
): MailSender {
  return {
    name: 'cloudflare-send-email',
    async send(mail) {
      const { envelopeFrom, envelopeTo, raw } = buildMessage(mail, now())
      await binding.send(new EmailMessage(envelopeFrom, envelopeTo, raw))
    },
  }
}

/** Without a transport every attempt fails visibly, so the beheerder sees the mails waiting. */
export function unconfiguredSender(): MailSender {
  return {
    name: 'geen',
    async send() {
      throw new Error('geen e-mailtransport geconfigureerd')
    },
  }
}

/**
 * A text/plain UTF-8 message: base64 body (no line-length or 8-bit worries), RFC 2047 for
 * non-ASCII header text. With attachments it becomes multipart/mixed: the same base64 text part
 * first, then one base64 part per file. The Message-ID reuses the outbox id so a retried mail
 * keeps its id and receivers can recognise a duplicate.
 */
export function buildMessage(mail: OutgoingMail, date: Date): { envelopeFrom: string; envelopeTo: string; raw: string } {
  const from = parseMailbox(mail.from)
  const to = bareAddress(mail.to)
  const domain = from.address.split('@')[1] ?? 'localhost'
  const headers = [
    `From: ${from.name ? `${encodePhrase(from.name)} <${from.address}>` : from.address}`,
    `To: ${to}`,
    `Subject: ${encodeText(mail.subject)}`,
    `Date: ${rfc5322Date(date)}`,
    `Message-ID: <${mail.id}@${domain}>`,
    'MIME-Version: 1.0',
  ]
  // RFC 2045 canonical form: text line breaks are CRLF before the body is encoded
  const text = base64Lines(mail.text.replace(/\r?\n/g, '\r\n'))
  const textType = ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64']
  const attachments = mail.attachments ?? []
  if (attachments.length === 0) return { envelopeFrom: from.address, envelopeTo: to, raw: `${[...headers, ...textType].join('\r\n')}\r\n\r\n${text}\r\n` }
  // base64 never contains '_', so this boundary cannot occur inside a part
  const boundary = `=_rots_${mail.id.replace(/[^A-Za-z0-9]/g, '')}`
  const parts = [
    `${textType.join('\r\n')}\r\n\r\n${text}`,
    ...attachments.map((a) => {
      const name = safeFilename(a.filename)
      return [
        `Content-Type: ${singleLine(a.contentType)}; name="${name}"`,
        `Content-Disposition: attachment; filename="${name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(a.content),
      ].join('\r\n')
    }),
  ]
  const body = `${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`
  return {
    envelopeFrom: from.address,
    envelopeTo: to,
    raw: `${[...headers, `Content-Type: multipart/mixed; boundary="${boundary}"`].join('\r\n')}\r\n\r\n${body}`,
  }
}

function base64Lines(value: string): string {
  return wrap(encodeBase64(new TextEncoder().encode(value)), 76).join('\r\n')
}

// a quoted filename parameter: no quotes, backslashes, controls or non-ASCII to escape
function safeFilename(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'bijlage'
}

/** `Naam <adres>` or a bare address, as MAIL_FROM allows. */
function parseMailbox(value: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(value)
  if (match) return { name: singleLine(match[1] ?? ''), address: bareAddress(match[2] ?? '') }
  return { name: '', address: bareAddress(value) }
}

// header injection: an address with a line break or brackets would let a value add headers
function bareAddress(value: string): string {
  const address = value.trim()
  if (!/^[^\s<>@",;]+@[^\s<>@",;]+$/.test(address)) throw new Error('ongeldig e-mailadres voor verzending')
  return address
}

function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim()
}

/** A display name: plain when it is a safe ASCII atom sequence, else encoded words. */
function encodePhrase(value: string): string {
  return /^[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]*$/.test(value) ? value : encodeWords(value)
}

/** Unstructured text (Subject): plain when short printable ASCII, else encoded words. */
function encodeText(value: string): string {
  const text = singleLine(value)
  return /^[\x20-\x7e]{0,70}$/.test(text) && !text.includes('=?') ? text : encodeWords(text)
}

/**
 * RFC 2047 B-encoding, split so no encoded word exceeds 75 characters (45 UTF-8 bytes → 60
 * base64 characters + 12 of framing) and no character is cut between two words.
 */
function encodeWords(value: string): string {
  const encoder = new TextEncoder()
  const words: string[] = []
  let chunk = ''
  for (const char of value) {
    if (encoder.encode(chunk + char).length > 45) {
      words.push(chunk)
      chunk = ''
    }
    chunk += char
  }
  if (chunk || words.length === 0) words.push(chunk)
  return words.map((w) => `=?UTF-8?B?${encodeBase64(encoder.encode(w))}?=`).join('\r\n ')
}

function wrap(value: string, width: number): string[] {
  const lines: string[] = []
  for (let i = 0; i < value.length; i += width) lines.push(value.slice(i, i + width))
  return lines
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function rfc5322Date(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} +0000`
}
