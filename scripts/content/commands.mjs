// The content tool's commands: add-testimony, add-cell, check (check.mjs), report. Each takes `root` (default public/).
import { existsSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { AMBIENT_LUFS, SPEECH_BYTES_PER_MINUTE, encodeSpeech, measureLoudness } from './audio.mjs'
import { cuesPastEnd, parseCaptionFile, toWebVTT } from './captions.mjs'
import { PipelineError } from './errors.mjs'
import { modelStats, optimizeModel } from './model.mjs'
import { budgetProblems } from './model-budget.mjs'
import { quickLookBudgetProblems, quickLookStats, writeQuickLook } from './quick-look.mjs'
import { ensureDir, paths, readJson, writeJson } from './registry.mjs'
import { hasFfmpeg } from './run.mjs'
import { contentSchema, schemaProblems } from './schema.mjs'

export { SPEECH_BYTES_PER_MINUTE } from './audio.mjs'
export { check } from './check.mjs'

async function readMeta(meta) {
  if (typeof meta !== 'string') return meta
  try {
    return JSON.parse(await readFile(meta, 'utf8'))
  } catch (e) {
    throw new PipelineError(meta, `could not be read as JSON (${e instanceof Error ? e.message : e})`)
  }
}

/** The cell with its Quick Look package named right after its model, where `add-cell` puts it. */
function withQuickLook(cell, path) {
  const out = {}
  for (const [key, value] of Object.entries(cell)) {
    if (key !== 'quickLook') out[key] = value
    if (key === 'model') out.quickLook = path
  }
  return { ...out, quickLook: path }
}

/**
 * Adds (or replaces) a testimony: the recording is normalised and encoded, captions are checked and written as
 * WebVTT, the duration measured, and the entry registered in its cell's file.
 */
export async function addTestimony({ root, cell: cellId, meta, audio, captions = {} }) {
  const p = paths(root)
  const info = await readMeta(meta)
  if (!info?.id) throw new PipelineError(typeof meta === 'string' ? meta : 'metadata', 'needs an "id"', 'id')
  const cellFile = p.cell(cellId)
  const cell = await readJson(p.root, cellFile)
  if (!existsSync(audio)) throw new PipelineError(audio, 'does not exist')

  const out = p.audio(info.id)
  await ensureDir(p.abs(out))
  const encoded = await encodeSpeech(audio, p.abs(out))

  const captionPaths = {}
  for (const [lang, file] of Object.entries(captions)) {
    if (!existsSync(file)) throw new PipelineError(file, 'does not exist')
    const cues = await parseCaptionFile(await readFile(file, 'utf8'), file)
    const late = cuesPastEnd(cues, encoded.duration)
    if (late.length)
      throw new PipelineError(
        file,
        `has a cue ending at ${late[0].end.toFixed(2)} s, after the recording ends (${encoded.duration} s)`,
      )
    const target = p.captions(info.id, lang)
    await ensureDir(p.abs(target))
    await writeFile(p.abs(target), toWebVTT(cues))
    captionPaths[lang] = target
  }

  let position = info.position
  if (!position && info.anchor) {
    const stats = await modelStats(p.abs(cell.model))
    position = stats.nodes[info.anchor] ?? stats.nodes[`anchor-${info.anchor}`]
    if (!position) throw new PipelineError(cell.model, `has no node named "${info.anchor}"`, 'anchor')
  }
  const entry = {
    ...info,
    position,
    audio: { opus: `${out}.opus`, aac: `${out}.m4a` },
    duration: encoded.duration,
    captions: { ...info.captions, ...captionPaths },
  }
  const testimonies = (cell.testimonies ?? []).filter((t) => t.id !== info.id)
  const updated = { ...withQuickLook(cell, p.quickLook(cellId)), testimonies: [...testimonies, entry] }
  const schema = await contentSchema()
  const problems = schemaProblems(cellFile, schema.cell.safeParse(updated))
  if (problems.length) throw new Error(problems.join('\n'))
  await writeJson(p.root, cellFile, updated)
  // the Quick Look package carries every recording, so it is written again with this one in it
  const quickLook = await writeQuickLook({ root: p.root, cell: updated })
  return { entry, source: encoded.source, quickLook }
}

/**
 * Adds (or replaces) a cell: the model is optimised into models/<id>.glb and its budget reported, the ambient loop
 * encoded, the cell file written (keeping testimonies it already had) and listed in the manifest.
 */
export async function addCell({ root, meta, model, ambient }) {
  const p = paths(root)
  const info = await readMeta(meta)
  if (!info?.id) throw new PipelineError(typeof meta === 'string' ? meta : 'metadata', 'needs an "id"', 'id')
  if (!existsSync(model)) throw new PipelineError(model, 'does not exist')
  const modelPath = p.model(info.id)
  await ensureDir(p.abs(modelPath))
  const stats = await optimizeModel(model, p.abs(modelPath))

  const cellFile = p.cell(info.id)
  const existing = existsSync(p.abs(cellFile)) ? await readJson(p.root, cellFile) : null
  let ambientSources = existing?.ambient
  if (ambient) {
    const out = p.audio(`ambient-${info.id}`)
    await encodeSpeech(ambient, p.abs(out), { lufs: AMBIENT_LUFS, speech: false })
    ambientSources = { opus: `${out}.opus`, aac: `${out}.m4a`, volume: info.ambientVolume ?? 0.15 }
  }
  const { ambientVolume: _unused, ...rest } = info
  const cell = {
    ...rest,
    model: modelPath,
    quickLook: p.quickLook(info.id),
    ambient: ambientSources,
    testimonies: existing?.testimonies ?? [],
  }
  await writeJson(p.root, cellFile, cell)
  const quickLook = await writeQuickLook({ root: p.root, cell })

  const manifest = await readJson(p.root, p.manifest)
  const listed = `cells/${info.id}.json`
  if (!manifest.cells.includes(listed))
    await writeJson(p.root, p.manifest, { ...manifest, cells: [...manifest.cells, listed] })
  return { stats, budget: budgetProblems(stats), quickLook, quickLookBudget: quickLookBudgetProblems(quickLook) }
}

/**
 * Writes a cell's AR Quick Look package (`models/<cell>.usdz`) again from its published model and recordings: after
 * the cell file was edited by hand, for example a testimony withdrawn. `add-cell` and `add-testimony` do it anyway.
 */
export async function quickLook({ root, cell: cellId }) {
  const p = paths(root)
  const cellFile = p.cell(cellId)
  const cell = await readJson(p.root, cellFile)
  const schema = await contentSchema()
  const updated = withQuickLook(cell, p.quickLook(cellId))
  const problems = schemaProblems(cellFile, schema.cell.safeParse(updated))
  if (problems.length) throw new Error(problems.join('\n'))
  if (JSON.stringify(cell) !== JSON.stringify(updated)) await writeJson(p.root, cellFile, updated)
  const stats = await writeQuickLook({ root: p.root, cell: updated })
  return { file: updated.quickLook, stats, budget: quickLookBudgetProblems(stats) }
}

/** One row per cell and testimony: sizes, durations, loudness and whether each meets its budget. */
export async function report({ root } = {}) {
  const p = paths(root)
  const manifest = await readJson(p.root, p.manifest)
  const ffmpeg = await hasFfmpeg()
  const rows = []
  for (const listed of manifest.cells) {
    const cell = await readJson(p.root, `content/${listed}`)
    const stats = await modelStats(p.abs(cell.model))
    const over = budgetProblems(stats)
    rows.push({
      item: `cell ${cell.id}`,
      file: cell.model,
      size: `${(stats.bytes / 1024).toFixed(0)} KB`,
      detail: `${stats.triangles} triangles, ${stats.drawCalls} draw calls`,
      loudness: '',
      budget: over.length ? `OVER: ${over.join('; ')}` : 'ok',
    })
    if (cell.quickLook) rows.push(await quickLookRow(p, cell.quickLook))
    for (const t of cell.testimonies) {
      const { size } = await stat(p.abs(t.audio.opus))
      const perMinute = size / (t.duration / 60)
      const loudness = ffmpeg ? `${(await measureLoudness(p.abs(t.audio.opus))).integrated.toFixed(1)} LUFS` : 'n/a'
      rows.push({
        item: `  testimony ${t.id}`,
        file: t.audio.opus,
        size: `${(size / 1024).toFixed(0)} KB`,
        detail: `${t.duration.toFixed(1)} s, ${(perMinute / 1048576).toFixed(2)} MB/min`,
        loudness,
        budget: perMinute > SPEECH_BYTES_PER_MINUTE ? 'OVER 0.4 MB/min' : 'ok',
      })
    }
  }
  return rows
}

/** The report's line for a cell's Quick Look package: size, polygons, textures, recordings, Apple's guidance. */
async function quickLookRow(p, file) {
  const row = { item: '  quick look', file, size: '', detail: '', loudness: '', budget: '' }
  if (!existsSync(p.abs(file))) return { ...row, budget: 'MISSING' }
  const stats = await quickLookStats(p.abs(file))
  const over = quickLookBudgetProblems(stats)
  const largest = Math.max(0, ...stats.textures.map((t) => Math.max(t.width, t.height)))
  const textures = stats.textures.length ? `${stats.textures.length} textures (largest ${largest} px)` : 'no textures'
  return {
    ...row,
    size: `${(stats.bytes / 1024).toFixed(0)} KB`,
    detail: `${stats.polygons} polygons, ${textures}, ${Object.keys(stats.audio).length} recordings`,
    budget: over.length ? `OVER: ${over.join('; ')}` : 'ok',
  }
}
