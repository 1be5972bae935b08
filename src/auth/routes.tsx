import { Hono } from 'hono'
import { AccountPage } from '../../views/auth/account'
import { AcceptInvitationPage, InvitationUnavailablePage } from '../../views/auth/invitation'
import { LoginPage } from '../../views/auth/login'
import { audit } from '../audit/log'
import type { AppEnv } from '../env'
import { actorOf, type Ctx, fieldErrors, formBody, page, seeOther } from '../http'
import { ROLE_LABELS, regionName } from '../lists'
import type { AuthUser } from './access'
import { acceptInvitation, findInvitation } from './invitations'
import { changePassword, login } from './login'
import { clearSessionCookie, requireUser, setSessionCookie } from './middleware'
import { PASSWORD_MIN_LENGTH } from './passwords'
import { acceptInvitationSchema, changePasswordSchema, loginSchema, safeNext } from './schemas'
import { invalidateSession } from './sessions'

export const authRoutes = new Hono<AppEnv>()

authRoutes.get('/aanmelden', (c) => {
  if (c.var.user) return seeOther(c, '/')
  return page(c, 'Aanmelden', <LoginPage next={c.req.query('volgende')} />)
})

authRoutes.post('/aanmelden', async (c) => {
  const body = await formBody(c)
  const email = typeof body.email === 'string' ? body.email : ''
  const next = typeof body.volgende === 'string' ? body.volgende : undefined
  const parsed = loginSchema.safeParse(body)
  if (!parsed.success) return page(c, 'Aanmelden', <LoginPage email={email} next={next} errors={fieldErrors(parsed.error)} />, 422)
  const result = await login(c.var.deps, c.var.ip, parsed.data.email, parsed.data.wachtwoord)
  if (!result.ok) {
    const throttled = result.reason === 'throttled'
    const message = throttled
      ? `Te veel mislukte pogingen. Probeer opnieuw over ${result.retryAfterMinutes} ${result.retryAfterMinutes === 1 ? 'minuut' : 'minuten'}.`
      : 'Dit e-mailadres en wachtwoord horen niet bij een actief account.'
    if (throttled) c.header('Retry-After', String(result.retryAfterMinutes * 60))
    return page(c, 'Aanmelden', <LoginPage email={email} next={next} message={message} />, throttled ? 429 : 422)
  }
  setSessionCookie(c, result.token)
  return seeOther(c, safeNext(parsed.data.volgende))
})

authRoutes.post('/afmelden', async (c) => {
  const session = c.var.session
  if (session) {
    await invalidateSession(c.var.deps, session.id)
    await audit(c.var.deps, actorOf(c), { action: 'afmelden', objectType: 'user', objectId: session.userId })
  }
  clearSessionCookie(c)
  return seeOther(c, '/aanmelden')
})

authRoutes.get('/uitnodiging/:token', async (c) => {
  const invitation = await findInvitation(c.var.deps, c.req.param('token'))
  if (!invitation) return expiredInvitation(c)
  return page(
    c,
    'Uitnodiging',
    <AcceptInvitationPage token={c.req.param('token')} name={invitation.name} email={invitation.email} minLength={PASSWORD_MIN_LENGTH} />,
  )
})

authRoutes.post('/uitnodiging/:token', async (c) => {
  const token = c.req.param('token')
  const parsed = acceptInvitationSchema.safeParse(await formBody(c))
  const invitation = await findInvitation(c.var.deps, token)
  if (!invitation) return expiredInvitation(c)
  const render = (errors: Record<string, string>) =>
    page(
      c,
      'Uitnodiging',
      <AcceptInvitationPage token={token} name={invitation.name} email={invitation.email} minLength={PASSWORD_MIN_LENGTH} errors={errors} />,
      422,
    )
  if (!parsed.success) return render(fieldErrors(parsed.error))
  const result = await acceptInvitation(c.var.deps, c.var.ip, token, parsed.data.wachtwoord, parsed.data.bevestiging)
  if (!result.ok) return result.reason === 'not_found' ? expiredInvitation(c) : render(result.fieldErrors)
  setSessionCookie(c, result.token)
  return seeOther(c, '/')
})

authRoutes.get('/account', requireUser, (c) => accountPage(c, c.var.user as AuthUser, { changed: c.req.query('gewijzigd') === '1' }))

authRoutes.post('/account/wachtwoord', requireUser, async (c) => {
  const user = c.var.user as AuthUser
  const parsed = changePasswordSchema.safeParse(await formBody(c))
  if (!parsed.success) return accountPage(c, user, { errors: fieldErrors(parsed.error) }, 422)
  const session = c.var.session
  const result = await changePassword(c.var.deps, actorOf(c), user, session?.id ?? '', { current: parsed.data.huidig, next: parsed.data.nieuw })
  if (!result.ok) return accountPage(c, user, { errors: result.fieldErrors }, 422)
  return seeOther(c, '/account?gewijzigd=1#wachtwoord')
})

function accountPage(c: Ctx, user: AuthUser, extra: { errors?: Record<string, string>; changed?: boolean }, status: 200 | 422 = 200) {
  const roles = user.grants.map((g) => ({ role: ROLE_LABELS[g.role], region: regionName(g.regionCode) }))
  return page(
    c,
    'Mijn account',
    <AccountPage name={user.name} email={user.email} organisationName={user.organisationName} roles={roles} minLength={PASSWORD_MIN_LENGTH} {...extra} />,
    status,
  )
}

function expiredInvitation(c: Ctx) {
  return page(c, 'Uitnodiging ongeldig', <InvitationUnavailablePage />, 404)
}
