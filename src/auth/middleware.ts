import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env'
import type { Ctx } from '../http'
import { renderProblem } from '../http'
import type { AuthUser } from './access'
import { validateSessionToken } from './sessions'

const COOKIE = 'rots_sessie'

/** Loads the session (if any) into `c.var.user`; never refuses on its own. */
export const loadSession = createMiddleware<AppEnv>(async function loadSession(c, next) {
  c.set('user', null)
  c.set('session', null)
  const token = getCookie(c, COOKIE)
  if (token) {
    const found = await validateSessionToken(c.var.deps, token)
    if (found) {
      c.set('user', found.user)
      c.set('session', found.session)
    } else {
      deleteCookie(c, COOKIE, { path: '/' })
    }
  }
  await next()
})

/**
 * A browser-session cookie (no Max-Age): it goes when the browser closes, which matters on the
 * shared computers of schools and CLBs; the server ends idle sessions on its own clock.
 */
export function setSessionCookie(c: Ctx, token: string) {
  setCookie(c, COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.config.publicUrl.startsWith('https:'),
  })
}

export function clearSessionCookie(c: Ctx) {
  deleteCookie(c, COOKIE, { path: '/' })
}

/** Anonymous visitors go to the login page and come back afterwards. */
export const requireUser = createMiddleware<AppEnv>(async function requireUser(c, next) {
  if (!c.var.user) return toLogin(c)
  await next()
})

/** Refuses (403, audited) unless the signed-in user passes `allowed`. */
export function requireAccess(allowed: (user: AuthUser) => boolean) {
  return createMiddleware<AppEnv>(async function requireAccess(c, next) {
    const user = c.var.user
    if (!user) return toLogin(c)
    if (!allowed(user)) return renderProblem(c, { ok: false, reason: 'forbidden' })
    await next()
  })
}

function toLogin(c: Ctx) {
  const back = c.req.method === 'GET' ? `?volgende=${encodeURIComponent(new URL(c.req.url).pathname)}` : ''
  return c.redirect(`/aanmelden${back}`, 303)
}
