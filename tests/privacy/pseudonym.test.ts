import { describe, expect, it } from 'vitest'
import { generateKeySettings, type Keys, readKeys } from '../../src/privacy/keys'
import { canonicalIdentity, pseudonymFor } from '../../src/privacy/pseudonym'

function keys(): Keys {
  const result = readKeys(generateKeySettings())
  if (!result.ok) throw new Error('keys')
  return result.keys
}

describe('pseudonym', () => {
  const k = keys()
  const base = { firstName: 'Zoë', lastName: 'Van den Broeck', dateOfBirth: '2010-03-14' }

  it('matches spelling variants that normalisation covers (case, accents, spaces, hyphens, apostrophes)', () => {
    const variants = [
      { ...base, firstName: 'zoe', lastName: 'vandenbroeck' },
      { ...base, firstName: 'ZOË', lastName: 'Van Den Broeck' },
      { ...base, lastName: 'Van-den-Broeck' },
      { ...base, lastName: ' van den broeck ' },
    ]
    for (const v of variants) expect(pseudonymFor(k, v)).toBe(pseudonymFor(k, base))
  })

  it('tells different people apart (other birth date, other name)', () => {
    expect(pseudonymFor(k, { ...base, dateOfBirth: '2010-03-15' })).not.toBe(pseudonymFor(k, base))
    expect(pseudonymFor(k, { ...base, firstName: 'Zoey' })).not.toBe(pseudonymFor(k, base))
  })

  it('prefers the INSZ when known, punctuated or not', () => {
    const a = pseudonymFor(k, { ...base, insz: '10.03.14-123.45' })
    const b = pseudonymFor(k, { firstName: 'Andere', lastName: 'Spelling', dateOfBirth: '2010-03-14', insz: '10031412345' })
    expect(a).toBe(b)
    expect(canonicalIdentity({ ...base, insz: '10.03.14-123.45' })).toBe('insz:10031412345')
  })

  it('depends on the key: another install cannot link its pseudonyms to ours', () => {
    expect(pseudonymFor(keys(), base)).not.toBe(pseudonymFor(k, base))
  })

  it('is a 64-character hex HMAC that does not contain the name', () => {
    const p = pseudonymFor(k, base)
    expect(p).toMatch(/^[0-9a-f]{64}$/)
  })
})
