import { Hono } from 'hono'
import type { AppEnv } from '../env'

export const planningRoutes = new Hono<AppEnv>()
