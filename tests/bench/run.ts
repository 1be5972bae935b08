import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { DEMO_PASSWORD, seedDemo, seedDemoOffers, seedDemoTables, seedReference } from '../../db/seed'
import { seedDemoCases } from '../../db/seed-cases'
import { seedHistory } from '../../db/seed-history'
import { readConfig } from '../../src/config'
import { nodeDeps } from '../../src/node-runtime'

// `npm run bench`: the targets of DESIGN.md "Targets that are measured", in one run. Seeds (or
// reuses) a database with a synthetic history, starts a bare Hono route (the ceiling), the
// hand-written minimal pages (the floor) and the real app in a child process, and measures each
// with autocannon from here. It prints figures; it asserts nothing.

const ROOT = join(import.meta.dirname, '..', '..')
const CONNECTIONS = 50

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    duur: { type: 'string', default: '8' },
    opwarmen: { type: 'string', default: '2' },
    vers: { type: 'boolean', default: false },
  },
})
const cases = Number(args.cases)
const duration = Number(args.duur)
const warmUp = Number(args.opwarmen)
if (!Number.isSafeInteger(cases) || cases < 1 || !(duration > 0) || !(warmUp >= 0)) {
  console.error('Gebruik: npm run bench -- [--cases N] [--duur SECONDEN] [--opwarmen SECONDEN] [--vers]')
  process.exit(2)
}

interface SeedInfo {
  cases: number
  historyMs: number
  demoMs: number
  seededAt: string
}

/**
 * A seeded database is reused while the schema, the migrations and the seeders stay the same:
 * seeding is the slowest part of a run and says nothing about the pages.
 */
async function seededDatabase(): Promise<{ dir: string; info: SeedInfo; cached: boolean }> {
  const hash = createHash('sha256').update(String(cases))
  for (const file of ['db/schema.ts', 'db/seed.ts', 'db/seed-cases.ts', 'db/seed-history.ts']) hash.update(readFileSync(join(ROOT, file)))
  const migrations = join(ROOT, 'db', 'migrations')
  for (const file of readdirSync(migrations, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())) {
    hash.update(file.name).update(readFileSync(join(file.parentPath, file.name)))
  }
  const dir = join(tmpdir(), `rots-bench-${hash.digest('hex').slice(0, 16)}`)
  const infoFile = join(dir, 'seed.json')
  if (!args.vers && existsSync(infoFile)) return { dir, info: JSON.parse(readFileSync(infoFile, 'utf8')) as SeedInfo, cached: true }

  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const parsed = readConfig({ DATA_DIR: dir, DEMO: 'true', PUBLIC_URL: 'http://localhost' })
  if (!parsed.ok) throw new Error(parsed.errors.join('; '))
  const runtime = nodeDeps(parsed.config, {})
  if (!runtime.ok) throw new Error(runtime.errors.join('; '))
  const { deps, client, close } = runtime
  const started = performance.now()
  await seedReference(deps.db)
  await seedDemoOffers(deps.db, deps.clock.now())
  await seedDemo(deps.db)
  await seedDemoTables(deps.db, deps.clock.now())
  await seedDemoCases(deps)
  const demoMs = Math.round(performance.now() - started)
  process.stdout.write(`Synthetische geschiedenis van ${cases} casussen zaaien… `)
  const history = await seedHistory(deps, { cases, now: deps.clock.now() })
  if (!history) throw new Error('the fresh database already held a history')
  console.log(`${(history.ms / 1000).toFixed(1)} s`)
  // fold the write-ahead log into the file, so one file is the whole database to copy
  client.pragma('wal_checkpoint(TRUNCATE)')
  close()
  const info: SeedInfo = { cases, historyMs: history.ms, demoMs, seededAt: new Date().toISOString() }
  writeFileSync(infoFile, JSON.stringify(info))
  return { dir, info, cached: false }
}

function startServers(dataDir: string): Promise<{ child: ChildProcess; ports: { bare: number; minimal: number; real: number } }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'bench', 'servers.ts'), dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  process.on('exit', () => child.kill())
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`servers stopped (${code})`)))
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (line.startsWith('BENCH_READY ')) resolve({ child, ports: JSON.parse(line.slice('BENCH_READY '.length)) })
    })
  })
}

async function login(base: string): Promise<string> {
  const response = await fetch(`${base}/aanmelden`, {
    method: 'POST',
    redirect: 'manual',
    // the app's CSRF check wants a form post from its own origin
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: base },
    body: new URLSearchParams({ email: 'coordinator.vb@rots.example', wachtwoord: DEMO_PASSWORD }),
  })
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('rots_sessie='))
  if (response.status !== 303 || !cookie) throw new Error(`login failed: HTTP ${response.status}`)
  return cookie
}

interface Target {
  name: string
  url: string
  cookie?: string
  /** The minimal page this real page is compared with. */
  floor?: string
  /** Still being built: a 404 prints n.v.t. instead of failing the run. */
  optional?: boolean
}

interface Measured {
  name: string
  rps: number
  p50: number
  p99: number
  problem?: string
}

async function measure(target: Target): Promise<Measured> {
  const headers = target.cookie ? { cookie: target.cookie } : undefined
  const probe = await fetch(target.url, { headers, redirect: 'manual' })
  await probe.arrayBuffer()
  if (probe.status !== 200) {
    const problem = target.optional && probe.status === 404 ? 'n.v.t.' : `HTTP ${probe.status}`
    return { name: target.name, rps: Number.NaN, p50: Number.NaN, p99: Number.NaN, problem }
  }
  // One run on the same 50 connections; only what answers after the warm-up counts. A fresh set of
  // connections hitting a saturated server makes some wait seconds for their first answer (plain
  // node:http does the same): that is admission, not the page, and would be all a p99 shows.
  const latencies: number[] = []
  let failed = 0
  let from = 0
  let until = 0
  const run = autocannon({ url: target.url, connections: CONNECTIONS, duration: warmUp + duration, headers })
  const started = performance.now()
  run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    const now = performance.now()
    if (now - started < warmUp * 1000) return
    if (from === 0) from = now
    until = now
    latencies.push(ms)
    if (status < 200 || status > 299) failed++
  })
  const result = await run
  failed += result.errors + result.timeouts
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN
  return {
    name: target.name,
    rps: latencies.length / ((until - from) / 1000),
    p50: at(0.5),
    p99: at(0.99),
    ...(failed > 0 ? { problem: `${failed} mislukt` } : {}),
  }
}

const { dir: seeded, info, cached } = await seededDatabase()
const runDir = mkdtempSync(join(tmpdir(), 'rots-bench-run-'))
// the run writes (its session, the audit log): the cached database stays as it was seeded
for (const file of ['rots.db', 'keys.json']) copyFileSync(join(seeded, file), join(runDir, file))

const probe = new Database(join(runDir, 'rots.db'), { readonly: true })
// a case from the VB inbox, with a question-and-answer thread if there is one: the fuller file
const caseId = (
  probe
    .prepare(
      `select id from cases c where region_code = 'VB' and status = 'aangemeld'
       order by exists (select 1 from case_messages m where m.case_id = c.id) desc, submitted_at desc limit 1`,
    )
    .get() as { id: string } | undefined
)?.id
probe.close()
if (!caseId) throw new Error('no VB case in the inbox')
const now = new Date()
const schoolYear = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1

const { child, ports } = await startServers(runDir)
const base = (port: number) => `http://127.0.0.1:${port}`
const cookie = await login(base(ports.real))

const targets: Target[] = [
  { name: 'Hono, kale route (plafond)', url: `${base(ports.bare)}/` },
  { name: 'minimaal: inbox', url: `${base(ports.minimal)}/inbox?regio=VB` },
  { name: 'minimaal: dossier', url: `${base(ports.minimal)}/casus/${caseId}` },
  { name: 'minimaal: dashboard', url: `${base(ports.minimal)}/dashboard?regio=VB&schooljaar=${schoolYear}` },
  { name: 'app: aanmeldpagina', url: `${base(ports.real)}/aanmelden` },
  { name: 'app: triage-inbox', url: `${base(ports.real)}/triage`, cookie, floor: 'minimaal: inbox' },
  { name: 'app: dossier', url: `${base(ports.real)}/casussen/${caseId}`, cookie, floor: 'minimaal: dossier' },
  { name: 'app: rapporten', url: `${base(ports.real)}/rapporten`, cookie, floor: 'minimaal: dashboard', optional: true },
  { name: 'app: CSV-export', url: `${base(ports.real)}/rapporten/export/aanmeldingen.csv`, cookie, optional: true },
]

console.log(
  `\nROTS casuïstiek — benchmark: autocannon, ${CONNECTIONS} verbindingen, ${warmUp} s opwarmen + ${duration} s gemeten per doel, Node ${process.versions.node}`,
)
console.log(
  `Database: ${info.cases} synthetische casussen; geschiedenis gezaaid in ${(info.historyMs / 1000).toFixed(1)} s (demo-basis ${(info.demoMs / 1000).toFixed(1)} s)${cached ? `, hergebruikt van ${info.seededAt}` : ''}\n`,
)
const results = new Map<string, Measured>()
const row = (cells: string[]) =>
  console.log(
    `${(cells[0] ?? '').padEnd(30)}${cells
      .slice(1, 4)
      .map((c) => c.padStart(9))
      .join('')}  ${cells[4] ?? ''}`,
  )
row(['doel', 'req/s', 'p50 ms', 'p99 ms', 'app/minimaal'])
for (const target of targets) {
  const m = await measure(target)
  results.set(target.name, m)
  const floor = target.floor ? results.get(target.floor) : undefined
  const ratio = floor && Number.isFinite(m.rps) && Number.isFinite(floor.rps) ? `${Math.round((m.rps / floor.rps) * 100)}%` : ''
  if (m.problem && !Number.isFinite(m.rps)) row([target.name, m.problem, '', '', ''])
  else row([target.name, Math.round(m.rps).toString(), m.p50.toFixed(1), m.p99.toFixed(1), ratio + (m.problem ? ` (${m.problem})` : '')])
}
console.log('\nDoel (DESIGN.md): app ≥ 70% van het minimale equivalent, p99 < 50 ms.')

child.kill()
rmSync(runDir, { recursive: true, force: true })
