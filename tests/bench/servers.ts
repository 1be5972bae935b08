import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import Database from 'better-sqlite3'
import { Hono } from 'hono'
import { createApp } from '../../src/app'
import { readConfig } from '../../src/config'
import { nodeDeps } from '../../src/node-runtime'
import { minimalPages } from './minimal'

// The three servers under test, in a process of their own so that the load generator (in
// run.ts) does not take the event loop or the CPU core the servers run on.

const dataDir = process.argv[2]
if (!dataDir) throw new Error('usage: servers.ts <data dir>')

const parsed = readConfig({ DATA_DIR: dataDir, DEMO: 'true', PUBLIC_URL: 'http://localhost' })
if (!parsed.ok) throw new Error(parsed.errors.join('; '))
// no keys from the environment: the demo keys stored beside the seeded database fit its vault and pseudonyms
const runtime = nodeDeps(parsed.config, {})
if (!runtime.ok) throw new Error(runtime.errors.join('; '))
const { deps } = runtime
// the app logs warnings and errors only; keep them off stdout, which carries the ready line
deps.log = { info: () => {}, warn: (e, f) => console.error(e, f), error: (e, f) => console.error(e, f) }

const app = createApp(deps, { clientIp: (c) => getConnInfo(c).remote.address ?? 'onbekend', defer: () => {} })
const bare = new Hono().get('/', (c) => c.text('ok'))
const minimal = createServer(minimalPages(new Database(join(dataDir, 'rots.db'), { readonly: true, fileMustExist: true })))

const listen = (fetch: (request: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
  })

const ports = {
  bare: await listen(bare.fetch),
  real: await listen(app.fetch),
  minimal: await new Promise<number>((resolve) => minimal.listen(0, '127.0.0.1', () => resolve((minimal.address() as AddressInfo).port))),
}
console.log(`BENCH_READY ${JSON.stringify(ports)}`)
