import * as z from 'zod'
import { ACTION_STATUSES, CLOSURE_REASONS, codes, FOLLOW_UP_OUTCOMES } from '../lists'

const NOTE_MAX = 4000

const note = z
  .string({ error: 'Vul hier gewone tekst in.' })
  .trim()
  .max(NOTE_MAX, `Houd de toelichting korter dan ${NOTE_MAX} tekens.`)
  .optional()
  .transform((v) => v || null)

const actionStatus = z.enum(codes(ACTION_STATUSES), { error: 'Kies hoe het met deze actie staat.' })

export const followUpSchema = z.object({
  uitkomst: z.enum(codes(FOLLOW_UP_OUTCOMES), { error: 'Kies de uitkomst van de opvolging.' }),
  notitie: note,
  acties: z.record(z.string(), z.object({ status: actionStatus, toelichting: note })),
})

export type FollowUpInput = z.output<typeof followUpSchema>

export const closeSchema = z.object({
  reden: z.enum(codes(CLOSURE_REASONS), { error: 'Kies waarom de casus wordt afgesloten.' }),
  notitie: note,
})

export type CloseInput = z.output<typeof closeSchema>

/** Form field names of one action's controls; the domain's errors use the same names. */
export const actionFields = (actionId: string) => ({ status: `status_${actionId}`, note: `toelichting_${actionId}` })

/**
 * The follow-up form posts flat fields (`status_<actie>`, `toelichting_<actie>`) so it works as a
 * plain HTML form; they are grouped per action before parsing, and errors go back to those names.
 */
export function parseFollowUpForm(body: Record<string, string | string[]>): { ok: true; data: FollowUpInput } | { ok: false; errors: Record<string, string> } {
  const acties: Record<string, { status?: string; toelichting?: string }> = {}
  for (const [key, value] of Object.entries(body)) {
    const match = /^(status|toelichting)_([a-z0-9]{1,40})$/.exec(key)
    if (!match?.[1] || !match[2] || typeof value !== 'string') continue
    const [, part, actionId] = match
    acties[actionId] = { ...acties[actionId], [part]: value }
  }
  const parsed = followUpSchema.safeParse({ uitkomst: body.uitkomst || undefined, notitie: body.notitie, acties })
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const [field, actionId, part] = issue.path.map(String)
    const key = field === 'acties' && actionId ? (part === 'toelichting' ? actionFields(actionId).note : actionFields(actionId).status) : (field ?? '_')
    errors[key] ??= issue.message
  }
  return { ok: false, errors }
}
