/**
 * Publishes only the DEMO testimonies' parts (WebVTT chapters, from content.mjs), keeping everything else published:
 * for a machine without espeak-ng, or when only the parts changed. Each part is timed from the published English
 * captions (one cue per sentence, as build-audio.mjs writes them), exactly as `npm run content:demo` times them; the
 * content tool's `check` must then pass, or the cell files are put back as they were.
 *
 * Run:  npm run content:demo-parts
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parseCaptionFile } from '../content/captions.mjs'
import { check } from '../content/check.mjs'
import { paths } from '../content/registry.mjs'
import { cells } from './content.mjs'
import { chaptersVtt } from './parts.mjs'
import { PUBLIC } from './paths.mjs'

const LANGS = ['en', 'uk', 'de', 'pl']
const site = paths(PUBLIC)
/** @type {Map<string, string>} */
const before = new Map()
for (const c of cells) {
  const file = site.cell(c.id)
  const text = await readFile(site.abs(file), 'utf8')
  before.set(file, text)
  const published = JSON.parse(text)
  for (const t of published.testimonies) {
    const parts = c.testimonies.find((d) => d.id === t.id)?.parts
    if (!parts) throw new Error(`${t.id} is not in content.mjs`)
    const cues = await parseCaptionFile(await readFile(site.abs(t.captions.en), 'utf8'), t.captions.en)
    t.chapters = {}
    for (const lang of LANGS) {
      const out = site.chapters(t.id, lang)
      await writeFile(site.abs(out), chaptersVtt(cues, parts, lang))
      t.chapters[lang] = out
    }
    console.log(`${t.id.padEnd(16)} ${parts.length} parts`)
  }
  await writeFile(site.abs(file), `${JSON.stringify(published, null, 2)}\n`)
}
const problems = await check({ root: PUBLIC })
if (problems.length) {
  for (const [file, text] of before) await writeFile(site.abs(file), text)
  throw new Error(
    `the parts did not pass the content check; the cell files are as they were:\n  ${problems.join('\n  ')}`,
  )
}
