import type { AuthUser } from './auth/access'
import type { Session } from './auth/sessions'
import type { Deps } from './deps'

/** The Hono environment every route sees: injected deps plus what middleware learned. */
export interface AppEnv {
  Variables: {
    deps: Deps
    user: AuthUser | null
    session: Session | null
    ip: string
    requestId: string
  }
}
