import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildLexicon } from '../../src/privacy/scrub/lexicon/build'
import { decodeSorted, encodeSorted, FrontCodedSet } from '../../src/privacy/scrub/lexicon/coding'

describe('generated lexicons', () => {
  let built: Record<string, string> | undefined
  // reading the Dutch dictionary and the world's cities takes seconds: do it once
  const generated = () => {
    built ??= buildLexicon()
    return built
  }

  it('should be exactly what the generator makes from the installed packages', () => {
    for (const [file, content] of Object.entries(generated())) {
      const committed = readFileSync(new URL(`../../src/privacy/scrub/lexicon/${file}`, import.meta.url), 'utf8')
      expect(committed === content, `${file} differs: run npx tsx src/privacy/scrub/lexicon/build.ts`).toBe(true)
    }
  }, 120_000)

  it('should stay small enough for a Worker bundle', () => {
    const bytes = Object.values(generated()).reduce((sum, content) => sum + content.length, 0)
    expect(bytes).toBeLessThan(1_500_000)
  }, 120_000)
})

describe('front coding', () => {
  const words = ['de smet', 'peeters', 'peetermans', 'yusuf', 'yusra', 'zeynep', 'el amrani', 'aa', 'aab', 'aaberg']

  it('should decode to the sorted, unique input', () => {
    expect(decodeSorted(encodeSorted([...words, 'yusuf']))).toEqual([...new Set(words)].sort())
  })

  it('should answer membership without decoding everything', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      `naam${String.fromCharCode(97 + (index % 26))}${index}`.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] as string),
    )
    const set = new FrontCodedSet(encodeSorted([...words, ...many]))
    for (const word of [...words, ...many]) expect(set.has(word)).toBe(true)
    for (const word of ['pee', 'peeter', 'yusufs', 'zz', '', 'a']) expect(set.has(word)).toBe(false)
  })
})
