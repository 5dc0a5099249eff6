/**
 * Publishes the DEMO content through the content pipeline (scripts/content), the same path any curated cell or
 * testimony takes, from the sources build-models.mjs and build-audio.mjs wrote into .demo-build/:
 *
 *   1. public/content/manifest.json is written from content.mjs with no cells, and the old cell files removed;
 *   2. `addCell` per cell: optimises the model into public/models/<cell>.glb and writes its USDZ for AR Quick Look,
 *      public/models/<cell>.usdz (each `addTestimony` writes it again with its recording inside), encodes the
 *      ambient loop into public/audio/ambient-<cell>.webm / .m4a, writes public/content/cells/<cell>.json and lists it;
 *   3. `addTestimony` per testimony, in content.mjs order: normalises the speech to −16 LUFS and encodes
 *      public/audio/<testimony>.webm / .m4a, checks the captions and writes public/content/captions/<testimony>.<lang>.vtt,
 *      writes its parts, public/content/captions/<testimony>.chapters.<lang>.vtt, timed like the captions,
 *      measures the duration and takes the position from the `anchor-*` node in the optimised model;
 *   4. checks every published position against content.mjs, and removes files in public/audio, public/models and
 *      public/content/captions that no cell refers to any more (only the demo's own files live there).
 *
 * Each step writes the cell's provenance record, public/content/provenance/<cell>.json (the room's from content.mjs's
 * `provenance`, each testimony's from its own), with the SHA-256 of every file published for the cell; `published.by`
 * is PV_CURATOR, or the demo recipe itself.
 *
 * public/content/letters.json is not touched. Rerunning gives byte-identical files, but for the records' `published.at`.
 *
 * Run:  npm run content:demo   (builds the sources first)
 */
import { existsSync } from 'node:fs'
import { readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { addCell, addTestimony } from '../content/commands.mjs'
import { filesBeside } from '../content/glb.mjs'
import { quickLookBudgetProblems } from '../content/quick-look.mjs'
import { paths, readJson, writeJson } from '../content/registry.mjs'
import { DEMO_PUBLISHER, cells, manifest } from './content.mjs'
import { PUBLIC, source } from './paths.mjs'
import { questions } from './questions.mjs'

/** Every language the demo's sentences are written in; the manifest promises fewer (see content.mjs). */
const LANGS = ['en', 'uk', 'de', 'pl']
const site = paths(PUBLIC)
const by = process.env.PV_CURATOR || DEMO_PUBLISHER

const sources = cells.flatMap((c) => [
  source.model(c.id),
  source.ambient(c.id),
  source.cellMeta(c.id),
  ...c.testimonies.flatMap((t) => [
    source.speech(t.id),
    source.testimonyMeta(t.id),
    ...LANGS.map((lang) => source.captions(t.id, lang)),
    ...LANGS.map((lang) => source.chapters(t.id, lang)),
  ]),
])
const missing = sources.filter((f) => !existsSync(f))
if (missing.length) throw new Error(`missing demo sources (run \`npm run content:demo\`):\n  ${missing.join('\n  ')}`)

// 1. a manifest with no cells yet, and no cell files left from an earlier build (addCell would keep their testimonies)
await writeJson(PUBLIC, site.manifest, { ...manifest, cells: [] })
const cellsDir = site.abs('content/cells')
if (existsSync(cellsDir))
  for (const name of await readdir(cellsDir)) if (name.endsWith('.json')) await rm(join(cellsDir, name))

// 2-3. every cell, then its testimonies, through the pipeline
for (const c of cells) {
  const { stats, budget } = await addCell({
    root: PUBLIC,
    meta: source.cellMeta(c.id),
    model: source.model(c.id),
    ambient: source.ambient(c.id),
    by,
  })
  console.log(
    `${site.model(c.id)}  ${(stats.bytes / 1024).toFixed(1)} KiB  ${stats.triangles} triangles  ` +
      `${stats.drawCalls} draw calls`,
  )
  if (budget.length) throw new Error(`${site.model(c.id)} ${budget.join('; ')}`)
  /** @type {import('../content/quick-look.mjs').QuickLookStats | undefined} */
  let quickLook
  for (const t of c.testimonies) {
    const added = await addTestimony({
      root: PUBLIC,
      cell: c.id,
      meta: source.testimonyMeta(t.id),
      audio: source.speech(t.id),
      captions: Object.fromEntries(LANGS.map((lang) => [lang, source.captions(t.id, lang)])),
      chapters: Object.fromEntries(LANGS.map((lang) => [lang, source.chapters(t.id, lang)])),
      questions: { demo: true, questions: questions[t.id] ?? [] },
      by,
    })
    const { entry } = added
    quickLook = added.quickLook
    console.log(`  ${entry.id.padEnd(16)} ${entry.duration} s  at [${entry.position.join(', ')}] (${entry.anchor})`)
  }
  if (!quickLook) throw new Error(`${c.id} has no testimony in content.mjs`)
  const over = quickLookBudgetProblems(quickLook)
  console.log(
    `${site.quickLook(c.id)}  ${(quickLook.bytes / 1024).toFixed(1)} KiB  ${quickLook.polygons} polygons  ` +
      `${quickLook.textures.length} textures  ${Object.keys(quickLook.audio).length} recordings`,
  )
  if (over.length) throw new Error(`${site.quickLook(c.id)} ${over.join('; ')}`)
}

// 4. the published cells must say what content.mjs says, in its order, at its positions
/** @type {Set<string>} */
const referenced = new Set()
for (const c of cells) {
  const published = await readJson(PUBLIC, site.cell(c.id))
  /** @type {{ id: string; position: number[]; anchor?: string; audio: { opus: string; aac: string }; captions: Record<string, string>; chapters?: Record<string, string> }[]} */
  const testimonies = published.testimonies
  const ids = testimonies.map((t) => t.id)
  const expected = c.testimonies.map((t) => t.id)
  if (ids.join() !== expected.join())
    throw new Error(`${site.cell(c.id)}: testimonies [${ids}], expected [${expected}]`)
  for (const [i, t] of testimonies.entries()) {
    const want = c.testimonies[i].position
    if (t.position.some((v, k) => Math.abs(v - want[k]) > 5e-4))
      throw new Error(`${site.cell(c.id)}: ${t.id} is at [${t.position}], content.mjs expects [${want}] (${t.anchor})`)
    for (const file of [t.audio.opus, t.audio.aac, ...Object.values(t.captions), ...Object.values(t.chapters ?? {})])
      referenced.add(file)
  }
  for (const file of [published.model, published.quickLook, published.ambient.opus, published.ambient.aac])
    referenced.add(file)
  // the textures the model names beside itself
  for (const name of filesBeside(await readFile(site.abs(published.model)))) referenced.add(`models/${name}`)
}
const published = await readJson(PUBLIC, site.manifest)
if (published.cells.join() !== cells.map((c) => `cells/${c.id}.json`).join())
  throw new Error(`${site.manifest}: lists [${published.cells}]`)

for (const dir of ['audio', 'models', 'content/captions']) {
  if (!existsSync(site.abs(dir))) continue
  for (const name of (await readdir(site.abs(dir))).sort()) {
    const file = `${dir}/${name}`
    if (referenced.has(file)) continue
    await rm(site.abs(file), { recursive: true, force: true })
    console.log(`removed stale ${file}`)
  }
}
console.log(`published ${cells.length} cells, ${referenced.size} files; run \`npm run content -- check\` next`)
