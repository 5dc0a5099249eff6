/**
 * Publishes only the DEMO models (with their baked light and textures) through the content tool's cell path, keeping
 * each cell's published recordings, captions and testimonies: for a machine without espeak-ng, or when only the
 * rooms changed. The cell's text and light come from content.mjs, everything else from the published cell file.
 *
 * Run:  npm run content:demo-models   (builds the model sources first)
 */
import { addCell } from '../content/commands.mjs'
import { paths, readJson } from '../content/registry.mjs'
import { DEMO_PUBLISHER, cells } from './content.mjs'
import { PUBLIC, source } from './paths.mjs'

const site = paths(PUBLIC)
for (const c of cells) {
  const published = await readJson(PUBLIC, site.cell(c.id))
  const { model: _m, quickLook: _q, ambient, testimonies, ...fields } = published
  const meta = { ...fields, light: c.light, ambientVolume: ambient.volume }
  const by = process.env.PV_CURATOR || DEMO_PUBLISHER
  const { stats, budget } = await addCell({ root: PUBLIC, meta, model: source.model(c.id), by })
  const bake =
    stats.bake && 'seconds' in stats.bake ? `, light baked in ${stats.bake.seconds} s (${stats.bake.rays} rays)` : ''
  console.log(
    `${site.model(c.id)}  ${(stats.bytes / 1024).toFixed(1)} KiB  ${stats.triangles} triangles  ` +
      `${stats.drawCalls} draw calls  ${(stats.textureBytes / 1048576).toFixed(2)} MiB texture memory${bake}`,
  )
  for (const t of stats.textures) console.log(`  ${t}`)
  if (budget.length) throw new Error(`${site.model(c.id)} ${budget.join('; ')}`)
  const after = await readJson(PUBLIC, site.cell(c.id))
  for (const [i, t] of after.testimonies.entries())
    if (t.position.join() !== testimonies[i].position.join()) throw new Error(`${t.id} moved`)
}
