import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { runnerImport } from 'vite'
const here = import.meta.dirname
const { module: S } = await runnerImport(join(here, '../../src/content/schema.ts'), { configFile: false, logLevel: 'error' })
const { manifest, cell } = S
const pub = join(here, '..', '..', 'public')
const show = (r) => JSON.stringify(r.error.issues, null, 2)
const mr = manifest.safeParse(JSON.parse(readFileSync(join(pub, 'content/manifest.json'), 'utf8')))
if (!mr.success) { console.error('manifest', show(mr)); process.exit(1) }
let ok = true
for (const f of mr.data.cells) {
  const r = cell.safeParse(JSON.parse(readFileSync(join(pub, 'content', f), 'utf8')))
  if (!r.success) { ok = false; console.error(f, show(r)); continue }
  const c = r.data
  const paths = [c.model, c.ambient.opus, c.ambient.aac, ...c.testimonies.flatMap((t) => [t.audio.opus, t.audio.aac, ...Object.values(t.captions)])]
  for (const p of paths) if (!existsSync(join(pub, p))) { ok = false; console.error('missing', p) }
  console.log(f, 'valid:', c.testimonies.map((t) => `${t.id} ${t.duration}s @${t.anchor} [${t.position}]`).join(', '))
}
const bad = JSON.parse(readFileSync(join(pub, 'content', mr.data.cells[0]), 'utf8'))
bad.testimonies[0].position = [9, 9, 9]; bad.testimonies[0].speaker.consent = 'given'
const br = cell.safeParse(bad)
console.log('negative control rejected:', !br.success, br.success ? '' : br.error.issues.map((i) => i.path.join('.') + ': ' + i.message).join('; '))
console.log(ok ? 'ALL VALID' : 'INVALID'); if (!ok) process.exitCode = 1
