import { decodeBase64, encodeBase64 } from '@oslojs/encoding'

/**
 * Key material from configuration. Vault keys carry an id that is stored with every
 * ciphertext, so a new key can become current while old ciphertexts stay readable.
 */
export interface Keys {
  vault: { currentId: string; byId: ReadonlyMap<string, Uint8Array> }
  pseudonym: Uint8Array
}

export const KEY_SETTINGS = ['VAULT_KEYS', 'PSEUDONYM_KEY'] as const

export type KeysResult = { ok: true; keys: Keys } | { ok: false; missing: string[]; invalid: string[] }

/** `VAULT_KEYS` is `id:base64,id:base64`; `VAULT_KEY_ID` picks the current one (default: the last). */
export function readKeys(env: Record<string, string | undefined>): KeysResult {
  const missing = KEY_SETTINGS.filter((name) => !env[name])
  const invalid: string[] = []
  const byId = new Map<string, Uint8Array>()
  for (const part of (env.VAULT_KEYS ?? '').split(',').filter(Boolean)) {
    const [id, material] = part.split(':')
    const key = id && material ? decode32(material) : undefined
    if (!id || !/^[a-z0-9_-]{1,32}$/i.test(id) || !key) invalid.push('VAULT_KEYS')
    else byId.set(id, key)
  }
  const pseudonym = env.PSEUDONYM_KEY ? decode32(env.PSEUDONYM_KEY) : undefined
  if (env.PSEUDONYM_KEY && !pseudonym) invalid.push('PSEUDONYM_KEY')
  const currentId = env.VAULT_KEY_ID ?? [...byId.keys()].at(-1)
  if (env.VAULT_KEY_ID && !byId.has(env.VAULT_KEY_ID)) invalid.push('VAULT_KEY_ID')
  if (missing.length > 0 || invalid.length > 0 || !pseudonym || !currentId) {
    return { ok: false, missing: [...missing], invalid: [...new Set(invalid)] }
  }
  return { ok: true, keys: { vault: { currentId, byId }, pseudonym } }
}

/** Fresh key settings for a demo install (never used in production). */
export function generateKeySettings(): Record<(typeof KEY_SETTINGS)[number] | 'VAULT_KEY_ID', string> {
  const random = () => encodeBase64(crypto.getRandomValues(new Uint8Array(32)))
  return { VAULT_KEYS: `k1:${random()}`, VAULT_KEY_ID: 'k1', PSEUDONYM_KEY: random() }
}

function decode32(value: string): Uint8Array | undefined {
  try {
    const bytes = decodeBase64(value.trim())
    return bytes.length === 32 ? bytes : undefined
  } catch {
    return undefined
  }
}
