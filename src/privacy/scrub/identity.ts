import { lexicon } from './lexicon'
import { foldPhrase } from './normalize'
import type { Token } from './tokens'
import { type Candidate, type IdentityHints, type PiiKind, WEIGHT } from './types'

/**
 * The case's own identity, found in any spelling: first name alone, surname alone (also without its
 * particles: "Amrani" for "El Amrani"), full name in both orders, initials ("Y. El Amrani", "YEA"),
 * Dutch diminutives ("Lotje"), lower case and possessives; the birth date in every date format;
 * the INSZ with any punctuation, valid check digits or not; the school, address and parent contact.
 */
export function findIdentity(text: string, tokens: Token[], identity: IdentityHints | undefined): Candidate[] {
  if (!identity) return []
  const { names, starts, longest, literals } = compiled(identity)
  const found: Candidate[] = []
  for (let index = 0; index < tokens.length; index++) {
    const head = tokens[index] as Token
    if (!starts.has(head.key) && !(head.key.endsWith('s') && starts.has(head.key.slice(0, -1)))) continue
    for (let length = Math.min(longest, tokens.length - index); length >= 1; length--) {
      const phrase = tokens.slice(index, index + length)
      if (phrase.some((token, at) => at > 0 && !/^[ \u00a0.,]*$/.test(text.slice((phrase[at - 1] as Token).end, token.start)))) continue
      const key = phrase.map((token) => token.key).join(' ')
      const variant = names.get(key) ?? names.get(key.replace(/s$/, ''))
      if (!variant) continue
      // "Vos", "Bakker": in lower case the identity's name is the Dutch word
      const capitalOnly = variant.capitalOnly || phrase.every((token) => PARTICLE.test(token.key) || lexicon().frequentNameWords.has(token.key))
      if (capitalOnly && !head.capital && !head.upper) continue
      found.push(candidate(head.start, (phrase.at(-1) as Token).end, 'PERSON'))
      index += length - 1
      break
    }
  }
  for (const [pattern, kind] of literals) {
    for (const match of text.matchAll(pattern)) found.push(candidate(match.index, match.index + match[0].length, kind))
  }
  return found
}

interface Compiled {
  names: Map<string, NameVariant>
  /** first words of the name variants, to skip every other token quickly */
  starts: Set<string>
  longest: number
  literals: [RegExp, PiiKind][]
}

const cache = new Map<string, Compiled>()

/** One case's fields are scrubbed one after another with the same identity: compile it once. */
function compiled(identity: IdentityHints): Compiled {
  const cacheKey = JSON.stringify(identity)
  const known = cache.get(cacheKey)
  if (known) return known
  const names = nameVariants(identity)
  const phrases = [...names.keys()].map((phrase) => phrase.split(' '))
  const result: Compiled = {
    names,
    starts: new Set(phrases.map((words) => words[0] as string)),
    longest: Math.max(0, ...phrases.map((words) => words.length)),
    literals: literalPatterns(identity),
  }
  if (cache.size >= 16) cache.clear()
  cache.set(cacheKey, result)
  return result
}

interface NameVariant {
  /** short forms and initials only count with a capital: "Alex", not "alex" */
  capitalOnly: boolean
}

function nameVariants({ firstName, lastName }: IdentityHints): Map<string, NameVariant> {
  const variants = new Map<string, NameVariant>()
  const add = (value: string | undefined, capitalOnly = false) => {
    const key = value ? foldPhrase(value) : ''
    if (key.length >= 2 && !(variants.get(key)?.capitalOnly === false)) variants.set(key, { capitalOnly })
  }
  const first = firstName?.trim() ?? ''
  const last = lastName?.trim() ?? ''
  add(first)
  add(last)
  for (const part of first.split(/[\s-]+/)) add(part, part.length < 4)
  const lastParts = last.split(/[\s-]+/).filter((part) => !PARTICLE.test(part))
  for (const part of lastParts) add(part, part.length < 4)
  add(last.replace(/[\s-]+/g, ''))
  if (first && last) {
    add(`${first} ${last}`)
    add(`${last} ${first}`)
    add(`${first.charAt(0)} ${last}`)
    add(`${first.charAt(0)} ${lastParts.join(' ')}`)
    const initials = [first, ...last.split(/[\s-]+/)].map((part) => part.charAt(0)).join('')
    add(initials, true)
    add([...initials].join(' '), true)
  }
  if (first.length >= 3) {
    for (const suffix of ['tje', 'je', 'ke', 'ie', 'ke']) add(`${first}${suffix}`, true)
    if (first.length >= 6) add(first.slice(0, 4), true)
  }
  return variants
}

const PARTICLE = /^(?:van|de|der|den|het|ter|ten|el|al|ben|bin|ibn|abu|da|di|du|des|la|le|von|vanden|vander|vande)$/i

function literalPatterns(identity: IdentityHints): [RegExp, PiiKind][] {
  const patterns: [RegExp, PiiKind][] = []
  const insz = identity.insz?.replace(/\D/g, '') ?? ''
  if (insz.length === 11) patterns.push([digitsPattern(insz), 'NATIONAL_ID'])
  const birthDate = birthDatePattern(identity.dateOfBirth)
  if (birthDate) patterns.push([birthDate, 'DATE'])
  for (const [value, kind] of [
    [identity.school, 'SCHOOL'],
    [identity.address, 'ADDRESS'],
  ] as const) {
    if (!value?.trim()) continue
    patterns.push([literal(value.trim()), kind])
    // "Sint-Jozefscollege Aalst" is also written "Sint-Jozefscollege"
    const withoutLast = value.trim().replace(/[\s,]+\S+$/, '')
    if (withoutLast.length >= 8 && withoutLast !== value.trim()) patterns.push([literal(withoutLast), kind])
  }
  for (const part of identity.parentContact?.split(/[,;\n]+/) ?? []) {
    const value = part.trim()
    const digits = value.replace(/\D/g, '')
    if (digits.length >= 8 && digits.length >= value.replace(/[\s./+()-]/g, '').length - 1) patterns.push([digitsPattern(digits), 'PHONE'])
    else if (value.includes('@')) patterns.push([literal(value), 'EMAIL'])
  }
  return patterns
}

/**
 * The birth date in numeric forms, also without the year ("14/3", "14.03.10"): findDates already
 * finds every full date, written or numeric, but a day and month alone only count for this date.
 */
function birthDatePattern(iso: string | undefined): RegExp | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso?.trim() ?? '')
  if (!match) return undefined
  const [, year = '', month = '', day = ''] = match
  const part = (value: string) => (value.startsWith('0') ? `0?${value.slice(1)}` : value)
  const separator = '[/.-]'
  return new RegExp(
    `(?<![\\d/.-])(?:${part(day)}${separator}${part(month)}(?:${separator}(?:${year}|${year.slice(2)}))?|${year}-${month}-${day})(?![\\d]|[/.-]\\d)`,
    'g',
  )
}

function literal(...values: string[]): RegExp {
  const escaped = values.sort((a, b) => b.length - a.length).map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0]+'))
  return new RegExp(`(?<![A-Za-z0-9\\u00c0-\\u024f])(?:${escaped.join('|')})(?![A-Za-z0-9\\u00c0-\\u024f])`, 'gi')
}

function digitsPattern(digits: string): RegExp {
  return new RegExp(`(?<![\\d])${[...digits].join('[\\s./-]?')}(?![\\d])`, 'g')
}

function candidate(start: number, end: number, kind: PiiKind): Candidate {
  return { start, end, kind, weight: WEIGHT.identity }
}
