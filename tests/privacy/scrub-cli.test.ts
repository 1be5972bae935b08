import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runScrub } from '../../src/privacy/scrub/cli'

async function run(args: string[], input = ''): Promise<{ status: number; output: string }> {
  const output = new PassThrough()
  const chunks: string[] = []
  output.on('data', (chunk) => chunks.push(String(chunk)))
  const status = await runScrub(args, Readable.from([input]), output)
  return { status, output: chunks.join('') }
}

describe('rots scrub --jsonl', () => {
  it('should answer each line with spans and redacted text', async () => {
    const input = `${JSON.stringify({ id: 'a1', text: 'Yusuf belt 0478 12 34 56.' })}\n${JSON.stringify({ id: 'a2', text: 'Xqzorin komt.', identity: { firstName: 'Xqzorin' } })}\n`
    const { status, output } = await run(['--jsonl'], input)
    expect(status).toBe(0)
    expect(
      output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        id: 'a1',
        spans: [
          { start: 0, end: 5, kind: 'PERSON' },
          { start: 11, end: 24, kind: 'PHONE' },
        ],
        text: '[PERSOON 1] belt [TELEFOON 1].',
      },
      { id: 'a2', spans: [{ start: 0, end: 7, kind: 'PERSON' }], text: '[PERSOON 1] komt.' },
    ])
  })

  it('should report a malformed line, carry on and exit with 1', async () => {
    const input = ['{not json', JSON.stringify({ id: 'b', text: 42 }), JSON.stringify({ id: 'c', text: 'Gent' })].join('\n')
    const { status, output } = await run(['--jsonl'], input)
    expect(status).toBe(1)
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines[0]).toEqual({ id: null, error: expect.any(String) })
    expect(lines[1]).toEqual({ id: 'b', error: expect.any(String) })
    expect(lines[2]).toEqual({ id: 'c', spans: [{ start: 0, end: 4, kind: 'CITY' }], text: '[GEMEENTE 1]' })
  })
})

describe('rots scrub FILE', () => {
  it('should print the redacted text of the file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'scrub-')), 'casus.txt')
    writeFileSync(file, 'Mama Fatima woont in de Kerkstraat 12, 9000 Gent.\n')
    expect(await run([file])).toEqual({ status: 0, output: 'Mama [PERSOON 1] woont in de [ADRES 1].\n' })
  })
})
