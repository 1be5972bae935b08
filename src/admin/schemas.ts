import * as z from 'zod'
import { emailField } from '../auth/schemas'
import { ADDRESSEES, codes, REGION_CODES, ROLES, SECTOR_CODES } from '../lists'

const name = (what: string) =>
  z
    .string({ message: `Vul ${what} in.` })
    .trim()
    .min(2, `Vul ${what} in (minstens 2 tekens).`)
    .max(120, `${what[0]?.toUpperCase()}${what.slice(1)} mag hoogstens 120 tekens lang zijn.`)

export const roleField = z.enum(ROLES, { message: 'Kies een rol.' })
export const regionField = z.enum(REGION_CODES, { message: 'Kies een regio.' })

export const organisationSchema = z.object({
  naam: name('de naam van de organisatie'),
  sector: z.enum(SECTOR_CODES, { message: 'Kies een sector.' }),
  regio: z.union([z.literal('').transform(() => null), regionField]).default(null),
  // the administration whose signals the organisation's analists read and answer
  bestuur: z
    .union([z.literal(''), z.enum(codes(ADDRESSEES))], { error: 'Kies een bestuur uit de lijst.' })
    .default('')
    .transform((v) => v || null),
})
export type OrganisationInput = z.infer<typeof organisationSchema>

export const inviteSchema = z.object({
  naam: name('de naam'),
  email: emailField,
  organisatie: z.string({ message: 'Kies een organisatie.' }).min(1, 'Kies een organisatie.'),
  rol: roleField,
  regio: regionField,
})
export type InviteInput = z.infer<typeof inviteSchema>

export const grantSchema = z.object({ rol: roleField, regio: regionField })
export type GrantInput = z.infer<typeof grantSchema>
