import { Hono } from 'hono'
import type { AppEnv } from '../env'

export const followUpRoutes = new Hono<AppEnv>()
