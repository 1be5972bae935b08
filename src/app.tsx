import { sql } from 'drizzle-orm'
import { Hono, type MiddlewareHandler } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import type { Child } from 'hono/jsx'
import { jsxRenderer } from 'hono/jsx-renderer'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { ProblemPage } from '../views/errors/problem'
import { Layout } from '../views/layout'
import { adminRoutes } from './admin/routes'
import { planningRoutes } from './agendas/routes'
import { loadSession } from './auth/middleware'
import { authRoutes } from './auth/routes'
import { caseRoutes } from './cases/routes'
import { triageRoutes } from './cases/triage-routes'
import { reportRoutes } from './consults/report-routes'
import { consultRoutes } from './consults/routes'
import type { Deps } from './deps'
import type { AppEnv } from './env'
import { followUpRoutes } from './followup/routes'
import { homeRoutes } from './home'
import { type Ctx, renderProblem } from './http'
import { deliverDue } from './mail/outbox'
import { memberRoutes } from './members/routes'
import { navigationFor } from './navigation'
import { offerRoutes } from './offers/routes'
import { statisticsRoutes } from './reports/routes'
import { signalRoutes } from './signals/routes'
import { tableRoutes } from './tables/routes'

declare module 'hono' {
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: declaration merging with Hono needs an interface
    (content: Child, props: { title: string }): Response | Promise<Response>
  }
}

export interface AppOptions {
  /** How this runtime learns the client's address (socket, proxy header or CF-Connecting-IP). */
  clientIp: (c: Ctx) => string
  /** Serves /static/* where the platform does not (Node). */
  staticFiles?: MiddlewareHandler
  /** Runs work after the response where the platform allows it (Workers' waitUntil). */
  defer?: (c: Ctx, task: Promise<unknown>) => void
}

/** Builds the whole app from injected dependencies; the same function runs on Node and on Workers. */
export function createApp(deps: Deps, options: AppOptions) {
  const app = new Hono<AppEnv>()

  app.use('*', requestId())
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      // invitation links carry a secret in the path: never send it on as a Referer
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: deps.config.publicUrl.startsWith('https:') ? 'max-age=63072000; includeSubDomains' : false,
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
      xFrameOptions: 'DENY',
    }),
  )
  if (options.staticFiles) app.use('/static/*', options.staticFiles)

  app.use('*', async function injectDeps(c, next) {
    c.set('deps', deps)
    c.set('ip', options.clientIp(c))
    await next()
  })

  app.get('/healthz', async (c) => {
    try {
      await deps.db.run(sql`select 1`)
      return c.json({ status: 'ok' })
    } catch (error) {
      deps.log.error('health_check_failed', { requestId: c.var.requestId, error: errorMessage(error) })
      return c.json({ status: 'database onbereikbaar' }, 503)
    }
  })

  app.use(
    '*',
    csrf({
      origin: (origin, c) => origin === new URL(c.req.url).origin || origin === new URL(deps.config.publicUrl).origin,
    }),
  )
  app.use('*', loadSession)
  app.use('*', async function noStore(c, next) {
    await next()
    // pages can show personal data: keep them out of shared and back-button caches
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store')
  })
  app.use('*', async function deliverMailAfterWrites(c, next) {
    await next()
    if (c.req.method !== 'POST') return
    const task = deliverDue(deps).catch((error) => deps.log.error('mail_delivery_error', { message: errorMessage(error) }))
    options.defer?.(c, task)
  })
  app.use(
    '*',
    jsxRenderer(
      ({ children, title }, c) => {
        const user = (c as Ctx).var.user
        return (
          <Layout title={title ?? 'ROTS casuïstiek'} nav={navigationFor(user)} currentPath={c.req.path} user={user}>
            {children}
          </Layout>
        )
      },
      { docType: true },
    ),
  )

  app.route('/', authRoutes)
  app.route('/', homeRoutes)
  app.route('/beheer', adminRoutes)
  app.route('/aanmeldingen', caseRoutes)
  app.route('/', triageRoutes)
  app.route('/aanbod', offerRoutes)
  app.route('/tafels', tableRoutes)
  app.route('/planning', planningRoutes)
  app.route('/mijn-zittingen', memberRoutes)
  app.route('/bespreking', consultRoutes)
  app.route('/verslag', reportRoutes)
  app.route('/opvolging', followUpRoutes)
  app.route('/signalen', signalRoutes)
  app.route('/rapporten', statisticsRoutes)

  app.notFound((c) => renderProblem(c, { ok: false, reason: 'not_found' }))
  app.onError(async (error, c) => {
    const id = c.var.requestId
    if (error instanceof HTTPException && error.status === 403) {
      // Hono's csrf() refuses a cross-site form post this way
      deps.log.warn('csrf_refused', { requestId: id, method: c.req.method, route: c.req.routePath })
      return bareProblem(
        c,
        403,
        'Geen toegang',
        'Dit verzoek kwam niet van deze website en is daarom geweigerd. Open het formulier opnieuw en probeer nog eens.',
      )
    }
    if (error instanceof HTTPException && error.status < 500) return error.getResponse()
    // name, message and stack only: request bodies and parameters may hold personal data
    deps.log.error('request_failed', { requestId: id, method: c.req.method, route: c.req.routePath, error: errorMessage(error), stack: error.stack })
    return bareProblem(c, 500, 'Er ging iets mis', 'Er is een onverwachte fout opgetreden. Probeer het later opnieuw.', id)
  })
  return app
}

/** A problem page that does not rely on middleware having run (errors can happen before it). */
async function bareProblem(c: Ctx, status: 403 | 500, title: string, message: string, requestId?: string) {
  const body = await (
    <Layout title={title} nav={[]} currentPath="" user={null}>
      <ProblemPage title={title} message={message} requestId={requestId} />
    </Layout>
  ).toString()
  return c.html(`<!DOCTYPE html>${body}`, status)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'
}
