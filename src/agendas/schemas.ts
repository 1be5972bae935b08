import * as z from 'zod'
import { REGION_CODES } from '../lists'

const id = (message: string) => z.string({ message }).trim().min(1, message).max(64, message)

export const regionSchema = z.enum(REGION_CODES, { message: 'Kies een regio.' })

export const proposalSchema = z.object({
  regio: regionSchema,
  voorstel: z.string().trim().max(64).optional(),
})

export const addSchema = z.object({ casus: id('Kies een casus uit de wachtrij.') })
export const moveSchema = z.object({ naar: id('Kies de zitting waar de casus naartoe gaat.') })
export const orderSchema = z.object({ richting: z.enum(['op', 'neer'], { message: 'Kies eerder of later.' }) })
export const guestSchema = z.object({ gast: id('Kies wie u uitnodigt.') })
