import { readFileSync } from 'node:fs'
import type { IdentityHints, PiiKind, Span } from '../../src/privacy/scrub'

export interface Narrative {
  id: string
  text: string
  identity?: IdentityHints
  gold: (Span & { value: string })[]
}

const KINDS = new Set(['PERSON', 'ADDRESS', 'CITY', 'PHONE', 'EMAIL', 'NATIONAL_ID', 'DATE', 'SCHOOL', 'IBAN', 'HANDLE', 'PLATE', 'URL'])
const MARK = /\[\[([A-Z_]+):([^\]]+)\]\]/g

/** Reads tests/fixtures/scrub/<portion>.txt: strips the [[KIND:value]] markup and computes the offsets. */
export function loadNarratives(portion: 'tuning' | 'heldout'): Narrative[] {
  const source = readFileSync(new URL(`../fixtures/scrub/${portion}.txt`, import.meta.url), 'utf8')
  return source
    .split(/^=== /m)
    .slice(1)
    .map((block) => parseNarrative(block))
}

export function parseNarrative(block: string): Narrative {
  const lines = block.split('\n')
  const id = (lines.shift() ?? '').trim()
  let identity: IdentityHints | undefined
  if (lines[0]?.startsWith('identity:')) identity = JSON.parse((lines.shift() as string).slice('identity:'.length))
  const marked = lines.join('\n').replace(/\s+$/, '')
  const gold: Narrative['gold'] = []
  let text = ''
  let at = 0
  for (const match of marked.matchAll(MARK)) {
    const [whole, kind = '', value = ''] = match
    if (!KINDS.has(kind)) throw new Error(`${id}: unknown kind ${kind}`)
    text += marked.slice(at, match.index)
    gold.push({ start: text.length, end: text.length + value.length, kind: kind as PiiKind, value })
    text += value
    at = match.index + whole.length
  }
  text += marked.slice(at)
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${id}: unbalanced markup`)
  return { id, text, identity, gold }
}
