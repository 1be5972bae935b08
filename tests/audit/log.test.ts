import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { asc } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../../db/schema'
import { audit, verifyChain } from '../../src/audit/log'
import { openSqlite } from '../../src/db-sqlite'
import { testDeps } from '../support'

const actor = { userId: null, ip: '192.0.2.7' }

describe('audit log', () => {
  it('chains every entry to the previous one and verifies', async () => {
    const { deps } = await testDeps({}, { demo: false })
    for (let i = 0; i < 5; i++) await audit(deps, actor, { action: 'test.actie', details: { i } })
    const rows = await deps.db.select().from(auditLog).orderBy(asc(auditLog.seq))
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash)
    expect(await verifyChain(deps.db)).toEqual({ ok: true, entries: 5 })
  })

  it('keeps a gap-free chain when many writers append at once', async () => {
    const { deps } = await testDeps({}, { demo: false })
    await Promise.all(Array.from({ length: 25 }, (_, i) => audit(deps, actor, { action: 'gelijktijdig', details: { i } })))
    expect(await verifyChain(deps.db)).toEqual({ ok: true, entries: 25 })
  })

  it('settles races between two processes writing the same file (seq collision, retry)', async () => {
    const { deps, dir } = await testDeps({}, { demo: false })
    const other = openSqlite(join(dir, 'rots.db'))
    const otherDeps = { db: other.db, clock: deps.clock }
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => [
        audit(deps, actor, { action: 'a', details: { i } }),
        audit(otherDeps, actor, { action: 'b', details: { i } }),
      ]).flat(),
    )
    other.close()
    expect(await verifyChain(deps.db)).toEqual({ ok: true, entries: 16 })
  })

  it('refuses UPDATE and DELETE in the database itself', async () => {
    const { deps, dir } = await testDeps({}, { demo: false })
    await audit(deps, actor, { action: 'test' })
    const raw = new Database(join(dir, 'rots.db'))
    expect(() => raw.prepare("update audit_log set action = 'x'").run()).toThrow(/append-only/)
    expect(() => raw.prepare('delete from audit_log').run()).toThrow(/append-only/)
    raw.close()
  })

  it('detects an edited entry, a removed entry and a rewritten hash', async () => {
    const { deps, dir } = await testDeps({}, { demo: false })
    for (let i = 0; i < 4; i++) await audit(deps, actor, { action: 'test', details: { i } })
    const raw = new Database(join(dir, 'rots.db'))
    // someone with raw file access first has to remove the guard: that is the attack we detect
    raw.exec('drop trigger audit_log_no_update; drop trigger audit_log_no_delete')
    raw.prepare('update audit_log set details = \'{"i":99}\' where seq = 2').run()
    expect(await verifyChain(deps.db)).toMatchObject({ ok: false, seq: 2, reason: 'inhoud komt niet overeen met de hash' })

    raw.prepare('update audit_log set details = \'{"i":1}\' where seq = 2').run()
    expect(await verifyChain(deps.db)).toEqual({ ok: true, entries: 4 })

    raw.prepare('delete from audit_log where seq = 3').run()
    expect(await verifyChain(deps.db)).toMatchObject({ ok: false, seq: 4, reason: 'volgnummer 3 ontbreekt' })
    raw.close()
  })

  it('detects a forged entry whose own hash was recomputed but whose successor still points at the original', async () => {
    const { deps, dir } = await testDeps({}, { demo: false })
    for (let i = 0; i < 3; i++) await audit(deps, actor, { action: 'test', details: { i } })
    const raw = new Database(join(dir, 'rots.db'))
    raw.exec('drop trigger audit_log_no_update')
    raw.prepare(`update audit_log set hash = '${'f'.repeat(64)}' where seq = 2`).run()
    const result = await verifyChain(deps.db)
    expect(result.ok).toBe(false)
    expect(result).toMatchObject({ seq: 2 })
    raw.close()
  })

  it('`rots audit:verify` exits 0 on an intact chain and 1 with the broken entry after tampering', async () => {
    const { deps, dir } = await testDeps({}, { demo: false })
    for (let i = 0; i < 3; i++) await audit(deps, actor, { action: 'test', details: { i } })
    const run = () =>
      spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli.ts', 'audit:verify'], {
        env: { ...process.env, DATA_DIR: dir, NODE_ENV: 'test', DEMO: 'true' },
        encoding: 'utf8',
      })
    const ok = run()
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stdout).toContain('Auditlog intact')

    const raw = new Database(join(dir, 'rots.db'))
    raw.exec('drop trigger audit_log_no_update')
    raw.prepare("update audit_log set action = 'verborgen' where seq = 2").run()
    raw.close()
    const broken = run()
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain('VERBROKEN bij registratie 2')
  })
})
