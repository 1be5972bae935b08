/** What a domain function says when it did not do what was asked (expected outcomes, not bugs). */
export interface Problem {
  ok: false
  reason: 'forbidden' | 'not_found' | 'conflict' | 'invalid'
  /** Dutch, for the user; never identity data. */
  message?: string
  fieldErrors?: Partial<Record<string, string>>
}

export type Result<T extends object = object> = ({ ok: true } & T) | Problem

export const forbidden = (message?: string): Problem => ({ ok: false, reason: 'forbidden', ...(message ? { message } : {}) })
export const notFound = (): Problem => ({ ok: false, reason: 'not_found' })
export const conflict = (message: string): Problem => ({ ok: false, reason: 'conflict', message })
export const invalid = (fieldErrors: Partial<Record<string, string>>, message?: string): Problem => ({
  ok: false,
  reason: 'invalid',
  fieldErrors,
  ...(message ? { message } : {}),
})
