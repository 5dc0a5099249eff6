// The content tool's commands: add-testimony, add-cell, check, report. Each takes `root` (default public/).
import { existsSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { AMBIENT_LUFS, encodeSpeech, measureLoudness, probeAudio } from './audio.mjs'
import { cuesPastEnd, parseCaptionFile, toWebVTT } from './captions.mjs'
import { PipelineError } from './errors.mjs'
import { budgetProblems, modelStats, optimizeModel } from './model.mjs'
import { ensureDir, paths, readJson, writeJson } from './registry.mjs'
import { hasFfmpeg } from './run.mjs'
import { contentSchema, fieldPath } from './schema.mjs'

/** Speech budget: about 0.4 MB per minute of Opus. */
export const SPEECH_BYTES_PER_MINUTE = 0.4 * 1024 * 1024

async function readMeta(meta) {
  if (typeof meta !== 'string') return meta
  try {
    return JSON.parse(await readFile(meta, 'utf8'))
  } catch (e) {
    throw new PipelineError(meta, `could not be read as JSON (${e instanceof Error ? e.message : e})`)
  }
}

function schemaErrors(file, result) {
  return result.success ? [] : result.error.issues.map((i) => `${file}: ${fieldPath(i.path)}: ${i.message}`)
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
  const updated = { ...cell, testimonies: [...testimonies, entry] }
  const schema = await contentSchema()
  const problems = schemaErrors(cellFile, schema.cell.safeParse(updated))
  if (problems.length) throw new Error(problems.join('\n'))
  await writeJson(p.root, cellFile, updated)
  return { entry, source: encoded.source }
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
  const cell = { ...rest, model: modelPath, ambient: ambientSources, testimonies: existing?.testimonies ?? [] }
  await writeJson(p.root, cellFile, cell)

  const manifest = await readJson(p.root, p.manifest)
  const listed = `cells/${info.id}.json`
  if (!manifest.cells.includes(listed))
    await writeJson(p.root, p.manifest, { ...manifest, cells: [...manifest.cells, listed] })
  return { stats, budget: budgetProblems(stats) }
}

/** Every problem in the content, each naming the file (and field); an empty list means all is well. */
export async function check({ root } = {}) {
  const p = paths(root)
  const schema = await contentSchema()
  const problems = []
  const ffmpeg = await hasFfmpeg()
  const exists = (sitePath, file, field) => {
    if (existsSync(p.abs(sitePath))) return true
    problems.push(`${file}: ${field}: "${sitePath}" does not exist`)
    return false
  }

  let manifest
  try {
    manifest = await readJson(p.root, p.manifest)
  } catch (e) {
    return [e.message]
  }
  const parsedManifest = schema.manifest.safeParse(manifest)
  problems.push(...schemaErrors(p.manifest, parsedManifest))
  const promised = Array.isArray(manifest.languages) ? manifest.languages : ['en']

  if (existsSync(p.abs('content/letters.json'))) {
    try {
      problems.push(
        ...schemaErrors(
          'content/letters.json',
          schema.letters.safeParse(await readJson(p.root, 'content/letters.json')),
        ),
      )
    } catch (e) {
      problems.push(e.message)
    }
  }

  for (const listed of Array.isArray(manifest.cells) ? manifest.cells : []) {
    const file = `content/${listed}`
    let cell
    try {
      cell = await readJson(p.root, file)
    } catch (e) {
      problems.push(e.message)
      continue
    }
    const parsed = schema.cell.safeParse(cell)
    problems.push(...schemaErrors(file, parsed))
    if (!parsed.success) continue
    cell = parsed.data

    for (const field of ['name', 'place', 'dates', 'heldHere', 'description'])
      for (const lang of promised)
        if (!cell[field][lang]) problems.push(`${file}: ${field}.${lang}: missing (the manifest promises ${lang})`)

    if (exists(cell.model, file, 'model')) {
      try {
        for (const problem of budgetProblems(await modelStats(p.abs(cell.model))))
          problems.push(`${cell.model}: ${problem}`)
      } catch (e) {
        problems.push(e.message)
      }
    }
    exists(cell.ambient.opus, file, 'ambient.opus')
    exists(cell.ambient.aac, file, 'ambient.aac')

    for (const [i, t] of cell.testimonies.entries()) {
      const at = `testimonies[${i}]`
      for (const lang of promised) {
        if (!t.captions[lang]) problems.push(`${file}: ${at}.captions.${lang}: missing (the manifest promises ${lang})`)
        for (const field of ['title', 'transcript', 'contentNote'])
          if (!t[field][lang]) problems.push(`${file}: ${at}.${field}.${lang}: missing (the manifest promises ${lang})`)
      }
      const audioOk = exists(t.audio.opus, file, `${at}.audio.opus`)
      exists(t.audio.aac, file, `${at}.audio.aac`)
      let duration = t.duration
      if (audioOk) {
        const { size } = await stat(p.abs(t.audio.opus))
        if (ffmpeg) {
          try {
            duration = (await probeAudio(p.abs(t.audio.opus))).duration
            if (Math.abs(duration - t.duration) > 0.5)
              problems.push(
                `${file}: ${at}.duration: says ${t.duration} s but ${t.audio.opus} lasts ${duration.toFixed(2)} s`,
              )
          } catch (e) {
            problems.push(`${t.audio.opus}: ${e.message.replace(/^.*?: /, '')}`)
          }
        }
        if (size / (duration / 60) > SPEECH_BYTES_PER_MINUTE)
          problems.push(
            `${t.audio.opus}: ${(size / 1048576 / (duration / 60)).toFixed(2)} MB per minute, over the 0.4 MB budget`,
          )
      }
      for (const [lang, vtt] of Object.entries(t.captions)) {
        if (!exists(vtt, file, `${at}.captions.${lang}`)) continue
        try {
          const cues = await parseCaptionFile(await readFile(p.abs(vtt), 'utf8'), vtt)
          const late = cuesPastEnd(cues, duration)
          if (late.length)
            problems.push(
              `${vtt}: a cue ends at ${late[0].end.toFixed(2)} s, after the audio ends (${duration.toFixed(2)} s)`,
            )
        } catch (e) {
          problems.push(e.message)
        }
      }
    }
  }
  return problems
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
