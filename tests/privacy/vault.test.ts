import { describe, expect, it } from 'vitest'
import { generateKeySettings, type Keys, readKeys } from '../../src/privacy/keys'
import { open, seal } from '../../src/privacy/vault'

function keys(settings = generateKeySettings()): Keys {
  const result = readKeys(settings)
  if (!result.ok) throw new Error('keys')
  return result.keys
}

describe('vault', () => {
  it('seals with the current key id and opens again', async () => {
    const k = keys()
    const sealed = await seal(k, '{"firstName":"Yusuf"}', 'case:1')
    expect(sealed.keyId).toBe('k1')
    expect(sealed.ciphertext).not.toContain('Yusuf')
    expect(await open(k, sealed, 'case:1')).toBe('{"firstName":"Yusuf"}')
  })

  it('uses a fresh IV every time', async () => {
    const k = keys()
    const a = await seal(k, 'zelfde', 'case:1')
    const b = await seal(k, 'zelfde', 'case:1')
    expect(a.iv).not.toBe(b.iv)
    expect(a.ciphertext).not.toBe(b.ciphertext)
  })

  it('refuses a ciphertext moved to another case, or altered', async () => {
    const k = keys()
    const sealed = await seal(k, 'geheim', 'case:1')
    await expect(open(k, sealed, 'case:2')).rejects.toThrow()
    const flipped = { ...sealed, ciphertext: `${sealed.ciphertext.slice(0, -4)}AAA=` }
    await expect(open(k, flipped, 'case:1')).rejects.toThrow()
  })

  it('reads old ciphertexts after a rotation and seals new ones under the new key', async () => {
    const before = generateKeySettings()
    const old = keys(before)
    const sealed = await seal(old, 'geheim', 'case:1')
    const next = generateKeySettings().VAULT_KEYS.replace('k1:', 'k2:')
    const rotated = keys({ ...before, VAULT_KEYS: `${before.VAULT_KEYS},${next}`, VAULT_KEY_ID: 'k2' })
    expect(await open(rotated, sealed, 'case:1')).toBe('geheim')
    expect((await seal(rotated, 'nieuw', 'case:1')).keyId).toBe('k2')
  })

  it('fails clearly when the key of a ciphertext is no longer configured', async () => {
    const sealed = await seal(keys(), 'geheim', 'case:1')
    await expect(open(keys(), { ...sealed, keyId: 'k7' }, 'case:1')).rejects.toThrow('vault key k7 is not configured')
  })
})
