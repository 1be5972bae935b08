/**
 * One folding for every comparison: lexicon keys, identity variants and placeholder numbering.
 * Case, accents and typographic apostrophes must not decide whether two spellings are the same
 * person ("Ayşe" = "ayse", "D’Hondt" = "d'hondt").
 */
export function fold(value: string): string {
  const lower = value.toLowerCase()
  // most words are plain a-z; NFD is by far the most expensive step, so skip it when it cannot matter
  if (isPlain(lower)) return lower
  return lower
    .replace(/[ıłøæœß’‘`´]/g, (char) => SPECIAL[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
}

function isPlain(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code > 0x7e || code === 0x60) return false
  }
  return true
}

const SPECIAL: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
}

/** Drops a possessive ending: "Yusuf's", "Yusuf’s", "Thomas'". A bare trailing s is handled by callers. */
export function stripPossessive(folded: string): string {
  return folded.replace(/'s?$/, '')
}

/** Folds and collapses inner whitespace and hyphens, so "Van den Broeck" = "van den broeck" = "Van-den-Broeck". */
export function foldPhrase(value: string): string {
  return fold(value)
    .replace(/[\s-]+/g, ' ')
    .trim()
}
