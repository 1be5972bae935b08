import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { identities, users } from '../../db/schema'
import { revealIdentity, rotateIdentityKeys } from '../../src/cases/identity'
import { generateKeySettings, readKeys } from '../../src/privacy/keys'
import { testApp } from '../support'
import { submitCase } from './support'

describe('vault key rotation', () => {
  it('re-encrypts every identity under the new key, idempotently, and they stay readable', async () => {
    const { client, settled, deps } = await testApp()
    const cookie = await client.login('aanmelder.vb@rots.example')
    const ids = []
    for (let i = 0; i < 3; i++) ids.push((await submitCase(settled, client, cookie)).id)
    const [oldKey] = [...deps.keys.vault.byId.entries()]
    const next = generateKeySettings().VAULT_KEYS.replace('k1:', 'k2:')
    const rotated = readKeys({
      VAULT_KEYS: `k1:${Buffer.from(oldKey?.[1] ?? []).toString('base64')},${next}`,
      VAULT_KEY_ID: 'k2',
      PSEUDONYM_KEY: Buffer.from(deps.keys.pseudonym).toString('base64'),
    })
    if (!rotated.ok) throw new Error('keys')
    const after = { ...deps, keys: rotated.keys }
    expect(await rotateIdentityKeys(after, 2)).toEqual({ rotated: 3 })
    expect(await rotateIdentityKeys(after, 2)).toEqual({ rotated: 0 })
    const rows = await deps.db.select({ keyId: identities.keyId }).from(identities)
    expect(rows.map((r) => r.keyId)).toEqual(['k2', 'k2', 'k2'])
    const [referrer] = await deps.db.select().from(users).where(eq(users.email, 'aanmelder.vb@rots.example'))
    const me = {
      id: referrer?.id ?? '',
      email: '',
      name: '',
      organisationId: referrer?.organisationId ?? '',
      organisationName: '',
      grants: [{ role: 'aanmelder' as const, regionCode: 'VB' }],
    }
    const revealed = await revealIdentity(after, { userId: me.id, ip: 'test' }, me, ids[0] ?? '', 'correctie')
    expect(revealed.ok && revealed.identity.lastName).toBe('El Amrani')
  })
})
