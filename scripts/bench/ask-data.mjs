// What Ask searches, read from the published content as the app reads it (questions, chapters, captions in one
// language), and the accuracy of its matching on the test phrasings (tests/fixtures/ask-phrasings.json): shared by
// the unit test and `npm run bench -- --only ask`.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parseCaptionFile } from '../content/captions.mjs'
import { paths, readJson } from '../content/registry.mjs'
/** @import { TestimonyAskSource } from '../../src/ask/collect.ts' */
/** @import { AskIndex, AskResult, AskPart, Suggestion } from '../../src/ask/match.ts' */
/** @import { Language } from '../../src/content/schema.ts' */

const PHRASINGS = new URL('../../tests/fixtures/ask-phrasings.json', import.meta.url)

/**
 * Every testimony of the site that has questions, in `lang` (captions in English where it has none in `lang`).
 * @param {Language} lang
 * @param {string} [root] the site's folder (public/)
 * @returns {Promise<TestimonyAskSource[]>}
 */
export async function askSources(lang, root) {
  const p = paths(root)
  const manifest = await readJson(p, p.manifest)
  /** @param {string} file */
  const cues = async (file) => parseCaptionFile(await readFile(p.abs(file), 'utf8'), file)
  const out = []
  for (const listed of manifest.cells) {
    const cell = await readJson(p, `content/${listed}`)
    for (const t of cell.testimonies) {
      if (!t.questions || !t.chapters || !existsSync(p.abs(t.questions))) continue
      const captionFile = t.captions[lang] ?? t.captions.en
      out.push({
        cell: cell.id,
        testimony: t.id,
        questions: await readJson(p, t.questions),
        parts: await cues(t.chapters[lang] ?? t.chapters.en),
        captions: captionFile ? await cues(captionFile) : [],
      })
    }
  }
  return out
}

/**
 * @typedef {object} AskModule what the measure needs of src/ask (imported as TS by Vitest, or by Vite's runner)
 * @property {(parts: readonly AskPart[], lang: Language) => AskIndex} buildAskIndex
 * @property {(index: AskIndex, q: string, cell?: string) => AskResult} findAnswer
 * @property {(s: TestimonyAskSource, lang: Language) => { parts: AskPart[]; offered: Suggestion[] }} collectTestimony
 */

/**
 * @typedef {object} Accuracy
 * @property {number} asked phrasings that have a recorded answer
 * @property {number} right the right part played first
 * @property {number} noAnswer answered honestly with "no recorded answer" (where there is one: a miss, not a harm)
 * @property {number} wrongConfident a wrong part played as the answer: must be 0
 * @property {number} unanswerable phrasings with no recorded answer
 * @property {number} unanswerableRefused of those, answered "no recorded answer"
 * @property {string[]} misses each phrasing not answered right, and what it got
 */

/**
 * First-match accuracy of Ask on the test phrasings of `lang`.
 * @param {AskModule} ask
 * @param {Language} lang
 * @param {string} [root]
 * @returns {Promise<Accuracy>}
 */
export async function askAccuracy(ask, lang, root) {
  /** @type {Record<string, { cell: string; q: string; answer: [string, number] | null }[]>} */
  const fixture = JSON.parse(await readFile(PHRASINGS, 'utf8'))
  const sources = await askSources(lang, root)
  const index = ask.buildAskIndex(
    sources.flatMap((s) => ask.collectTestimony(s, lang).parts),
    lang,
  )
  /** @type {Accuracy} */
  const out = {
    asked: 0,
    right: 0,
    noAnswer: 0,
    wrongConfident: 0,
    unanswerable: 0,
    unanswerableRefused: 0,
    misses: [],
  }
  for (const { cell, q, answer } of fixture[lang]) {
    const result = ask.findAnswer(index, q, cell)
    const got = result.kind === 'answer' ? `${result.part.testimony}#${result.part.part}` : 'no answer'
    if (!answer) {
      out.unanswerable++
      if (result.kind === 'none') out.unanswerableRefused++
      else {
        out.wrongConfident++
        out.misses.push(`"${q}" (no answer) → ${got}`)
      }
      continue
    }
    out.asked++
    const [testimony, part] = answer
    if (result.kind === 'none') {
      out.noAnswer++
      out.misses.push(
        `"${q}" → no answer (best ${result.best ? `${result.best.part.testimony}#${result.best.part.part} ${result.best.score.toFixed(1)} ${result.best.coverage.toFixed(2)}` : 'none'})`,
      )
    } else if ((testimony === '*' || result.part.testimony === testimony) && result.part.part === part) out.right++
    else {
      out.wrongConfident++
      out.misses.push(
        `"${q}" → ${got} (${result.score.toFixed(1)} ${result.coverage.toFixed(2)}), expected ${testimony}#${part}`,
      )
    }
  }
  return out
}
