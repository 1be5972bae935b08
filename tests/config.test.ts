import { describe, expect, it } from 'vitest'
import { readConfig } from '../src/config'
import { generateKeySettings, readKeys } from '../src/privacy/keys'

describe('configuration', () => {
  it('defaults to demo mode on port 3000 with the database under data/', () => {
    const result = readConfig({})
    expect(result).toMatchObject({
      ok: true,
      config: { demo: true, production: false, port: 3000, databasePath: 'data/rots.db', publicUrl: 'http://localhost:3000' },
    })
  })

  it('in production requires PUBLIC_URL and forbids demo mode', () => {
    const result = readConfig({ NODE_ENV: 'production', DEMO: 'true' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual(['PUBLIC_URL ontbreekt (verplicht in productie)', 'DEMO=true is niet toegestaan in productie'])
    expect(readConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://rots.example.be' })).toMatchObject({ ok: true, config: { demo: false } })
  })

  it('says which setting is wrong', () => {
    const result = readConfig({ PORT: 'drieduizend' })
    expect(!result.ok && result.errors[0]).toMatch(/^PORT: /)
  })
})

describe('keys', () => {
  it('names every missing key', () => {
    expect(readKeys({})).toEqual({ ok: false, missing: ['VAULT_KEYS', 'PSEUDONYM_KEY'], invalid: [] })
  })

  it('refuses keys that are not 32 bytes and an unknown current key id', () => {
    const good = generateKeySettings()
    expect(readKeys({ ...good, PSEUDONYM_KEY: 'dGUga29ydA==' })).toMatchObject({ ok: false, invalid: ['PSEUDONYM_KEY'] })
    expect(readKeys({ ...good, VAULT_KEY_ID: 'k9' })).toMatchObject({ ok: false, invalid: ['VAULT_KEY_ID'] })
  })

  it('reads several vault keys for rotation; the last one is current unless VAULT_KEY_ID says otherwise', () => {
    const a = generateKeySettings()
    const b = generateKeySettings()
    const both = `${a.VAULT_KEYS},${b.VAULT_KEYS.replace('k1:', 'k2:')}`
    const result = readKeys({ VAULT_KEYS: both, PSEUDONYM_KEY: a.PSEUDONYM_KEY })
    expect(result.ok && result.keys.vault.currentId).toBe('k2')
    expect(result.ok && [...result.keys.vault.byId.keys()]).toEqual(['k1', 'k2'])
  })
})
