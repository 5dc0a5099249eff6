// The content tool's `check`: one small check per part of the content, each returning its problems as lines that
// name the file (and field); `check` runs them in the order a curator reads the content.
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { SPEECH_BYTES_PER_MINUTE, probeAudio } from './audio.mjs'
import { cuesPastEnd, parseCaptionFile } from './captions.mjs'
import { chapterProblems } from './chapters.mjs'
import { questionProblems } from './questions.mjs'
import { problemText } from './errors.mjs'
import { filesBeside } from './glb.mjs'
import { modelStats } from './model.mjs'
import { previewProblems } from './previews.mjs'
import { consentProblems, isWithdrawn, recordProblems } from './provenance.mjs'
import { budgetProblems } from './model-budget.mjs'
import { quickLookBudgetProblems, quickLookStaleness, quickLookStats } from './quick-look.mjs'
import { paths, readJson } from './registry.mjs'
import { hasFfmpeg } from './run.mjs'
import { contentSchema, schemaProblems } from './schema.mjs'
import { cellFiles, orphans } from './staging.mjs'
/** @import { Cell, Testimony } from '../../src/content/schema.ts' */
/** @import { Paths } from './registry.mjs' */
/** @import { Schemas } from './schema.mjs' */

const CELL_TEXTS = /** @type {const} */ (['name', 'place', 'dates', 'heldHere', 'description'])
const TESTIMONY_TEXTS = /** @type {const} */ (['captions', 'title', 'transcript', 'contentNote'])

/** @typedef {Partial<Record<string, string>>} Texts a text by language */

/**
 * What the checks share (`context`): where the content is, its manifest (as read: any shape), the schema, whether
 * ffmpeg is there, the promised languages, and the warnings found so far.
 * @typedef {{ p: Paths; manifest: any; schema: Schemas; ffmpeg: boolean; languages: string[]; warnings: string[] }} Context
 */

/**
 * Every problem in the content, each naming the file (and field); an empty list means all is well.
 * @param {{ root?: string }} [options]
 * @returns {Promise<string[]>}
 */
export async function check({ root } = {}) {
  return (await review({ root })).problems
}

/**
 * The problems (the site must not be published with any) and the warnings (allowed, but a curator should know):
 * every listed cell, the letters, files nothing refers to, cells waiting for their first testimony.
 * @param {{ root?: string }} [options]
 * @returns {Promise<{ problems: string[]; warnings: string[] }>}
 */
export async function review({ root } = {}) {
  const p = paths(root)
  /** @type {Context} */
  let ctx
  try {
    ctx = await context(p)
  } catch (e) {
    return { problems: [/** @type {Error} */ (e).message], warnings: [] }
  }
  const problems = [...schemaProblems(p.manifest, ctx.schema.manifest.safeParse(ctx.manifest))]
  problems.push(...(await checkLetters(ctx)))
  const listed = listedCells(ctx.manifest)
  for (const file of listed) problems.push(...(await checkCell(ctx, file)))
  for (const file of await orphans(p.root))
    problems.push(problemText(file, 'no content refers to it, so it would be published for nothing: remove it'))
  problems.push(...(await checkPreviews(p)))
  const warnings = [...ctx.warnings]
  if (!existsSync(p.abs('previews')))
    warnings.push(
      problemText(
        'previews/',
        'has no link-preview images: a shared link shows no picture (run `npm run content -- previews`)',
      ),
    )
  for (const file of await cellFiles(p))
    if (!listed.includes(file))
      warnings.push(problemText(file, 'is not listed in the manifest yet (add a testimony to it to publish it)'))
  return { problems, warnings }
}

/**
 * What the checks share: where the content is, the schema, whether ffmpeg is there, the promised languages.
 * @param {Paths} p
 * @returns {Promise<Context>}
 */
async function context(p) {
  const manifest = await readJson(p, p.manifest)
  const languages = Array.isArray(manifest.languages) ? manifest.languages : ['en']
  return { p, manifest, schema: await contentSchema(), ffmpeg: await hasFfmpeg(), languages, warnings: [] }
}

/**
 * @param {any} manifest as read
 * @returns {string[]}
 */
const listedCells = (manifest) =>
  Array.isArray(manifest.cells) ? manifest.cells.map((/** @type {string} */ c) => `content/${c}`) : []

/**
 * The checks a command runs on the site as it will be (`view`: staged files over published ones) before publishing:
 * the manifest, and the cell it changed — every file, length and budget. A cell not yet listed may have no testimony.
 * @param {Paths} view
 * @param {string} cellFile
 * @returns {Promise<string[]>}
 */
export async function validateChange(view, cellFile) {
  const ctx = await context(view)
  const unlisted = !listedCells(ctx.manifest).includes(cellFile)
  const result = ctx.schema.manifest.safeParse(ctx.manifest)
  // a site being built from nothing lists no cell until the first one has its first testimony (the demo's publish)
  const empty = (/** @type {{ path: PropertyKey[]; code: string }} */ i) =>
    unlisted && i.path.length === 1 && i.path[0] === 'cells' && i.code === 'too_small'
  const problems = result.success
    ? []
    : schemaProblems(view.manifest, { ...result, error: { issues: result.error.issues.filter((i) => !empty(i)) } })
  return [...problems, ...(await checkCell(ctx, cellFile, { unlisted }))]
}

/**
 * A site with link-preview images has one per listed cell and language, each right and up to date.
 * @param {Paths} p
 * @returns {Promise<string[]>}
 */
async function checkPreviews(p) {
  if (!existsSync(p.abs('previews'))) return []
  try {
    return await previewProblems({ root: p.root })
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)]
  }
}

/**
 * The letters file against the schema, where the site has one.
 * @param {Context} ctx
 * @returns {Promise<string[]>}
 */
async function checkLetters({ p, schema }) {
  if (!existsSync(p.abs(p.letters))) return []
  try {
    return schemaProblems(p.letters, schema.letters.safeParse(await readJson(p, p.letters)))
  } catch (e) {
    return [/** @type {Error} */ (e).message]
  }
}

/**
 * One cell file: the schema, its texts, its model, its ambient loop, then each testimony.
 * @param {Context} ctx
 * @param {string} file
 * @param {{ unlisted?: boolean }} [options]
 * @returns {Promise<string[]>}
 */
async function checkCell(ctx, file, { unlisted = false } = {}) {
  /** @type {any} as read */
  let data
  try {
    data = await readJson(ctx.p, file)
  } catch (e) {
    return [/** @type {Error} */ (e).message]
  }
  // a cell waiting for its first testimony is held to every rule but "at least one testimony"
  const waiting = unlisted && Array.isArray(data.testimonies) && data.testimonies.length === 0
  const parsed = ctx.schema.cell.safeParse(data)
  if (!parsed.success) {
    const problems = schemaProblems(file, parsed)
    if (!waiting) return problems
    const real = problems.filter((line) => !line.endsWith('a cell needs at least one testimony'))
    if (real.length) return real
  }
  /** @type {Cell} the schema's, or a waiting cell's that only lacks a testimony */
  const cell = parsed.success ? parsed.data : data
  const problems = [
    ...checkCellTexts(file, cell, ctx.languages),
    ...(await checkModel(ctx.p, file, cell.model)),
    ...(await checkQuickLook(ctx.p, file, cell)),
    ...missingFile(ctx.p, file, 'ambient.opus', cell.ambient.opus),
    ...missingFile(ctx.p, file, 'ambient.aac', cell.ambient.aac),
    ...(await recordProblems(ctx.p, file, cell, ctx.schema.provenance, schemaProblems)),
  ]
  for (const [i, t] of cell.testimonies.entries()) {
    const consent = consentProblems(file, `testimonies[${i}]`, t)
    problems.push(...consent.problems)
    ctx.warnings.push(...consent.warnings)
    // a withdrawn testimony's files are gone: its entry stays only so that its links say it was withdrawn
    if (!isWithdrawn(t)) problems.push(...(await checkTestimony(ctx, file, i, t)))
  }
  return problems
}

/**
 * The cell's texts in every language the manifest promises.
 * @param {string} file
 * @param {Record<(typeof CELL_TEXTS)[number], Texts>} cell
 * @param {readonly string[]} languages
 * @returns {string[]}
 */
function checkCellTexts(file, cell, languages) {
  const problems = []
  for (const field of CELL_TEXTS)
    for (const lang of languages) if (!cell[field][lang]) problems.push(missingLanguage(file, field, lang))
  return problems
}

/**
 * The cell's model is there, and the textures it names beside it, and keeps to the budget.
 * @param {Paths} p
 * @param {string} file
 * @param {string} model
 * @returns {Promise<string[]>}
 */
async function checkModel(p, file, model) {
  const missing = missingFile(p, file, 'model', model)
  if (missing.length) return missing
  const dir = model.slice(0, model.lastIndexOf('/') + 1)
  const absent = filesBeside(await readFile(p.abs(model)))
    .map((name) => dir + name)
    .filter((texture) => !existsSync(p.abs(texture)))
  if (absent.length)
    return absent.map((texture) =>
      problemText(model, `names ${texture} beside it, which does not exist: add the cell again to write it`),
    )
  try {
    return budgetProblems(await modelStats(p.abs(model))).map((problem) => problemText(model, problem))
  } catch (e) {
    return [/** @type {Error} */ (e).message]
  }
}

/**
 * The cell's Quick Look package, where it names one: there, a USDZ Quick Look opens, within Apple's guidance, and
 * holding the recordings of the testimonies the cell offers now.
 * @param {Paths} p
 * @param {string} file
 * @param {Cell} cell
 * @returns {Promise<string[]>}
 */
async function checkQuickLook(p, file, cell) {
  const usdz = cell.quickLook
  if (!usdz) return []
  const missing = missingFile(p, file, 'quickLook', usdz)
  if (missing.length) return missing
  try {
    const stats = await quickLookStats(p.abs(usdz))
    const stale = await quickLookStaleness({ root: p.root, cell, stats, files: p })
    const rerun = `(run \`npm run content -- quick-look --cell ${cell.id}\`)`
    return [
      ...quickLookBudgetProblems(stats).map((problem) => problemText(usdz, problem)),
      ...stale.map((problem) => problemText(usdz, `${problem} ${rerun}`)),
    ]
  } catch (e) {
    return [problemText(usdz, `is not a USDZ package that can be read (${e instanceof Error ? e.message : e})`)]
  }
}

/**
 * One testimony: its texts, its recordings, their length and budget, then its captions against that length.
 * @param {Context} ctx
 * @param {string} file
 * @param {number} index
 * @param {Testimony} t
 * @returns {Promise<string[]>}
 */
async function checkTestimony(ctx, file, index, t) {
  const at = `testimonies[${index}]`
  const problems = [
    ...checkTestimonyTexts(file, at, t, ctx.languages, ctx.warnings),
    ...missingFile(ctx.p, file, `${at}.audio.opus`, t.audio.opus),
    ...missingFile(ctx.p, file, `${at}.audio.aac`, t.audio.aac),
  ]
  let duration = t.duration
  if (existsSync(ctx.p.abs(t.audio.opus))) {
    const measured = ctx.ffmpeg ? await checkDuration(ctx.p, file, at, t) : { duration, problems: [] }
    duration = measured.duration
    problems.push(...measured.problems, ...(await checkSpeechBudget(ctx.p, t.audio.opus, duration)))
    // The AAC copy is what iPhones and Safari download. The budget names Opus, and ffmpeg's AAC encoder runs well
    // over its rate on short or noisy material: over budget is a warning.
    if (existsSync(ctx.p.abs(t.audio.aac)))
      ctx.warnings.push(...(await checkSpeechBudget(ctx.p, t.audio.aac, duration)))
  }
  for (const [lang, vtt] of Object.entries(/** @type {Record<string, string>} */ (t.captions)))
    problems.push(...(await checkCaptions(ctx.p, file, `${at}.captions.${lang}`, vtt, duration)))
  if (t.chapters) problems.push(...(await checkChapters(ctx, file, at, t, duration)))
  if (t.questions) problems.push(...(await checkQuestions(ctx, file, at, t)))
  return problems
}

/**
 * The testimony's curated questions (Ask): the file there and of the schema's shape, each question leading to a part
 * its chapters have, phrased in every promised language.
 * @param {Context} ctx
 * @param {string} file
 * @param {string} at
 * @param {Testimony} t
 * @returns {Promise<string[]>}
 */
async function checkQuestions(ctx, file, at, t) {
  const questions = /** @type {string} */ (t.questions)
  const missing = missingFile(ctx.p, file, `${at}.questions`, questions)
  if (missing.length) return missing
  let data
  try {
    data = await readJson(ctx.p, questions)
  } catch (e) {
    return [/** @type {Error} */ (e).message]
  }
  const parsed = ctx.schema.questionsFile.safeParse(data)
  if (!parsed.success) return schemaProblems(questions, parsed)
  const chapters = /** @type {Record<string, string>} */ (t.chapters ?? {})
  const first = chapters.en ?? Object.values(chapters)[0]
  let parts = null
  if (first && existsSync(ctx.p.abs(first)))
    try {
      parts = (await parseCaptionFile(await readFile(ctx.p.abs(first), 'utf8'), first)).length
    } catch {
      return [] // named by checkChapters
    }
  else if (first) return [] // named by checkChapters
  const { problems, warnings } = questionProblems({
    file: questions,
    data: parsed.data,
    parts,
    languages: ctx.languages,
  })
  ctx.warnings.push(...warnings)
  return problems
}

/**
 * The testimony's parts: a chapters file in every language the manifest promises, each there and parseable, and
 * the parts inside the recording, not overlapping, the same in every language, with captions under each.
 * @param {Context} ctx
 * @param {string} file
 * @param {string} at
 * @param {Testimony} t
 * @param {number} duration
 * @returns {Promise<string[]>}
 */
async function checkChapters(ctx, file, at, t, duration) {
  const files = /** @type {Record<string, string>} */ (t.chapters)
  const problems = ctx.languages
    .filter((lang) => !files[lang])
    .map((lang) => missingLanguage(file, `${at}.chapters`, lang))
  /** @type {Record<string, { file: string; cues: import('./captions.mjs').Cue[] }>} */
  const chapters = {}
  for (const [lang, vtt] of Object.entries(files)) {
    const missing = missingFile(ctx.p, file, `${at}.chapters.${lang}`, vtt)
    if (missing.length) problems.push(...missing)
    else
      try {
        chapters[lang] = { file: vtt, cues: await parseCaptionFile(await readFile(ctx.p.abs(vtt), 'utf8'), vtt) }
      } catch (e) {
        problems.push(/** @type {Error} */ (e).message)
      }
  }
  if (!Object.keys(chapters).length) return problems
  const captionFile = Object.values(/** @type {Record<string, string>} */ (t.captions)).find((f) =>
    existsSync(ctx.p.abs(f)),
  )
  let captions = null
  try {
    if (captionFile) captions = await parseCaptionFile(await readFile(ctx.p.abs(captionFile), 'utf8'), captionFile)
  } catch {
    // named by checkCaptions
  }
  return [...problems, ...chapterProblems({ chapters, duration, captions, captionFile: captionFile ?? '' })]
}

/**
 * The testimony's captions and texts in every language the manifest promises.
 * @param {string} file
 * @param {string} at the testimony's field in the cell file
 * @param {Record<(typeof TESTIMONY_TEXTS)[number], Texts> & { noCaptions?: readonly string[] }} t
 * @param {readonly string[]} languages
 * @param {string[]} warnings
 * @returns {string[]}
 */
function checkTestimonyTexts(file, at, t, languages, warnings) {
  const problems = []
  for (const lang of languages)
    for (const field of TESTIMONY_TEXTS) {
      if (t[field][lang]) continue
      if (field === 'captions' && t.noCaptions?.includes(lang))
        warnings.push(problemText(file, uncaptioned(lang), `${at}.captions.${lang}`))
      else problems.push(missingLanguage(file, `${at}.${field}`, lang))
    }
  return problems
}

/**
 * The warning for a language a testimony has no captions in, by the curator's choice.
 * @param {string} lang
 */
const uncaptioned = (lang) =>
  `none in ${lang}, by choice ("noCaptions"): visitors see a note that there are none, and the transcript`

/**
 * The entry's duration against the Opus recording's, as ffprobe measures it. Returns the problems and the duration
 * to time captions against: the measured one, or the entry's where the file cannot be read.
 * @param {Paths} p
 * @param {string} file
 * @param {string} at
 * @param {Testimony} t
 * @returns {Promise<{ duration: number; problems: string[] }>}
 */
async function checkDuration(p, file, at, t) {
  let duration
  try {
    duration = (await probeAudio(p.abs(t.audio.opus))).duration
  } catch (e) {
    // the error names the file's absolute path; the curator knows it by its site path
    const message = /** @type {Error} */ (e).message
    return { duration: t.duration, problems: [problemText(t.audio.opus, message.replace(/^.*?: /, ''))] }
  }
  const says = `says ${t.duration} s but ${t.audio.opus} lasts ${duration.toFixed(2)} s`
  const problems = Math.abs(duration - t.duration) > 0.5 ? [problemText(file, says, `${at}.duration`)] : []
  return { duration, problems }
}

/**
 * A copy of the speech recording (Opus, or the AAC that iPhones download) keeps to its budget of bytes per minute.
 * @param {Paths} p
 * @param {string} copy
 * @param {number} duration
 * @returns {Promise<string[]>}
 */
async function checkSpeechBudget(p, copy, duration) {
  const { size } = await stat(p.abs(copy))
  const over = `${(size / 1048576 / (duration / 60)).toFixed(2)} MB per minute, over the 0.4 MB budget`
  return size / (duration / 60) > SPEECH_BYTES_PER_MINUTE ? [problemText(copy, over)] : []
}

/**
 * One caption file is there, parses, and has no cue ending after the recording does.
 * @param {Paths} p
 * @param {string} file
 * @param {string} field
 * @param {string} vtt
 * @param {number} duration
 * @returns {Promise<string[]>}
 */
async function checkCaptions(p, file, field, vtt, duration) {
  const missing = missingFile(p, file, field, vtt)
  if (missing.length) return missing
  try {
    const late = cuesPastEnd(await parseCaptionFile(await readFile(p.abs(vtt), 'utf8'), vtt), duration)
    if (!late.length) return []
    const ends = `a cue ends at ${late[0].end.toFixed(2)} s, after the audio ends (${duration.toFixed(2)} s)`
    return [problemText(vtt, ends)]
  } catch (e) {
    return [/** @type {Error} */ (e).message]
  }
}

/**
 * The site file an entry's field names, where it is not there.
 * @param {Paths} p
 * @param {string} file
 * @param {string} field
 * @param {string} sitePath
 * @returns {string[]}
 */
function missingFile(p, file, field, sitePath) {
  return existsSync(p.abs(sitePath)) ? [] : [problemText(file, `"${sitePath}" does not exist`, field)]
}

/**
 * A text or caption the manifest promises in `lang` that the entry lacks.
 * @param {string} file
 * @param {string} field
 * @param {string} lang
 */
function missingLanguage(file, field, lang) {
  return problemText(file, `missing (the manifest promises ${lang})`, `${field}.${lang}`)
}
