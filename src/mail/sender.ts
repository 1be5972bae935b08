/** A file sent with a mail; text content only (an .ics invitation), encoded by the transport. */
export interface MailAttachment {
  filename: string
  contentType: string
  content: string
}

export interface OutgoingMail {
  id: string
  from: string
  to: string
  subject: string
  text: string
  attachments?: MailAttachment[]
}

/**
 * Delivers one message or throws. The outbox decides when to try and how often; a sender only
 * knows its transport (SMTP, .eml files, a Workers binding).
 */
export interface MailSender {
  readonly name: string
  send(mail: OutgoingMail): Promise<void>
}
