/**
 * Builds the SOURCE models of the two DEMO cells, as glTF-binary files in .demo-build/models/ (a scratch folder):
 *
 *   sizo-cell.glb  a pre-trial detention (SIZO) cell (recipe: cells/sizo-cell.mjs)
 *   basement.glb   a basement used as a makeshift prison (recipe: cells/basement.mjs)
 *
 * They are generic reconstructions made of boxes, cylinders and spheres (model-kit/), not models of a specific
 * prison. The anchor positions in the recipes must match the `position` of the testimonies in content.mjs (checked
 * by build-audio.mjs against these files, and by publish.mjs against the published cells).
 *
 * These are not the files the site serves: publish.mjs passes them to the content pipeline (scripts/content,
 * `addCell`), which optimises them with glTF-Transform + meshopt into public/models/<cell>.glb.
 *
 * Run:  npm run content:demo   (builds every source, then publishes them through the pipeline)
 * Needs only @gltf-transform/core. Prints each file's size, triangle count and primitive (draw-call) count.
 */
import { mkdir, rm } from 'node:fs/promises'
import { budgetProblems } from '../content/model-budget.mjs'
import { buildBasement } from './cells/basement.mjs'
import { buildSizoCell } from './cells/sizo-cell.mjs'
import { writeGlb } from './model-kit/glb.mjs'
import { source } from './paths.mjs'

const GENERATOR = '#PrisonersVoice scripts/demo/build-models.mjs'

await rm(source.modelsDir, { recursive: true, force: true })
await mkdir(source.modelsDir, { recursive: true })
for (const build of [buildSizoCell, buildBasement]) {
  const cell = build()
  const s = await writeGlb(cell, source.model(cell.id), { generator: GENERATOR })
  console.log(
    `.demo-build/models/${cell.id}.glb  ${(s.bytes / 1024).toFixed(1)} KiB  ${s.triangles} triangles  ${s.primitives} primitives (draw calls)`,
  )
  for (const a of s.anchors) console.log(`  ${a.name.padEnd(16)} [${a.position.join(', ')}]`)
  // one primitive per material, each drawn once: primitives are the draw calls. Bytes are the content tool's to
  // judge: these sources carry PNG textures, which it encodes as KTX2.
  const over = budgetProblems({ bytes: 0, triangles: s.triangles, drawCalls: s.primitives })
  for (const problem of over) console.error(`${cell.id}: ${problem}`)
  if (over.length) process.exitCode = 1
}
