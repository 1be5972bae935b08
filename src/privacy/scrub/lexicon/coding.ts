/**
 * Front coding for sorted word lists: each entry is one digit (the length of the prefix it shares
 * with the previous entry, at most 9) followed by the rest of the word. Lexicon entries contain no
 * digits, so the digits double as separators. It halves the size of the name lists, which keeps the
 * Worker bundle within Cloudflare's limit. Every BLOCK-th entry is written in full (digit 0), so a
 * lookup can binary-search those and decode one block, without unpacking 250,000 names at start-up.
 */
const BLOCK = 16

export function encodeSorted(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort()
  let out = ''
  let previous = ''
  sorted.forEach((word, index) => {
    let shared = 0
    if (index % BLOCK !== 0) {
      while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++
    }
    out += `${shared}${word.slice(shared)}`
    previous = word
  })
  return out
}

export function decodeSorted(encoded: string): string[] {
  const words: string[] = []
  let previous = ''
  for (let index = 0; index < encoded.length; ) {
    const end = entryEnd(encoded, index)
    previous = previous.slice(0, encoded.charCodeAt(index) - 48) + encoded.slice(index + 1, end)
    words.push(previous)
    index = end
  }
  return words
}

/** Membership test straight on the encoded string: one scan for the full entries, then binary search. */
export class FrontCodedSet {
  readonly #encoded: string
  readonly #heads: number[] = []
  /** the same words are looked up in every text; answers are remembered (bounded, so memory stays flat) */
  readonly #memo = new Map<string, boolean>()

  constructor(encoded: string) {
    this.#encoded = encoded
    for (let index = 0; index < encoded.length; index = entryEnd(encoded, index)) {
      if (encoded.charCodeAt(index) === 48) this.#heads.push(index)
    }
  }

  has(word: string): boolean {
    const known = this.#memo.get(word)
    if (known !== undefined) return known
    if (this.#memo.size >= 20_000) this.#memo.clear()
    const answer = this.#search(word)
    this.#memo.set(word, answer)
    return answer
  }

  #search(word: string): boolean {
    const encoded = this.#encoded
    let low = 0
    let high = this.#heads.length - 1
    let block = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      const order = compareHead(encoded, this.#heads[middle] as number, word)
      if (order === 0) return true
      if (order < 0) {
        block = middle
        low = middle + 1
      } else high = middle - 1
    }
    if (block < 0) return false
    const stop = this.#heads[block + 1] ?? encoded.length
    let index = this.#heads[block] as number
    let previous = ''
    while (index < stop) {
      const end = entryEnd(encoded, index)
      previous = previous.slice(0, encoded.charCodeAt(index) - 48) + encoded.slice(index + 1, end)
      if (previous === word) return true
      if (previous > word) return false
      index = end
    }
    return false
  }
}

/** Compares the full entry at `index` with `word`, without allocating. */
function compareHead(encoded: string, index: number, word: string): number {
  let position = index + 1
  for (let char = 0; ; char++, position++) {
    const code = position < encoded.length ? encoded.charCodeAt(position) : 48
    const ended = code >= 48 && code <= 57
    if (ended) return char === word.length ? 0 : -1
    if (char === word.length) return 1
    const other = word.charCodeAt(char)
    if (code !== other) return code - other
  }
}

function entryEnd(encoded: string, start: number): number {
  let end = start + 1
  while (end < encoded.length) {
    const code = encoded.charCodeAt(end)
    if (code >= 48 && code <= 57) break
    end++
  }
  return end
}
