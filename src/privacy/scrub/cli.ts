import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { detect, type IdentityHints, redactCase } from './index'

const USAGE = `Gebruik: npx rots scrub --jsonl < invoer.jsonl > uitvoer.jsonl
       npx rots scrub BESTAND        (toont de gepseudonimiseerde tekst; - leest van stdin)

--jsonl: elke regel {"id": "...", "text": "...", "identity"?: {"firstName", "lastName", "dateOfBirth", "insz", "school"}}
         geeft {"id": "...", "spans": [{"start", "end", "kind"}], "text": "<gepseudonimiseerd>"};
         een foute regel geeft {"id": null, "error": "..."} en exitcode 1, de rest loopt door.`

/** `rots scrub`: the detector on the command line. Only the CLI uses this module (it reads files and streams). */
export async function runScrub(args: string[], input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.write(`${USAGE}\n`)
    return 0
  }
  if (args.includes('--jsonl')) return await scrubJsonLines(input, output)
  const file = args.find((arg) => !arg.startsWith('--'))
  if (!file || args.length !== 1) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let text: string
  try {
    text = file === '-' ? await readAll(input) : await readFile(file, 'utf8')
  } catch (error) {
    process.stderr.write(`Kan ${file} niet lezen: ${(error as Error).message}\n`)
    return 1
  }
  const [result] = redactCase([{ name: file, text }])
  output.write(result?.redacted ?? '')
  if (!text.endsWith('\n')) output.write('\n')
  return 0
}

async function scrubJsonLines(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  let status = 0
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  for await (const line of lines) {
    if (!line.trim()) continue
    const parsed = parseLine(line)
    if ('error' in parsed) {
      status = 1
      output.write(`${JSON.stringify(parsed)}\n`)
      continue
    }
    const spans = detect(parsed.text, parsed.identity)
    const [result] = redactCase([{ name: 'text', text: parsed.text, spans }], parsed.identity)
    const plain = spans.map(({ start, end, kind }) => ({ start, end, kind }))
    output.write(`${JSON.stringify({ id: parsed.id, spans: plain, text: result?.redacted ?? '' })}\n`)
  }
  return status
}

type Line = { id: string | number | null; text: string; identity?: IdentityHints } | { id: string | number | null; error: string }

const IDENTITY_FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'insz', 'school', 'address', 'parentContact'] as const

function parseLine(line: string): Line {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { id: null, error: 'geen geldige JSON' }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { id: null, error: 'verwacht een JSON-object' }
  const record = value as Record<string, unknown>
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null
  if (typeof record.text !== 'string') return { id, error: 'veld "text" ontbreekt of is geen tekst' }
  if (record.identity === undefined || record.identity === null) return { id, text: record.text }
  if (typeof record.identity !== 'object' || Array.isArray(record.identity)) return { id, error: 'veld "identity" is geen object' }
  const identity: IdentityHints = {}
  for (const field of IDENTITY_FIELDS) {
    const hint = (record.identity as Record<string, unknown>)[field]
    if (hint === undefined || hint === null) continue
    if (typeof hint !== 'string') return { id, error: `identity.${field} is geen tekst` }
    identity[field] = hint
  }
  return { id, text: record.text, identity }
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}
