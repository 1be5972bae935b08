import { decodeBase64, encodeBase64 } from '@oslojs/encoding'
import type { Keys } from './keys'

/**
 * AES-256-GCM through Web Crypto, so the same code seals on Node and in Workers. The key id
 * travels with the ciphertext: after a rotation, old rows stay readable until re-encrypted.
 * The associated data binds a ciphertext to its row, so it cannot be copied onto another case.
 */
export interface Sealed {
  keyId: string
  iv: string
  ciphertext: string
}

const IV_BYTES = 12

export async function seal(keys: Keys, plaintext: string, associatedData: string): Promise<Sealed> {
  const keyId = keys.vault.currentId
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const key = await importKey(keys, keyId)
  const data = new TextEncoder().encode(plaintext)
  const encrypted = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(associatedData) }, key, data)
  return { keyId, iv: encodeBase64(iv), ciphertext: encodeBase64(new Uint8Array(encrypted)) }
}

/** Throws when the key is unknown or the ciphertext, iv or associated data were altered. */
export async function open(keys: Keys, sealed: Sealed, associatedData: string): Promise<string> {
  const key = await importKey(keys, sealed.keyId)
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: new Uint8Array(decodeBase64(sealed.iv)), additionalData: new TextEncoder().encode(associatedData) },
    key,
    new Uint8Array(decodeBase64(sealed.ciphertext)),
  )
  return new TextDecoder().decode(plain)
}

function importKey(keys: Keys, keyId: string): Promise<CryptoKey> {
  const raw = keys.vault.byId.get(keyId)
  if (!raw) throw new Error(`vault key ${keyId} is not configured`)
  return crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, ['encrypt', 'decrypt'])
}
