import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { verifyChain } from '../src/audit/log'
import { openSqlite } from '../src/db-sqlite'
import { generateKeySettings } from '../src/privacy/keys'
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
