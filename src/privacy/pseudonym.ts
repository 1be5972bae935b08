import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'
import type { Keys } from './keys'

export interface IdentityKey {
  firstName: string
  lastName: string
  /** ISO yyyy-mm-dd */
  dateOfBirth: string
  insz?: string | undefined
}

/**
 * The INSZ when known (it is unique and stable), else last name + first name + date of birth,
 * folded so that "Van den Broeck", "vandenbroeck" and "Van Den Broeck" are one person.
 */
export function canonicalIdentity(identity: IdentityKey): string {
  const insz = identity.insz?.replace(/\D/g, '')
  if (insz && insz.length === 11) return `insz:${insz}`
  return `naam:${fold(identity.lastName)}|${fold(identity.firstName)}|${identity.dateOfBirth}`
}

/** HMAC, not a plain hash: without the key, nobody can test a guessed name against a pseudonym. */
export function pseudonymFor(keys: Keys, identity: IdentityKey): string {
  return encodeHexLowerCase(hmac(SHA256, keys.pseudonym, new TextEncoder().encode(canonicalIdentity(identity))))
}

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-'’.]/g, '')
}
