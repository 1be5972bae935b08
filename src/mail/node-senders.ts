import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import type { MailSender, OutgoingMail } from './sender'

function message(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: `<${mail.id}@rots>`,
    ...(mail.attachments?.length
      ? { attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) }
      : {}),
  }
}

/** Real delivery over SMTP (`smtp://user:pass@host:587`, `smtps://…`). */
export function smtpSender(url: string): MailSender {
  const transport = nodemailer.createTransport(url)
  return {
    name: 'smtp',
    async send(mail) {
      await transport.sendMail(message(mail))
    },
  }
}

/** Development delivery: each mail becomes an .eml file, so nothing is lost without an SMTP server. */
export function emlFileSender(folder: string): MailSender {
  const compose = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    name: 'eml',
    async send(mail) {
      const info = await compose.sendMail(message(mail))
      await mkdir(folder, { recursive: true, mode: 0o700 })
      await writeFile(join(folder, `${mail.id}.eml`), info.message as Buffer, { mode: 0o600 })
    },
  }
}
