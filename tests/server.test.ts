import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const TSX = join('node_modules', '.bin', 'tsx')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'rots-server-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

describe('the Node entry', () => {
  it('refuses to start in production without keys, and says which are missing', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PUBLIC_URL: 'https://rots.example.be', DATA_DIR: tempDir() }
    delete env.VAULT_KEYS
    delete env.PSEUDONYM_KEY
    const run = spawnSync(TSX, ['src/server.ts'], { env, encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('VAULT_KEYS ontbreekt')
    expect(run.stderr).toContain('PSEUDONYM_KEY ontbreekt')
  })

  it('in demo mode creates, migrates and seeds its database, generates keys readable only by its owner, and serves', async () => {
    const dir = tempDir()
    const port = await freePort()
    const child: ChildProcess = spawn(TSX, ['src/server.ts'], {
      env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', DEMO: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (d) => {
      output += d
    })
    child.stderr?.on('data', (d) => {
      output += d
    })
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
        child.stdout?.on('data', () => {
          if (output.includes('draait op')) {
            clearTimeout(timer)
            resolve()
          }
        })
      })
      expect(output).toContain('beheerder@rots.example')
      expect(output).toContain('WAARSCHUWING: demo-sleutels')
      expect(statSync(join(dir, 'keys.json')).mode & 0o777).toBe(0o600)
      const health = await fetch(`http://127.0.0.1:${port}/healthz`)
      expect(health.status).toBe(200)
      const css = await fetch(`http://127.0.0.1:${port}/static/app.css`)
      expect(css.status).toBe(200)
      expect(await (await fetch(`http://127.0.0.1:${port}/aanmelden`)).text()).toContain('<!DOCTYPE html>')
    } finally {
      child.kill('SIGTERM')
    }
  })
})
