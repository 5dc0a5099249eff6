import { CENSOR_TERMS } from './censor-terms'

/** What in a visitor's own text a prison censor may stop a letter for. */
export type CensorRule = 'latin' | 'abbreviation' | 'digits' | 'war' | 'politics' | 'case'

export interface CensorWarning {
  rule: CensorRule
  /** The words or characters that break the rule, as the visitor typed them, each once. */
  found: string[]
}

const CENSOR_RULES: readonly CensorRule[] = ['latin', 'abbreviation', 'digits', 'war', 'politics', 'case']

const unique = (items: Iterable<string>) => [...new Set(items)]

/**
 * A word starts where no letter stands before it (JavaScript's \b knows only Latin letters); an abbreviation in the
 * list (capitals) is a whole word, a stem the start of one.
 */
const termPattern = (entry: string) =>
  new RegExp(
    `(?<!\\p{L})${entry.replace(/ /g, '\\s+')}${entry === entry.toUpperCase() ? '(?!\\p{L})' : '\\p{L}*'}`,
    'giu',
  )

const PATTERNS = {
  // Latin script reads as "foreign words": the letter may be stopped as unreadable.
  latin: /\p{Script=Latin}[\p{Script=Latin}\p{M}]*/gu,
  // Two or more capitals in a row (ЗСУ, ВСУ, NATO): an abbreviation the censor cannot check.
  abbreviation: /(?<!\p{L})\p{Lu}{2,}(?!\p{Ll})/gu,
  // Runs of digits (phone numbers, dates, codes) can be read as a cipher.
  digits: /\d(?:[\s./:-]?\d){2,}/g,
} as const

/**
 * The rules the visitor's own text breaks, each with what breaks it, in the order of `CENSOR_RULES`. Warnings only:
 * nothing is blocked, the visitor decides.
 * @example censorWarnings('Слава ЗСУ') // [{ rule: 'abbreviation', found: ['ЗСУ'] }, { rule: 'war', found: ['ЗСУ'] }, …]
 */
export function censorWarnings(text: string): CensorWarning[] {
  const warnings: CensorWarning[] = []
  for (const rule of CENSOR_RULES) {
    const found =
      rule === 'latin' || rule === 'abbreviation' || rule === 'digits'
        ? [...text.matchAll(PATTERNS[rule])].map((m) => m[0])
        : CENSOR_TERMS[rule].flatMap((stem) => [...text.matchAll(termPattern(stem))].map((m) => m[0]))
    if (found.length > 0) warnings.push({ rule, found: unique(found.map((f) => f.trim())) })
  }
  return warnings
}
