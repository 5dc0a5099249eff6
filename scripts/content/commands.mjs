// The content tool's commands: add-testimony, add-cell, check (check.mjs), report. Each takes `root` (default public/).
import { existsSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AMBIENT_LUFS, SPEECH_BYTES_PER_MINUTE, encodeSpeech, measureLoudness } from './audio.mjs'
import { cuesPastEnd, parseCaptionFile, shiftCues, toWebVTT } from './captions.mjs'
import { partsLine } from './chapters.mjs'
import { questionsLine } from './questions.mjs'
import { PipelineError } from './errors.mjs'
import { modelStats, optimizeModel } from './model.mjs'
import { budgetProblems } from './model-budget.mjs'
import { quickLookBudgetProblems, quickLookSizeProblem, quickLookStats, writeQuickLook } from './quick-look.mjs'
import { CONSENT_WARNING_DAYS, curator, daysLeft, isWithdrawn, splitProvenance, stageRecord } from './provenance.mjs'
import { paths, readJson } from './registry.mjs'
import { hasFfmpeg } from './run.mjs'
import { contentSchema, schemaProblems } from './schema.mjs'
import { validateChange } from './check.mjs'
import { transaction } from './staging.mjs'

export { check, review } from './check.mjs'

/** @import { Paths } from './registry.mjs' */
/** @import { Stage } from './staging.mjs' */
/** @import { OptimisedModel } from './model.mjs' */
/** @import { QuickLookCell, QuickLookStats } from './quick-look.mjs' */
/** @import { Cue } from './captions.mjs' */

/**
 * A content file's fields as the tool reads them from JSON, before the schema has checked them.
 * @typedef {Record<string, any>} Json
 */
/** @typedef {[number, number, number]} Position */

/**
 * A metadata file's JSON (a path to it), or the metadata itself.
 * @param {string | Json} meta
 * @returns {Promise<Json>}
 */
async function readMeta(meta) {
  if (typeof meta !== 'string') return meta
  try {
    return JSON.parse(await readFile(meta, 'utf8'))
  } catch (e) {
    throw new PipelineError(meta, `could not be read as JSON (${e instanceof Error ? e.message : e})`)
  }
}

/**
 * The cell with its Quick Look package named right after its model, where `add-cell` puts it.
 * @param {Json} cell
 * @param {string} path
 * @returns {Json}
 */
function withQuickLook(cell, path) {
  /** @type {Json} */
  const out = {}
  for (const [key, value] of Object.entries(cell)) {
    if (key !== 'quickLook') out[key] = value
    if (key === 'model') out.quickLook = path
  }
  return { ...out, quickLook: path }
}

/**
 * The cell naming its provenance record right after its model and Quick Look package, where `add-cell` puts it.
 * @param {Json} cell
 * @param {string} path
 * @returns {Json}
 */
function withProvenance(cell, path) {
  /** @type {Json} */
  const out = {}
  const after = 'quickLook' in cell ? 'quickLook' : 'model'
  for (const [key, value] of Object.entries(cell)) {
    if (key !== 'provenance') out[key] = value
    if (key === after) out.provenance = path
  }
  return { ...out, provenance: path }
}

/**
 * Builds the cell's Quick Look package in the stage from the site as it will be (a staged model and recordings over
 * the published ones) and stages it under `models/<cell>.usdz`: the published package stays until the cell file that
 * names the new one is published. Resolves with the site path it will have and what the package holds.
 * @param {Stage} stage
 * @param {Json} cell
 * @returns {Promise<{ file: string; stats: QuickLookStats }>}
 */
async function stageQuickLook(stage, cell) {
  const scratch = await stage.scratch(`models/${cell.id}.usdz`)
  // the cell as it will be published: checked with the whole change once staged (validateChange), before publishing
  const stats = await writeQuickLook({
    root: stage.p.root,
    cell: /** @type {QuickLookCell} */ (cell),
    files: stage.view,
    out: scratch,
  })
  return { file: await stage.place(scratch, stage.p.quickLook(cell.id)), stats }
}

/**
 * Every language the manifest promises has a caption file or is left without one by choice (`--no-captions`),
 * checked before anything is encoded.
 * @param {Paths} p
 * @param {Record<string, string>} captions caption file by language
 * @param {readonly string[]} none languages without captions, by choice
 */
async function captionsOrChoice(p, captions, none) {
  const manifest = await readJson(p, p.manifest)
  for (const lang of none)
    if (captions[lang]) throw new PipelineError(captions[lang], `is given for ${lang}, which --no-captions also names`)
  for (const lang of manifest.languages ?? ['en'])
    if (!captions[lang] && !none.includes(lang))
      throw new PipelineError(
        p.manifest,
        `promises captions in ${lang}: give --captions ${lang}=<file>, or --no-captions ${lang} to publish the testimony ` +
          'without them (visitors then see a note that there are none, and the transcript)',
        'languages',
      )
}

/**
 * Caption files are read and parsed before any audio is encoded: a broken one fails at once.
 * @param {Record<string, string>} captions caption file by language
 * @returns {Promise<Record<string, { file: string; cues: Cue[] }>>}
 */
async function readCaptions(captions) {
  /** @type {Record<string, { file: string; cues: Cue[] }>} */
  const parsed = {}
  for (const [lang, file] of Object.entries(captions)) {
    if (!existsSync(file)) throw new PipelineError(file, 'does not exist')
    parsed[lang] = { file, cues: await parseCaptionFile(await readFile(file, 'utf8'), file) }
  }
  return parsed
}

/**
 * A questions file as given to add-testimony (a path, or its contents), of the schema's shape.
 * @param {string | Json} questions
 * @returns {Promise<Json>}
 */
async function readQuestions(questions) {
  const name = typeof questions === 'string' ? questions : 'questions'
  /** @type {Json} */
  let data = typeof questions === 'string' ? {} : questions
  if (typeof questions === 'string') {
    if (!existsSync(questions)) throw new PipelineError(questions, 'does not exist')
    try {
      data = JSON.parse(await readFile(questions, 'utf8'))
    } catch (e) {
      throw new PipelineError(questions, `is not valid JSON (${e instanceof Error ? e.message : e})`)
    }
  }
  const schema = await contentSchema()
  const problems = schemaProblems(name, schema.questionsFile.safeParse(data))
  if (problems.length) throw new PipelineError(name, problems.join('; ').replace(`${name}: `, ''))
  return data
}

/**
 * Adds (or replaces) a testimony, all or nothing: the recording is checked for damage, normalised and encoded,
 * captions are checked against it and written as WebVTT, the duration measured, and the entry registered in its
 * cell's file — in a staging folder, validated with the whole cell, and only then published. A replaced testimony's
 * old files stay published until the new ones have passed. The cell is listed in the manifest with its first one.
 * @param {object} options
 * @param {string} options.root the site's folder (the CLI's default: public/)
 * @param {string} options.cell the cell's id
 * @param {string | Json} options.meta the testimony's metadata, or its JSON file
 * @param {string} options.audio the recording
 * @param {Record<string, string>} [options.captions] caption file by language
 * @param {string[]} [options.noCaptions] languages to publish without captions, by choice
 * @param {Record<string, string>} [options.chapters] the testimony's parts: a WebVTT chapters file by language
 * @param {string | Json} [options.questions] the questions its parts answer (Ask): a JSON file, or its contents,
 *   of the schema's `questionsFile` shape; checked against the parts with the whole cell
 * @param {string} [options.by] who publishes (default: the PV_CURATOR environment variable; refused without)
 * @returns {Promise<{
 *   entry: Json & { duration: number; audio: { opus: string; aac: string }; captions: Record<string, string> }
 *   source: { duration: number; channels: number; sampleRate: number }
 *   quickLook: QuickLookStats
 * }>}
 */
export async function addTestimony({
  root,
  cell: cellId,
  meta,
  audio,
  captions = {},
  noCaptions = [],
  chapters = {},
  questions,
  by,
}) {
  const p = paths(root)
  const publisher = curator(by)
  const read = await readMeta(meta)
  if (!read?.id) throw new PipelineError(typeof meta === 'string' ? meta : 'metadata', 'needs an "id"', 'id')
  // the description's `provenance` (when it was recorded, who transcribed it, …) goes into the cell's record
  const { fields: info, record } = splitProvenance(read)
  const cellFile = p.cell(cellId)
  const cell = await readJson(p, cellFile)
  if (!existsSync(audio)) throw new PipelineError(audio, 'does not exist')
  const none = [...new Set([...(info.noCaptions ?? []), ...noCaptions])].sort()
  await captionsOrChoice(p, captions, none)
  const cues = await readCaptions(captions)
  const parts = await readCaptions(chapters)
  const asked = questions === undefined ? null : await readQuestions(questions)

  return transaction(
    root,
    async (stage) => {
      const base = await stage.scratch(`audio/${info.id}`)
      const encoded = await encodeSpeech(audio, base)
      /** @type {Record<string, string>} */
      const captionPaths = {}
      for (const [lang, { file, cues: timed }] of Object.entries(cues)) {
        // the captions were timed against the recording as given, before its leading silence was cut
        const list = shiftCues(timed, encoded.trimmed)
        const late = cuesPastEnd(list, encoded.duration)
        if (late.length)
          throw new PipelineError(
            file,
            `has a cue ending at ${late[0].end.toFixed(2)} s, after the recording ends (${encoded.duration} s)`,
          )
        const vtt = await stage.scratch(`captions/${info.id}.${lang}.vtt`)
        await writeFile(vtt, toWebVTT(list))
        captionPaths[lang] = await stage.place(vtt, p.captions(info.id, lang))
      }
      /** @type {Record<string, string>} */
      const chapterPaths = {}
      // timed like the captions; checked against them, the recording and each other with the whole cell (check.mjs)
      for (const [lang, { cues: timed }] of Object.entries(parts)) {
        const vtt = await stage.scratch(`captions/${info.id}.chapters.${lang}.vtt`)
        await writeFile(vtt, toWebVTT(shiftCues(timed, encoded.trimmed)))
        chapterPaths[lang] = await stage.place(vtt, p.chapters(info.id, lang))
      }
      let questionsPath = null
      if (asked) {
        const json = await stage.scratch(`questions/${info.id}.json`)
        await writeFile(json, `${JSON.stringify(asked, null, 2)}\n`)
        questionsPath = await stage.place(json, p.questions(info.id))
      }

      let position = info.position
      if (!position && info.anchor) {
        const stats = await modelStats(p.abs(cell.model))
        position = stats.nodes[info.anchor] ?? stats.nodes[`anchor-${info.anchor}`]
        if (!position) throw new PipelineError(cell.model, `has no node named "${info.anchor}"`, 'anchor')
      }
      const out = p.audio(info.id)
      const { consentScope: _scope, ...described } = info
      const entry = {
        ...described,
        position,
        audio: {
          opus: await stage.place(encoded.opus, `${out}.webm`),
          aac: await stage.place(encoded.aac, `${out}.m4a`),
        },
        duration: encoded.duration,
        captions: { ...info.captions, ...captionPaths },
        ...(none.length && { noCaptions: none }),
        ...(Object.keys(chapterPaths).length && { chapters: { ...info.chapters, ...chapterPaths } }),
        ...(questionsPath && { questions: questionsPath }),
        // last, where `publish` puts one added by hand
        ...(info.consentScope && { consentScope: info.consentScope }),
      }
      const testimonies = (cell.testimonies ?? []).filter((/** @type {Json} */ t) => t.id !== info.id)
      const updated = withProvenance({ ...cell, testimonies: [...testimonies, entry] }, p.provenance(cellId))
      // the Quick Look package carries every recording, so it is written again with this one in it (from the staged
      // recordings), and published with the cell
      const { file: usdz, stats: quickLook } = await stageQuickLook(stage, updated)
      await stage.writeJson(cellFile, withQuickLook(updated, usdz))
      await stageRecord(stage, cellFile, { by: publisher, testimonies: record ? { [info.id]: record } : {} })
      const manifest = await readJson(p, p.manifest)
      const listed = `cells/${cellId}.json`
      if (!manifest.cells.includes(listed))
        await stage.writeJson(p.manifest, { ...manifest, cells: [...manifest.cells, listed] })
      return { entry, source: encoded.source, quickLook }
    },
    (view) => validateChange(view, cellFile),
  )
}

/**
 * Adds (or replaces) a cell, all or nothing: the model is optimised into models/<id>.glb and must keep to the
 * budget, the ambient loop is encoded, and the cell file written (keeping testimonies it already had). A new cell is
 * listed in the manifest when its first testimony is added, so the published site never offers an empty room.
 * @param {object} options
 * @param {string} options.root the site's folder (the CLI's default: public/)
 * @param {string | Json} options.meta the cell's metadata, or its JSON file
 * @param {string} options.model the model, glTF or GLB
 * @param {string} [options.ambient] the room tone
 * @param {string} [options.by] who publishes (default: the PV_CURATOR environment variable; refused without)
 * @returns {Promise<{
 *   cell: string
 *   stats: OptimisedModel
 *   budget: string[]
 *   quickLook: QuickLookStats
 *   quickLookBudget: string[]
 * }>}
 */
export async function addCell({ root, meta, model, ambient, by }) {
  const p = paths(root)
  const publisher = curator(by)
  const read = await readMeta(meta)
  if (!read?.id) throw new PipelineError(typeof meta === 'string' ? meta : 'metadata', 'needs an "id"', 'id')
  // the description's `provenance` (what the room was rebuilt from, …) is the room's part of the cell's record
  const { fields: info, record: room } = splitProvenance(read)
  if (!existsSync(model)) throw new PipelineError(model, 'does not exist')
  if (ambient && !existsSync(ambient)) throw new PipelineError(ambient, 'does not exist')
  const cellFile = p.cell(info.id)
  const existing = existsSync(p.abs(cellFile)) ? await readJson(p, cellFile) : null

  return transaction(
    root,
    async (stage) => {
      const optimised = await stage.scratch(`models/${info.id}.glb`)
      // the cell's light (content, or kept from the published cell) is baked into the model
      const stats = await optimizeModel(model, optimised, { light: info.light ?? existing?.light })
      const over = budgetProblems(stats)
      if (over.length) throw new PipelineError(model, `is over budget once optimised: it ${over.join('; it ')}`)
      let ambientSources = existing?.ambient
      if (ambient) {
        const out = p.audio(`ambient-${info.id}`)
        const encoded = await encodeSpeech(ambient, await stage.scratch(out), { lufs: AMBIENT_LUFS, speech: false })
        ambientSources = {
          opus: await stage.place(encoded.opus, `${out}.webm`),
          aac: await stage.place(encoded.aac, `${out}.m4a`),
          volume: info.ambientVolume ?? 0.15,
        }
      }
      const { ambientVolume: _unused, ...rest } = info
      // its textures first, under their content names beside it (the GLB names them so)
      for (const file of stats.textureFiles) await stage.place(file, `models/${basename(file)}`)
      const modelPath = await stage.place(optimised, p.model(info.id))
      const cell = { ...rest, model: modelPath, ambient: ambientSources, testimonies: existing?.testimonies ?? [] }
      const { file: usdz, stats: quickLook } = await stageQuickLook(stage, cell)
      await stage.writeJson(cellFile, withProvenance(withQuickLook(cell, usdz), p.provenance(info.id)))
      await stageRecord(stage, cellFile, { by: publisher, room })
      return { cell: info.id, stats, budget: over, quickLook, quickLookBudget: quickLookBudgetProblems(quickLook) }
    },
    (view) => validateChange(view, cellFile),
  )
}

/**
 * Moves testimonies' markers and where an on-screen visitor starts (the studio's Save), all or nothing: validated with
 * the whole cell (a marker outside the room is refused), the Quick Look package written again with the markers where
 * they now are. A moved marker no longer follows its model node.
 * @param {object} options
 * @param {string} options.root the site's folder (the CLI's default: public/)
 * @param {string} options.cell the cell's id
 * @param {Record<string, Position>} [options.positions] testimonies' new spots, by id
 * @param {{ position: Position; yaw: number }} [options.start] where an on-screen visitor starts
 * @param {string} [options.by] who publishes (default: the PV_CURATOR environment variable; refused without)
 * @returns {Promise<void>}
 */
export async function placeMarkers({ root, cell: cellId, positions = {}, start, by }) {
  const p = paths(root)
  const publisher = curator(by)
  const cellFile = p.cell(cellId)
  const cell = await readJson(p, cellFile)
  /** @type {Json[]} */
  const listed = cell.testimonies
  const unknown = Object.keys(positions).filter((id) => !listed.some((t) => t.id === id))
  if (unknown.length) throw new PipelineError(cellFile, `has no testimony ${unknown.join(', ')}`, 'testimonies')
  const testimonies = listed.map((t) => {
    const position = positions[t.id]
    if (!position) return t
    const { anchor: _anchor, ...rest } = t
    return { ...rest, position: position.map((v) => Math.round(v * 1000) / 1000) }
  })
  return transaction(
    root,
    async (stage) => {
      const moved = { ...cell, ...(start && { start }), testimonies }
      // the Quick Look package has a marker at each testimony's spot: written again with the new ones
      const { file: usdz } = await stageQuickLook(stage, moved)
      await stage.writeJson(cellFile, withQuickLook(moved, usdz))
      await stageRecord(stage, cellFile, { by: publisher })
    },
    (view) => validateChange(view, cellFile),
  )
}

/**
 * Writes a cell's AR Quick Look package (`models/<cell>.usdz`) again from its published model and recordings, all or
 * nothing: after the cell file was edited by hand, for example a testimony withdrawn. `add-cell` and `add-testimony`
 * do it anyway.
 * @param {{ root: string; cell: string; by?: string }} options `root`: the site's folder; `cell`: the cell's id; `by`:
 *   who publishes (default: the PV_CURATOR environment variable; refused without)
 * @returns {Promise<{ file: string; stats: QuickLookStats; budget: string[] }>}
 */
export async function quickLook({ root, cell: cellId, by }) {
  const p = paths(root)
  const publisher = curator(by)
  const cellFile = p.cell(cellId)
  const cell = await readJson(p, cellFile)
  return transaction(
    root,
    async (stage) => {
      const { file, stats } = await stageQuickLook(stage, cell)
      const updated = withQuickLook(cell, file)
      if (JSON.stringify(cell) !== JSON.stringify(updated)) await stage.writeJson(cellFile, updated)
      await stageRecord(stage, cellFile, { by: publisher })
      return { file, stats, budget: quickLookBudgetProblems(stats) }
    },
    (view) => validateChange(view, cellFile),
  )
}

/**
 * Publishes a cell again as it stands, all or nothing: after its cell file was edited by hand (a consent scope, a
 * text), or with a new provenance record (`record`: the room and testimonies, without `published`) or new consent
 * scopes (`consent`, by testimony id). The Quick Look package is written again (a consent may no longer name AR),
 * everything is checked, and the record's `published` says when, by whom, and each file's SHA-256.
 * @param {object} options
 * @param {string} options.root the site's folder (the CLI's default: public/)
 * @param {string} options.cell the cell's id
 * @param {string} [options.by] who publishes (default: the PV_CURATOR environment variable; refused without)
 * @param {string | Json} [options.record] the cell's provenance record, or its JSON file
 * @param {Record<string, Json>} [options.consent] consent scopes by testimony id
 * @returns {Promise<{ record: string; files: number }>}
 */
export async function publish({ root, cell: cellId, by, record, consent = {} }) {
  const p = paths(root)
  const publisher = curator(by)
  const cellFile = p.cell(cellId)
  const cell = await readJson(p, cellFile)
  /** @type {Json[]} */
  const listed = cell.testimonies ?? []
  const unknown = Object.keys(consent).filter((id) => !listed.some((t) => t.id === id))
  if (unknown.length) throw new PipelineError(cellFile, `has no testimony ${unknown.join(', ')}`, 'testimonies')
  /** @type {Json | undefined} */
  let whole
  if (record !== undefined) {
    const { published: _old, ...rest } = await readMeta(record)
    whole = rest
  }
  return transaction(
    root,
    async (stage) => {
      const testimonies = listed.map((t) => (consent[t.id] ? { ...t, consentScope: consent[t.id] } : t))
      const updated = { ...cell, testimonies }
      const { file: usdz } = await stageQuickLook(stage, updated)
      await stage.writeJson(cellFile, withProvenance(withQuickLook(updated, usdz), p.provenance(cellId)))
      const at = await stageRecord(stage, cellFile, { by: publisher, record: whole })
      const { published } = await readJson(stage.view, at)
      return { record: at, files: published.files.length }
    },
    (view) => validateChange(view, cellFile),
  )
}

/** What a withdrawn testimony's entry says in place of its title, speaker, transcript and content note. */
const WITHDRAWN = {
  label: { en: 'Withdrawn', uk: 'Відкликано', de: 'Zurückgezogen', pl: 'Wycofano' },
  text: {
    en: 'This testimony has been withdrawn; its recording, captions and transcript are no longer published.',
    uk: 'Це свідчення відкликано; його запис, субтитри та стенограма більше не публікуються.',
    de: 'Dieses Zeugnis wurde zurückgezogen; seine Aufnahme, Untertitel und Abschrift werden nicht mehr veröffentlicht.',
    pl: 'Ta relacja została wycofana; jej nagranie, napisy i transkrypcja nie są już publikowane.',
  },
}

/**
 * Withdraws a testimony in one step, all or nothing: its recordings and caption files leave the site, its entry keeps
 * only its id and spot, marked `withdrawn` (the app leaves it out; its links say it was withdrawn; its words, title
 * and speaker are gone), the Quick Look package is written again without it, and the provenance record drops its
 * entry, lists the withdrawal and the hashes of what is published now. The next build writes its link pages as
 * withdrawn and leaves its files out of the offline list, so kiosks drop them at their next update.
 * @param {object} options
 * @param {string} options.root the site's folder (the CLI's default: public/)
 * @param {string} options.cell the cell's id
 * @param {string} options.testimony the testimony's id
 * @param {string} [options.by] who withdraws (default: the PV_CURATOR environment variable; refused without)
 * @param {Date} [options.now]
 * @returns {Promise<{ removed: string[]; quickLook: { from: string; to: string }; record: string }>}
 */
export async function withdraw({ root, cell: cellId, testimony: id, by, now = new Date() }) {
  const p = paths(root)
  const publisher = curator(by)
  const cellFile = p.cell(cellId)
  const cell = await readJson(p, cellFile)
  /** @type {Json[]} */
  const listed = cell.testimonies ?? []
  const entry = listed.find((t) => t.id === id)
  if (!entry) throw new PipelineError(cellFile, `has no testimony "${id}"`, 'testimonies')
  if (isWithdrawn(entry)) throw new PipelineError(cellFile, `"${id}" is already withdrawn`, 'testimonies')
  const removed = [
    entry.audio.opus,
    entry.audio.aac,
    ...Object.values(/** @type {Record<string, string>} */ (entry.captions)),
    ...Object.values(/** @type {Record<string, string>} */ (entry.chapters ?? {})),
    ...(typeof entry.questions === 'string' ? [entry.questions] : []),
  ]
  const languages = /** @type {const} */ (['en', 'uk', 'de', 'pl'])
  const withdrawn = {
    id: entry.id,
    title: WITHDRAWN.label,
    speaker: { label: WITHDRAWN.label, bio: WITHDRAWN.text, demo: false, consent: 'withdrawn' },
    position: entry.position,
    ...(entry.anchor && { anchor: entry.anchor }),
    // the schema asks for the recordings' paths: these files are removed, and nothing fetches a withdrawn testimony's
    audio: entry.audio,
    spokenLanguage: entry.spokenLanguage,
    duration: entry.duration,
    captions: {},
    noCaptions: [...languages],
    transcript: WITHDRAWN.text,
    contentNote: WITHDRAWN.text,
  }
  const updated = { ...cell, testimonies: listed.map((t) => (t.id === id ? withdrawn : t)) }
  const result = await transaction(
    root,
    async (stage) => {
      const { file: usdz } = await stageQuickLook(stage, updated)
      await stage.writeJson(cellFile, withProvenance(withQuickLook(updated, usdz), p.provenance(cellId)))
      const day = now.toISOString().slice(0, 10)
      const withdrawal = {
        testimony: id,
        at: day,
        by: publisher,
        removed: [...removed, `${cell.quickLook} (written again without it)`],
      }
      const record = await stageRecord(stage, cellFile, { by: publisher, withdrawal, now })
      return { removed, quickLook: { from: cell.quickLook, to: usdz }, record }
    },
    (view) => validateChange(view, cellFile),
  )
  const left = removed.filter((file) => existsSync(p.abs(file)))
  if (left.length) throw new PipelineError(left[0], 'is still published after the withdrawal: remove it by hand')
  return result
}

/**
 * One row per cell and testimony: sizes, durations, loudness and whether each meets its budget.
 * @param {{ root?: string }} [options]
 * @returns {Promise<Record<string, string>[]>}
 */
export async function report({ root } = {}) {
  const p = paths(root)
  const manifest = await readJson(p, p.manifest)
  const ffmpeg = await hasFfmpeg()
  const rows = []
  for (const listed of manifest.cells) {
    const cell = await readJson(p, `content/${listed}`)
    const stats = await modelStats(p.abs(cell.model))
    const over = budgetProblems(stats)
    rows.push({
      item: `cell ${cell.id}`,
      file: cell.model,
      size: `${(stats.bytes / 1024).toFixed(0)} KB`,
      detail: `${stats.triangles} triangles, ${stats.drawCalls} draw calls, ${(stats.textureBytes / 1048576).toFixed(1)} MB texture memory`,
      loudness: '',
      budget: over.length ? `OVER: ${over.join('; ')}` : 'ok',
    })
    if (cell.quickLook) rows.push(await quickLookRow(p, cell.quickLook))
    /** @type {Json | null} */
    const record =
      typeof cell.provenance === 'string' && existsSync(p.abs(cell.provenance))
        ? await readJson(p, cell.provenance)
        : null
    rows.push(provenanceRow(cell, record))
    for (const w of record?.withdrawn ?? [])
      rows.push({
        item: `  withdrawn ${w.testimony}`,
        file: cell.provenance,
        size: '',
        detail: `on ${w.at} by ${w.by}; removed from: ${w.removed.join(', ')}`,
        loudness: '',
        budget: 'ok',
      })
    for (const t of cell.testimonies) {
      if (isWithdrawn(t)) continue
      rows.push(consentRow(t))
      for (const file of [t.audio.opus, t.audio.aac]) {
        const { size } = await stat(p.abs(file))
        const perMinute = size / (t.duration / 60)
        const loudness = ffmpeg ? `${(await measureLoudness(p.abs(file))).integrated.toFixed(1)} LUFS` : 'n/a'
        rows.push({
          item: `  testimony ${t.id}`,
          file,
          size: `${(size / 1024).toFixed(0)} KB`,
          detail: `${t.duration.toFixed(1)} s, ${(perMinute / 1048576).toFixed(2)} MB/min`,
          loudness,
          budget: perMinute > SPEECH_BYTES_PER_MINUTE ? 'OVER 0.4 MB/min' : 'ok',
        })
      }
      if (t.chapters) rows.push(await partsRow(p, t.chapters))
      if (t.questions) rows.push(await questionsRow(p, t.questions))
    }
  }
  return rows
}

/**
 * The report's line for a testimony's parts, in English (or the first language it has parts in).
 * @param {Paths} p
 * @param {Record<string, string>} chapters
 * @returns {Promise<Record<string, string>>}
 */
async function partsRow(p, chapters) {
  const file = chapters.en ?? Object.values(chapters)[0]
  const row = { item: '    parts', file, size: '', detail: '', loudness: '', budget: '' }
  try {
    const cues = await parseCaptionFile(await readFile(p.abs(file), 'utf8'), file)
    return { ...row, size: `${cues.length}`, detail: partsLine(cues), budget: Object.keys(chapters).join(', ') }
  } catch (e) {
    return { ...row, budget: `UNREADABLE: ${e instanceof Error ? e.message : e}` }
  }
}

/**
 * The report's line for a testimony's curated questions (Ask): how many, for how many parts, phrasings by language.
 * @param {Paths} p
 * @param {string} file
 * @returns {Promise<Record<string, string>>}
 */
async function questionsRow(p, file) {
  const row = { item: '    questions', file, size: '', detail: '', loudness: '', budget: '' }
  try {
    const data = await readJson(p, file)
    return { ...row, size: `${data.questions.length}`, detail: questionsLine(data), budget: 'see check' }
  } catch (e) {
    return { ...row, budget: `UNREADABLE: ${e instanceof Error ? e.message : e}` }
  }
}

/**
 * The report's line for a cell's provenance record: its sources, and when and by whom it was last published.
 * @param {Json} cell
 * @param {Json | null} record
 * @returns {Record<string, string>}
 */
function provenanceRow(cell, record) {
  const row = { item: '  provenance', file: cell.provenance ?? '', size: '', detail: '', loudness: '' }
  if (!record) return { ...row, budget: 'MISSING: not published without it' }
  const sources = record.room?.sources?.length ?? 0
  const published = record.published
    ? `; published ${record.published.at} by ${record.published.by}, ${record.published.files.length} files with SHA-256`
    : '; not published yet'
  return {
    ...row,
    detail: `${sources} source${sources === 1 ? '' : 's'}, ${record.room?.elements?.length ?? 0} elements${published}`,
    budget: sources ? 'ok' : 'NO SOURCES: not published without one',
  }
}

/**
 * The report's line for a testimony's consent: where it may be shown, until when, and the days left.
 * @param {Json} t
 * @returns {Record<string, string>}
 */
function consentRow(t) {
  const row = { item: `  testimony ${t.id}`, file: 'consent', size: '', loudness: '' }
  const scope = t.consentScope
  if (!scope) return { ...row, detail: 'no consent scope', budget: 'MISSING: not published without it' }
  const left = scope.until ? daysLeft(scope.until) : null
  const until = scope.until ? `until ${scope.until} (${left} days left)` : 'until withdrawn'
  return {
    ...row,
    detail: `${scope.where.join(', ')}; ${until}; withdraw: ${scope.withdrawContact}`,
    budget: left === null || left > CONSENT_WARNING_DAYS ? 'ok' : left < 0 ? 'EXPIRED: withdraw or renew' : 'ENDS SOON',
  }
}

/**
 * The report's line for a cell's Quick Look package: size on disk and on the wire, polygons, textures, recordings.
 * @param {Paths} p
 * @param {string} file
 * @returns {Promise<Record<string, string>>}
 */
async function quickLookRow(p, file) {
  const row = { item: '  quick look', file, size: '', detail: '', loudness: '', budget: '' }
  if (!existsSync(p.abs(file))) return { ...row, budget: 'MISSING' }
  const stats = await quickLookStats(p.abs(file))
  const over = [...quickLookBudgetProblems(stats), quickLookSizeProblem(stats)].filter(Boolean)
  const largest = Math.max(0, ...stats.textures.map((t) => Math.max(t.width, t.height)))
  const textures = stats.textures.length ? `${stats.textures.length} textures (largest ${largest} px)` : 'no textures'
  /** @param {number} bytes */
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`
  return {
    ...row,
    // on the wire: gzipped where deploy/ compresses USDZ; the recordings inside are counted, they are downloaded with it
    size: `${kb(stats.bytes)} (${kb(stats.wireBytes)} on the wire)`,
    detail: `${stats.polygons} polygons, ${textures}, ${Object.keys(stats.audio).length} recordings`,
    budget: over.length ? `OVER: ${over.join('; ')}` : 'ok',
  }
}
