/**
 * Publishes only the DEMO testimonies' parts (WebVTT chapters, from content.mjs) and their curated questions (Ask, from
 * questions.mjs, as content/questions/<testimony>.json), keeping everything else published:
 * for a machine without espeak-ng, or when only the parts changed. Each part is timed from the published English
 * captions (one cue per sentence, as build-audio.mjs writes them), exactly as `npm run content:demo` times them; each
 * cell then goes through the content tool's `publish` (checked whole, its record's SHA-256 written again), or the
 * cell files are put back as they were. `published.by` is PV_CURATOR, or the demo recipe itself.
 *
 * Run:  npm run content:demo-parts
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parseCaptionFile } from '../content/captions.mjs'
import { publish } from '../content/commands.mjs'
import { paths, writeJson } from '../content/registry.mjs'
import { DEMO_PUBLISHER, cells } from './content.mjs'
import { chaptersVtt } from './parts.mjs'
import { questions } from './questions.mjs'
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
    const asked = questions[t.id]
    if (!asked) throw new Error(`${t.id} has no questions in questions.mjs`)
    t.questions = site.questions(t.id)
    await writeJson(PUBLIC, t.questions, { demo: true, questions: asked })
    console.log(`${t.id.padEnd(16)} ${parts.length} parts, ${asked.length} questions`)
  }
  await writeFile(site.abs(file), `${JSON.stringify(published, null, 2)}\n`)
}
// Each cell goes through the content tool's `publish`, as a curator's hand edit would: checked whole (the parts
// against the recording, each other and the captions), and its provenance record's SHA-256 written again.
const by = process.env.PV_CURATOR || DEMO_PUBLISHER
try {
  for (const c of cells) await publish({ root: PUBLIC, cell: c.id, by })
} catch (e) {
  for (const [file, text] of before) await writeFile(site.abs(file), text)
  throw e
}
