/**
 * `npm run eval:scrub`: quality of the PII detector on the annotated narratives (tuning and
 * held-out portions) and its throughput on one core. Prints a table, then one JSON line.
 */
import { detect } from '../../src/privacy/scrub'
import { loadNarratives } from './fixtures'
import { type Score, score, ZERO_LEAK_KINDS } from './scoring'

const results: Record<string, Score> = {}
for (const portion of ['tuning', 'heldout'] as const) {
  results[portion] = score(loadNarratives(portion))
}
const tuning = results.tuning as Score
const heldout = results.heldout as Score

const kinds = [...new Set([...Object.keys(tuning.perKind), ...Object.keys(heldout.perKind)])].sort()
const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7)
console.log(`${'kind'.padEnd(12)} ${'tuning'.padStart(18)} ${'held-out'.padStart(18)}   leaks t/h`)
for (const kind of kinds) {
  const t = tuning.perKind[kind]
  const h = heldout.perKind[kind]
  const cell = (k: typeof t) => (k ? `${String(k.found).padStart(3)}/${String(k.gold).padEnd(3)} ${pct(k.recall)}` : ''.padStart(15))
  console.log(`${kind.padEnd(12)} ${cell(t).padStart(18)} ${cell(h).padStart(18)}   ${t?.leaks ?? 0}/${h?.leaks ?? 0}`)
}
for (const [label, pick] of [
  ['recall', (s: Score) => pct(s.recall)],
  ['precision', (s: Score) => pct(s.precision)],
  ['id-leaks', (s: Score) => String(s.identityLeaks).padStart(7)],
] as const) {
  console.log(`${label.padEnd(12)} ${pick(tuning).padStart(18)} ${pick(heldout).padStart(18)}`)
}
const zeroLeakViolations = ZERO_LEAK_KINDS.reduce((sum, kind) => sum + (tuning.leaks[kind] ?? 0) + (heldout.leaks[kind] ?? 0), 0)
console.log(`narratives: ${tuning.narratives} tuning, ${heldout.narratives} held-out; INSZ/phone/e-mail/IBAN leaks: ${zeroLeakViolations}`)

// --verbose lists the tuning portion's misses and false positives; the held-out portion's only with
// --show-heldout, which is for reporting after tuning: tuning on it would make its numbers meaningless
for (const [flag, portion] of [
  ['--verbose', tuning],
  ['--show-heldout', heldout],
] as const) {
  if (!process.argv.includes(flag)) continue
  for (const miss of portion.misses) console.log(`MISS ${miss.id} ${miss.kind} ${JSON.stringify(miss.value)}`)
  for (const fp of portion.falsePositives) console.log(`FP   ${fp.id} ${fp.kind} ${JSON.stringify(fp.value)}`)
}

// throughput: the whole corpus repeated to at least 5 MB, one core
const corpus = [...loadNarratives('tuning'), ...loadNarratives('heldout')]
const chunk = corpus.map((narrative) => narrative.text).join('\n\n')
const repeats = Math.ceil((5 * 1024 * 1024) / chunk.length)
detect(chunk)
const started = performance.now()
for (let round = 0; round < repeats; round++) {
  for (const narrative of corpus) detect(narrative.text, narrative.identity)
}
const seconds = (performance.now() - started) / 1000
const megabytes = (chunk.length * repeats) / (1024 * 1024)
console.log(`throughput: ${(megabytes / seconds).toFixed(2)} MB/s (${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s)`)

const summary = (s: Score) => ({
  recall: round(s.recall),
  precision: round(s.precision),
  perKind: Object.fromEntries(Object.entries(s.perKind).map(([kind, k]) => [kind, round(k.recall)])),
  leaks: s.leaks,
  identityLeaks: s.identityLeaks,
})
console.log(JSON.stringify({ tuning: summary(tuning), heldout: summary(heldout), mbPerSecond: round(megabytes / seconds) }))

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
