import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type * as z from 'zod'
import { ProblemPage } from '../views/errors/problem'
import { type Actor, audit } from './audit/log'
import type { AppEnv } from './env'
import type { Problem } from './result'

export type Ctx = Context<AppEnv>

export function actorOf(c: Ctx): Actor {
  return { userId: c.var.user?.id ?? null, ip: c.var.ip }
}

/** htmx asks for a fragment; everything else gets the full page. */
export function isHtmx(c: Ctx): boolean {
  return c.req.header('HX-Request') === 'true'
}

export function page(c: Ctx, title: string, content: Child, status: 200 | 403 | 404 | 409 | 422 | 429 | 500 = 200) {
  c.status(status)
  return c.render(content, { title })
}

/** After a successful POST: back to a page (303, so a reload does not post again). */
export function seeOther(c: Ctx, location: string) {
  return c.redirect(location, 303)
}

const PROBLEM_PAGES = {
  forbidden: { status: 403, title: 'Geen toegang', message: 'U hebt geen toegang tot deze pagina of actie.' },
  not_found: { status: 404, title: 'Niet gevonden', message: 'Deze pagina bestaat niet (meer), of u hebt er geen toegang toe.' },
  conflict: { status: 409, title: 'Niet mogelijk', message: 'Deze actie kan nu niet worden uitgevoerd.' },
  invalid: { status: 422, title: 'Ongeldige invoer', message: 'De gegevens zijn niet geldig.' },
} as const

/**
 * Renders a refused request. Refusals are audited: a pattern of 403s is how misuse of access to
 * minors' files is noticed.
 */
export async function renderProblem(c: Ctx, problem: Problem) {
  const shape = PROBLEM_PAGES[problem.reason]
  if (problem.reason === 'forbidden') await logDenied(c)
  return page(c, shape.title, <ProblemPage title={shape.title} message={problem.message ?? shape.message} />, shape.status)
}

export async function logDenied(c: Ctx) {
  const route = c.req.routePath
  c.var.deps.log.warn('access_denied', { requestId: c.var.requestId, userId: c.var.user?.id ?? null, method: c.req.method, route })
  await audit(c.var.deps, actorOf(c), { action: 'toegang.geweigerd', details: { method: c.req.method, route } })
}

/** First message per field of a failed zod parse, keyed by field name. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_')
    out[key] ??= issue.message
  }
  return out
}

/** Form body as plain strings (repeated names become arrays), for zod and for re-rendering. */
export async function formBody(c: Ctx): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true })
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of Object.entries(body)) {
    if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string')
    else if (typeof value === 'string') out[key] = value
  }
  return out
}

/** Page number from `?pagina=`, never below 1 and never NaN. */
export function pageParam(c: Ctx): number {
  const n = Number.parseInt(c.req.query('pagina') ?? '1', 10)
  return Number.isFinite(n) && n >= 1 && n <= 100_000 ? n : 1
}
