import * as z from 'zod'

// Field schemas carry the user-facing message once; every form reuses them.
export const emailField = z
  .string({ message: 'Vul uw e-mailadres in.' })
  .trim()
  .toLowerCase()
  .min(1, 'Vul uw e-mailadres in.')
  .max(254, 'Dit e-mailadres is te lang.')
  .pipe(z.email({ message: 'Vul een geldig e-mailadres in, bv. naam@organisatie.be.' }))

const passwordField = (message: string) => z.string({ message }).min(1, message).max(1024, 'Dit wachtwoord is te lang.')

export const loginSchema = z.object({
  email: emailField,
  wachtwoord: passwordField('Vul uw wachtwoord in.'),
  volgende: z.string().optional(),
})

export const acceptInvitationSchema = z.object({
  wachtwoord: passwordField('Kies een wachtwoord.'),
  bevestiging: passwordField('Herhaal het wachtwoord.'),
})

export const changePasswordSchema = z
  .object({
    huidig: passwordField('Vul uw huidige wachtwoord in.'),
    nieuw: passwordField('Kies een nieuw wachtwoord.'),
    bevestiging: passwordField('Herhaal het nieuwe wachtwoord.'),
  })
  .refine((v) => v.nieuw === v.bevestiging, { path: ['bevestiging'], message: 'De twee wachtwoorden zijn niet gelijk.' })

/** Only same-site paths: an open redirect after login would be a phishing aid. */
export function safeNext(value: string | undefined): string {
  return value && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : '/'
}
