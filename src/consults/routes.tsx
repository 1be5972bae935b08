import { Hono } from 'hono'
import type { AppEnv } from '../env'

export const consultRoutes = new Hono<AppEnv>()
