import { Hono } from 'hono'
import type { AppEnv } from '../env'

export const memberRoutes = new Hono<AppEnv>()
