import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { verifyChain } from '../src/audit/log'
import { openSqlite } from '../src/db-sqlite'
import { generateKeySettings, readKeys } from '../src/privacy/keys'
import { pseudonymFor } from '../src/privacy/pseudonym'
import { open } from '../src/privacy/vault'
import { client, testDeps } from './support'

const TSX = join('node_modules', '.bin', 'tsx')
const KEYS = generateKeySettings()

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(TSX, ['src/cli.ts', ...args], { env: { ...process.env, ...KEYS, ...env }, encoding: 'utf8', timeout: 60_000 })
}

describe('rots user:create', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rots-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('creates the first beheerder of an install and prints a working activation link', async () => {
    const run = cli(['user:create', '--email', 'Eerste@Vlaanderen.example', '--name', 'Eerste Beheerder', '--role', 'beheerder'], {
      DATA_DIR: dir,
      DEMO: 'false',
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('eerste@vlaanderen.example (beheerder in ANT, LIM, OVL, WVL, VB, BRU)')
    const path = /http:\/\/localhost:3000(\/uitnodiging\/\S+)/.exec(run.stdout)?.[1]
    expect(path).toBeDefined()
  })

  it('refuses bad input with the flag names the operator typed', () => {
    const run = cli(['user:create', '--email', 'geen-adres', '--role', 'keizer', '--region', 'XX'], { DATA_DIR: dir, DEMO: 'false' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('--email: Vul een geldig e-mailadres in')
    expect(run.stderr).toContain('--role: Kies een rol.')
    expect(run.stderr).toContain('--region: Kies een regio.')
  })

  it('refuses an e-mail that already has an account', () => {
    const run = cli(['user:create', '--email', 'eerste@vlaanderen.example', '--role', 'beheerder'], { DATA_DIR: dir, DEMO: 'false' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Er bestaat al een account met dit e-mailadres.')
  })

  it('scrub --jsonl runs the app’s detector on stdin without any configuration', () => {
    const input = `${JSON.stringify({ id: 'a', text: 'Yusuf belt 0478 12 34 56.', identity: { firstName: 'Yusuf' } })}\n`
    const run = spawnSync(TSX, ['src/cli.ts', 'scrub', '--jsonl'], { input, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      id: 'a',
      spans: [
        { start: 0, end: 5, kind: 'PERSON' },
        { start: 11, end: 24, kind: 'PHONE' },
      ],
      text: '[PERSOON 1] belt [TELEFOON 1].',
    })
  })

  it('keys:rotate reports what it re-encrypted and can run again', () => {
    const run = cli(['keys:rotate'], { DATA_DIR: dir, DEMO: 'false' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('0 identiteiten opnieuw versleuteld met sleutel k1.')
  })

  it('with --sql writes SQL that bootstraps an empty database (D1), with a valid audit chain and a working link', async () => {
    const sqlFile = join(dir, 'eerste-beheerder.sql')
    const run = cli(['user:create', '--email', 'd1@vlaanderen.example', '--role', 'beheerder', '--region', 'VB', '--sql', sqlFile], {
      DATA_DIR: join(dir, 'scratch'),
      VAULT_KEYS: '',
      PSEUDONYM_KEY: '',
      DEMO: 'false',
      PUBLIC_URL: 'https://rots.example.be',
    })
    expect(run.status, run.stderr).toBe(0)
    const path = /https:\/\/rots\.example\.be(\/uitnodiging\/\S+)/.exec(run.stdout)?.[1] ?? ''

    const { deps } = await testDeps({}, { demo: false })
    const target = openSqlite(join(dir, 'leeg.db'))
    target.client.exec(readFileSync(sqlFile, 'utf8'))
    const app = createApp({ ...deps, db: target.db }, { clientIp: () => '192.0.2.1' })
    expect(await verifyChain(target.db)).toMatchObject({ ok: true })
    const accepted = await client(app).post(path, { wachtwoord: 'zonnige-kustroute-naar-oostende', bevestiging: 'zonnige-kustroute-naar-oostende' })
    expect(accepted.status).toBe(303)
    target.close()
  })
})

describe('rots seed --demo --cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rots-history-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses a count that is not a positive whole number, in Dutch', () => {
    for (const bad of [['0'], ['-5'], ['1.5']]) {
      const run = cli(['seed', '--demo', '--cases', ...bad], { DATA_DIR: dir, DEMO: 'true' })
      expect(run.status).toBe(1)
      expect(run.stderr).toContain('--cases: geef een positief geheel getal')
    }
  }, 60_000)

  it('adds a history with every region and status, consistent references and waiting times, once', async () => {
    const demo = cli(['seed', '--demo'], { DATA_DIR: dir, DEMO: 'true' })
    expect(demo.status, demo.stderr).toBe(0)
    const before = openSqlite(join(dir, 'rots.db'))
    const demoCases = (before.client.prepare('select id from cases').all() as { id: string }[]).map((c) => `'${c.id}'`).join(', ')
    before.close()

    const run = cli(['seed', '--demo', '--cases', '300'], { DATA_DIR: dir, DEMO: 'true' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Synthetische geschiedenis: 300 casussen/)

    const { client: raw, close } = openSqlite(join(dir, 'rots.db'))
    const all = <T>(query: string) => raw.prepare(query).all() as T[]
    const one = <T>(query: string) => raw.prepare(query).get() as T
    const history = `from cases where cases.id not in (${demoCases || "''"})`
    expect(one<{ n: number }>(`select count(*) as n ${history}`).n).toBe(300)
    expect(
      all<{ r: string }>(`select distinct region_code as r ${history}`)
        .map((x) => x.r)
        .sort(),
    ).toEqual(['ANT', 'BRU', 'LIM', 'OVL', 'VB', 'WVL'])
    expect(
      all<{ s: string }>(`select distinct status as s ${history}`)
        .map((x) => x.s)
        .sort(),
    ).toEqual(['aangemeld', 'aanvaard', 'afgesloten', 'besproken', 'doorverwezen', 'info_gevraagd', 'ingepland', 'ingetrokken', 'opvolging'].sort())
    // a few cases may not be used in statistics; they are there, and not the majority
    const noStats = one<{ n: number }>(`select count(*) as n ${history} and not cases.stats_consent`).n
    expect(noStats).toBeGreaterThan(0)
    expect(noStats).toBeLessThan(60)
    const refs = all<{ reference: string; region: string; year: number; seq: number }>(
      'select reference, region_code as region, ref_year as year, ref_seq as seq from cases',
    )
    expect(new Set(refs.map((r) => r.reference)).size).toBe(refs.length)
    for (const r of refs) expect(r.reference).toBe(`ROTS-${r.region}-${r.year}-${String(r.seq).padStart(4, '0')}`)
    expect(one<{ n: number }>('select count(*) as n from consults k join cases c on c.id = k.case_id where k.recorded_at <= c.submitted_at').n).toBe(0)
    expect(one<{ n: number }>("select count(*) as n from cases where status = 'afgesloten' and (closed_at is null or closure_reason is null)").n).toBe(0)
    expect(
      all<{ s: string }>('select distinct status as s from actions')
        .map((x) => x.s)
        .sort(),
    ).toEqual(['niet_mogelijk', 'niet_uitgevoerd_partner', 'open', 'uitgevoerd'])
    // free text reads like scrubbed text: placeholders, no names
    expect(one<{ n: number }>("select count(*) as n from cases where deadlock like '%[PERSOON 1]%'").n).toBeGreaterThan(0)

    // the vault holds a sealed identity the app itself can open, matching the pseudonym
    const sealed = one<{ id: string; pseudonym: string; keyId: string; iv: string; ciphertext: string }>(
      `select cases.id, cases.pseudonym, i.key_id as keyId, i.iv, i.ciphertext ${history.replace('from cases', 'from cases join identities i on i.case_id = cases.id')} limit 1`,
    )
    const keys = readKeys(KEYS)
    if (!keys.ok) throw new Error('test keys')
    const identity = JSON.parse(await open(keys.keys, sealed, `identity:${sealed.id}`))
    expect(identity).toMatchObject({ firstName: 'Jongere' })
    expect(pseudonymFor(keys.keys, identity)).toBe(sealed.pseudonym)
    close()

    const again = cli(['seed', '--demo', '--cases', '300'], { DATA_DIR: dir, DEMO: 'true' })
    expect(again.status, again.stderr).toBe(0)
    expect(again.stdout).toContain('Er is al een synthetische geschiedenis: niets toegevoegd.')
  }, 120_000)
})
