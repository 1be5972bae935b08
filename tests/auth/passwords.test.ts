import { describe, expect, it } from 'vitest'
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../src/auth/passwords'

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('zonnige-kustroute-naar-oostende')
    expect(hash).toMatch(/^scrypt\$16384\$8\$5\$/)
    expect(await verifyPassword(hash, 'zonnige-kustroute-naar-oostende')).toBe(true)
    expect(await verifyPassword(hash, 'zonnige-kustroute-naar-oostende!')).toBe(false)
  })

  it('salts every hash', async () => {
    expect(await hashPassword('zelfde-wachtwoord-twee-keer')).not.toBe(await hashPassword('zelfde-wachtwoord-twee-keer'))
  })

  it('treats Unicode-equivalent spellings as the same password (NFKC)', async () => {
    const hash = await hashPassword('café-aan-de-schelde-om-acht')
    expect(await verifyPassword(hash, 'cafe\u0301-aan-de-schelde-om-acht')).toBe(true)
  })

  it('refuses malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('bcrypt$abc', 'x')).toBe(false)
    expect(await verifyPassword('', 'x')).toBe(false)
  })
})

describe('password policy (NIST 800-63B)', () => {
  it('asks for at least 15 characters', () => {
    const result = checkPasswordPolicy('Kort-maar-x1!')
    expect(result).toMatchObject({ ok: false })
    expect(!result.ok && result.message).toContain('minstens 15 tekens')
  })

  it('refuses common Dutch words and Belgian names even when long enough', () => {
    expect(checkPasswordPolicy('wachtwoord123456').ok).toBe(false)
    expect(checkPasswordPolicy('janssenspeeters2010').ok).toBe(false)
  })

  it("refuses a password built from the user's own name and e-mail", () => {
    const result = checkPasswordPolicy('veerlevandamme2026', ['veerle.vandamme@clb.example', 'Veerle Vandamme'])
    expect(result.ok).toBe(false)
  })

  it('accepts a long passphrase without composition rules', () => {
    expect(checkPasswordPolicy('zonnige kustroute naar oostende')).toEqual({ ok: true })
  })

  it('refuses more than 128 characters', () => {
    expect(checkPasswordPolicy('a-'.repeat(70)).ok).toBe(false)
  })
})
