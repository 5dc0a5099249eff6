import MiniSearch from 'minisearch'
import type { Language } from '../content/schema'
import { stem, words } from './words'

/**
 * One part of a testimony as Ask searches it, in the visitor's language: the curated ways to ask for it, and what
 * its captions say there. Only these texts are searched, and only the speaker's recorded words are ever played.
 */
export interface AskPart {
  /** The cell it is in (one index may hold many cells: the benchmark's). */
  cell: string
  testimony: string
  /** Its index in the testimony's chapters files. */
  part: number
  /** Its span in the recording, in seconds, and its title in the visitor's language (else English). */
  start: number
  end: number
  title: string
  /** Every phrasing of every question that leads to it, in the visitor's language; the first of each is suggested. */
  questions: readonly string[]
  /** The part's caption text in the visitor's language ('' where there is none). */
  captions: string
}

/** What a question found: the part that answers it, or no recorded answer. */
export type AskResult =
  | { kind: 'answer'; part: AskPart; score: number; coverage: number }
  | { kind: 'none'; best: { part: AskPart; score: number; coverage: number } | null }

/**
 * How sure a match must be to be played: either most of the question's meaningful words are found in one part
 * (`coverage`, with at least `score`), or fewer are but they point strongly at one part, far ahead of any other
 * (`strong`: a third of the words, a high score, and `lead` times the next part's score). `score` is MiniSearch's
 * BM25, questions weighted above captions. Calibrated on the test phrasings (tests/fixtures/ask-phrasings.json,
 * `npm run bench -- --only ask`): the right answers scored 7.9 and up, the unanswerable ones 3.8 at most. Below
 * these, the honest "no recorded answer" is said rather than a part that might be the wrong one.
 */
const ASK_THRESHOLD = {
  coverage: 0.5,
  score: 6,
  strong: { coverage: 0.3, score: 11, lead: 3 },
} as const

/** Questions weigh more than captions: a curator wrote them for this. */
const BOOST = { questions: 3, captions: 1 }

/**
 * A word found in more than this share of an index's parts, and in more than `parts` of them (a small index keeps all
 * its words), is left out of a question: BM25 gives it little weight (it tells the parts apart hardly better than
 * "the"), and scoring its thousands of parts is what made one question slow in a large index (`npm run bench -- --only
 * ask`: 9,600 parts in one language, a median of 309 ms at 4× CPU slowdown before, 8 ms after).
 */
const UBIQUITOUS = { share: 0.25, parts: 100 } as const

export interface AskIndex {
  lang: Language
  parts: readonly AskPart[]
  /** How many parts each (stemmed) word is found in. */
  spread: ReadonlyMap<string, number>
  search: MiniSearch<{ id: number; questions: string; captions: string }>
}

/** Builds the index of `parts`, all in `lang` (the visitor's language: the stemmer and the stop words are its own). */
export function buildAskIndex(parts: readonly AskPart[], lang: Language): AskIndex {
  const search = new MiniSearch<{ id: number; questions: string; captions: string }>({
    fields: ['questions', 'captions'],
    tokenize: words,
    processTerm: (term) => stem(term, lang),
    searchOptions: {
      boost: BOOST,
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
      combineWith: 'OR',
    },
  })
  const spread = new Map<string, number>()
  const documents = parts.map((p, id) => {
    const questions = p.questions.join('\n')
    const found = new Set(words(`${questions}\n${p.captions}`).flatMap((w) => stem(w, lang) ?? []))
    for (const term of found) spread.set(term, (spread.get(term) ?? 0) + 1)
    return { id, questions, captions: p.captions }
  })
  search.addAll(documents)
  return { lang, parts, spread, search }
}

/**
 * Finds the part that answers `question`, or says there is none: on the device, nothing sent anywhere.
 * @param cell where given, only that cell's parts are considered (the app asks in one cell)
 */
export function findAnswer(index: AskIndex, question: string, cell?: string): AskResult {
  const most = Math.max(UBIQUITOUS.parts, index.parts.length * UBIQUITOUS.share)
  const meaningful = [...new Set(words(question).flatMap((w) => stem(w, index.lang) ?? []))].filter(
    (term) => (index.spread.get(term) ?? 0) <= most,
  )
  if (meaningful.length === 0) return { kind: 'none', best: null }
  // the terms are stemmed already: the index's stemmer must not read them again (a stem stemmed twice loses letters)
  const hits = index.search.search(meaningful.join(' '), {
    tokenize: (s) => s.split(' '),
    processTerm: (term) => term,
    ...(cell && { filter: (r) => index.parts[r.id as number]?.cell === cell }),
  })
  const [top, next] = hits
  if (!top) return { kind: 'none', best: null }
  const part = index.parts[top.id as number]
  if (!part) return { kind: 'none', best: null }
  const coverage = top.queryTerms.length / meaningful.length
  const best = { part, score: top.score, coverage }
  const { strong } = ASK_THRESHOLD
  const sure =
    (coverage >= ASK_THRESHOLD.coverage && top.score >= ASK_THRESHOLD.score) ||
    (coverage >= strong.coverage && top.score >= strong.score && (!next || top.score >= strong.lead * next.score))
  return sure ? { kind: 'answer', ...best } : { kind: 'none', best }
}

/** How many questions Ask suggests at least (more where a cell has more testimonies: each is reachable). */
export const ASK_SUGGESTIONS = 4

/** A question as a visitor is offered it: its words (the first phrasing), and the part it leads to. */
export interface Suggestion {
  text: string
  part: AskPart
}

/**
 * The questions Ask offers: the first question of each testimony (so every testimony can be reached), then the next
 * of each in turn, up to `count`; the same words twice are offered once.
 * @param byTestimony each testimony's questions, in the order the curator listed them
 */
export function suggestions(byTestimony: readonly (readonly Suggestion[])[], count: number): Suggestion[] {
  const out: Suggestion[] = []
  const seen = new Set<string>()
  const take = (list: readonly Suggestion[]) => {
    const next = list.find((s) => !seen.has(s.text))
    if (!next) return false
    seen.add(next.text)
    out.push(next)
    return true
  }
  byTestimony.forEach(take)
  for (let more = true; more && out.length < count;) {
    more = false
    for (const list of byTestimony) if (out.length < count && take(list)) more = true
  }
  return out
}

/**
 * Three questions that have a recorded answer, for when a question has none: one from each of three testimonies
 * where there are three, never the words just asked.
 */
export function answeredQuestions(byTestimony: readonly (readonly Suggestion[])[], asked: string): Suggestion[] {
  const same = (s: Suggestion) => s.text.trim().toLowerCase() === asked.trim().toLowerCase()
  return suggestions(
    byTestimony.map((list) => list.filter((s) => !same(s))),
    3,
  ).slice(0, 3)
}
