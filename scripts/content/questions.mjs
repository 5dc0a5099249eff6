// A testimony's curated questions (Ask): a JSON file beside its chapters, shaped by the app's one schema
// (src/content/schema.ts `questionsFile`), checked against the testimony's parts and the promised languages.
import { problemText } from './errors.mjs'

/**
 * What is wrong with a questions file that its shape alone does not say: each question names a part the chapters
 * have, every promised language has its phrasings, and no part is left without a question (a warning: the curator
 * may leave a part to be heard whole).
 * @param {object} options
 * @param {string} options.file the questions file, named in each problem
 * @param {import('../../src/content/schema.ts').QuestionsFile} options.data as the schema read it
 * @param {number | null} options.parts how many parts the chapters have; null where there are no chapters
 * @param {readonly string[]} options.languages the manifest's promised languages
 * @returns {{ problems: string[]; warnings: string[] }}
 */
export function questionProblems({ file, data, parts, languages }) {
  /** @type {string[]} */
  const problems = []
  /** @type {string[]} */
  const warnings = []
  if (parts === null)
    return { problems: [problemText(file, 'the testimony has no parts (chapters) to lead to')], warnings }
  const asked = new Set()
  data.questions.forEach((q, i) => {
    const at = `questions[${i}]`
    if (q.part >= parts)
      problems.push(
        problemText(file, `names part ${q.part}, but the testimony has ${parts} parts (0–${parts - 1})`, `${at}.part`),
      )
    asked.add(q.part)
    for (const lang of languages)
      if (!(/** @type {Partial<Record<string, string[]>>} */ (/** @type {unknown} */ (q))[lang]?.length))
        problems.push(problemText(file, `missing (the manifest promises ${lang})`, `${at}.${lang}`))
  })
  for (let part = 0; part < parts; part++)
    if (!asked.has(part)) warnings.push(problemText(file, `part ${part} has no question: Ask never leads to it`))
  return { problems, warnings }
}

/**
 * The report's counts: questions and phrasings by language, "12 questions; en 36, uk 36".
 * @param {import('../../src/content/schema.ts').QuestionsFile} data
 * @returns {string}
 */
export function questionsLine(data) {
  /** @type {Record<string, number>} */
  const phrasings = {}
  for (const q of data.questions)
    for (const lang of ['en', 'uk', 'de', 'pl']) {
      const list = /** @type {Record<string, string[] | undefined>} */ (/** @type {unknown} */ (q))[lang]
      if (list) phrasings[lang] = (phrasings[lang] ?? 0) + list.length
    }
  const parts = new Set(data.questions.map((q) => q.part)).size
  const counts = Object.entries(phrasings).map(([lang, n]) => `${lang} ${n}`)
  return `${data.questions.length} questions for ${parts} parts; phrasings: ${counts.join(', ')}`
}
