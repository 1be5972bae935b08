import { scrypt as scryptCallback, timingSafeEqual } from 'node:crypto'
import { decodeBase64, encodeBase64 } from '@oslojs/encoding'
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as nlBe from '@zxcvbn-ts/language-nl-be'

/**
 * scrypt with one of OWASP's equivalent parameter sets (N=2^14, r=8, p=5: 16 MiB). The
 * 128 MiB set would not fit a Workers isolate; node:crypto's scrypt is native on Node and
 * provided by workerd's nodejs_compat, so one hash format serves both runtimes.
 */
const PARAMS = { N: 2 ** 14, r: 8, p: 5 } as const
const KEY_LENGTH = 32
const MAX_MEMORY = 64 * 1024 * 1024

export const PASSWORD_MIN_LENGTH = 15
export const PASSWORD_MAX_LENGTH = 128
// zxcvbn's top score (≥ 10^10 guesses): a leaked hash of a minor's caseworker must resist an offline attack
const MIN_SCORE = 4

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const key = await derive(normalise(password), salt, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, encodeBase64(salt), encodeBase64(key)].join('$')
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const [scheme, n, r, p, salt, expected] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !expected) return false
  const key = await derive(normalise(password), decodeBase64(salt), { N: Number(n), r: Number(r), p: Number(p) })
  const wanted = decodeBase64(expected)
  return wanted.length === key.length && timingSafeEqual(wanted, key)
}

/**
 * A valid hash of a random password that was discarded: verifying against it costs as much as
 * a real check. A constant, not computed at import: Workers forbid random values at module
 * scope (the deploy fails to start), and it only stands in where no account hash exists, so
 * its password is never compared against anything that grants access.
 */
export const UNUSABLE_HASH = 'scrypt$16384$8$5$7bMRSOMv+zOLyVkhumOuhA==$pFuntCh06438tsgxCT32Y4TWkWrlZ1E9FMb9Yf2gTqM='

export type PolicyResult = { ok: true } | { ok: false; message: string }

/**
 * NIST SP 800-63B rev. 4: length (at least 15 for a password that is the only factor), no
 * composition rules, and a check against common and guessable passwords, here Dutch and
 * Belgian ones (names, words) plus the user's own name and e-mail.
 */
export function checkPasswordPolicy(password: string, userInputs: string[] = []): PolicyResult {
  const value = normalise(password)
  if (value.length < PASSWORD_MIN_LENGTH)
    return { ok: false, message: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van enkele woorden werkt goed.` }
  if (value.length > PASSWORD_MAX_LENGTH) return { ok: false, message: `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.` }
  const inputs = userInputs.flatMap((v) => v.toLowerCase().split(/[\s@._-]+/)).filter((v) => v.length >= 3)
  const result = strength().check(value, inputs)
  if (result.score >= MIN_SCORE) return { ok: true }
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ')
  return { ok: false, message: `Dit wachtwoord is te makkelijk te raden. ${hint}`.trim() }
}

let checker: ZxcvbnFactory | undefined
function strength(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...nlBe.dictionary },
    graphs: common.adjacencyGraphs,
    translations: nlBe.translations,
  })
  return checker
}

// NIST asks to normalise Unicode so that the same typed password always hashes the same.
function normalise(password: string): string {
  return password.normalize('NFKC')
}

function derive(password: string, salt: Uint8Array, params: { N: number; r: number; p: number }): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, KEY_LENGTH, { ...params, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(new Uint8Array(key)))),
  )
}
