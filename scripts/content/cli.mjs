#!/usr/bin/env node
// npm run content -- <command> [options]. See docs/content.md for a step-by-step guide.
import { parseArgs } from 'node:util'
import { addCell, addTestimony, publish, quickLook, report, review, withdraw } from './commands.mjs'
import { curator } from './provenance.mjs'
import { quickLookSizeProblem } from './quick-look.mjs'
import { DEFAULT_ROOT } from './registry.mjs'
import { interrupt } from './staging.mjs'
/** @import { QuickLookStats } from './quick-look.mjs' */

const USAGE = `Usage: npm run content -- <command> [options]

  add-testimony --cell <cell-id> --meta <testimony.json> --audio <recording> [--captions <lang>=<file.vtt|.srt> ...]
                [--no-captions <lang> ...]  (publish without captions in <lang>: visitors see a note and the transcript)
                [--chapters <lang>=<file.vtt> ...]  (the testimony's parts: WebVTT chapters, one file per language)
                [--questions <questions.json>]  (the questions its parts answer, for Ask: docs/content.md)
  add-cell      --meta <cell.json> --model <model.glb|.gltf> [--ambient <recording>]  (--ambient: needed for a new cell)
  quick-look    --cell <cell-id>   writes the cell's USDZ for AR Quick Look again (add-cell and add-testimony do)
  previews      [--cell <cell-id>]  makes the link-preview images (1200×630 JPEG, the room from its start view with
                its name, per language) of every cell whose images are missing or out of date, or of <cell-id>;
                add-cell and add-testimony make them for their cell
  publish       --cell <cell-id> [--record <provenance.json>]  publishes the cell again as it stands (after a hand edit
                of its file, a consent scope say), or with a new provenance record: checked whole, its Quick Look
                package written again, the record's "published" listing every file's SHA-256
  withdraw      --cell <cell-id> --testimony <id>  withdraws a testimony everywhere in one step: its recordings and
                captions leave the site, its entry is marked withdrawn (its words and speaker removed), the Quick Look
                package and the provenance record are written again; the next build's link pages and offline list
                follow. Prints where it was removed from
  check         every problem in the content, with the file and field; exits with 1 if there is any; warnings too
  xr-profiles   writes the controller and hand models a headset session shows (from @webxr-input-profiles/assets),
                compressed, into <root>/xr-profiles/

  add-testimony, add-cell, quick-look, publish and withdraw are all or nothing: the new content is built and checked
  in a staging folder and published only when it passes; a failure or Ctrl-C leaves public/ as it was. Each writes
  the cell's provenance record with who published (--by <name>, or the PV_CURATOR environment variable: required;
  the studio's Save needs it too) and the SHA-256 of every file published for the cell.
  report        sizes, durations, loudness and budgets of every cell and testimony; each cell's sources and when it
                was published, each testimony's consent (where, until, days left), and every withdrawal
  studio        opens the development server's studio: click the room to place markers and the start, then save

  --root <folder>  where the site's content lives (default: public/)`

const [command, ...rest] = process.argv.slice(2)
const { values } = parseArgs({
  args: rest,
  options: {
    cell: { type: 'string' },
    meta: { type: 'string' },
    audio: { type: 'string' },
    model: { type: 'string' },
    ambient: { type: 'string' },
    captions: { type: 'string', multiple: true },
    'no-captions': { type: 'string', multiple: true },
    chapters: { type: 'string', multiple: true },
    questions: { type: 'string' },
    root: { type: 'string' },
    by: { type: 'string' },
    testimony: { type: 'string' },
    record: { type: 'string' },
  },
  allowPositionals: false,
})
const root = values.root ?? DEFAULT_ROOT
const by = values.by

// Ctrl-C: drop the staging folder (or let a publication that has begun finish), then stop.
let stopping = false
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.once(signal, () => {
    stopping = true
    void interrupt().finally(() => {
      console.error(`\nStopped (${signal}); public/ is as it was before this command.`)
      process.exit(130)
    })
  })

/**
 * Makes the cell's link-preview images after a command changed it; a failure is reported, the content stays.
 * @param {string} cell
 */
async function previewsAfter(cell) {
  const { writePreviews } = await import('./previews.mjs')
  try {
    printPreviews(await writePreviews({ root, cells: [cell], log: (line) => console.log(`  ${line}`) }))
  } catch (e) {
    console.log(
      `  The link-preview images were not made (${e instanceof Error ? e.message : e}); ` +
        `run \`npm run content -- previews --cell ${cell}\`.`,
    )
  }
}

/** @param {{ file: string; bytes: number }[]} written */
function printPreviews(written) {
  for (const { file, bytes } of written) console.log(`  ${file}: ${Math.round(bytes / 1024)} KB`)
  if (written.length) console.log(`Wrote ${written.length} link-preview images.`)
}

/**
 * The Quick Look package's size, polygons, textures and recordings, against Apple's guidance and the budget.
 * @param {QuickLookStats} stats
 * @param {string[]} budget
 */
function printQuickLook(stats, budget) {
  const largest = Math.max(0, ...stats.textures.map((t) => Math.max(t.width, t.height)))
  console.log(
    `AR Quick Look: ${(stats.bytes / 1024).toFixed(0)} KB on disk, ${(stats.wireBytes / 1024).toFixed(0)} KB on ` +
      `the wire, ${stats.polygons} polygons, ` +
      `${stats.textures.length} textures${stats.textures.length ? ` (largest ${largest} px)` : ''}, ` +
      `${Object.keys(stats.audio).length} recordings ` +
      '(budget: 1.5 MB on the wire; guidance: about 100,000 polygons, textures at most 2048 px).',
  )
  for (const problem of [...budget, quickLookSizeProblem(stats)].filter(Boolean))
    console.log(`  OVER BUDGET: the USDZ ${problem}`)
}

/**
 * The option's value; without it, the usage and exit code 2.
 * @param {'cell' | 'meta' | 'audio' | 'model' | 'testimony'} name
 * @returns {string}
 */
function need(name) {
  const value = values[name]
  if (!value) {
    console.error(`${command} needs --${name}.\n\n${USAGE}`)
    process.exit(2)
  }
  return value
}

try {
  if (command === 'add-testimony') {
    /** @param {'captions' | 'chapters'} option */
    const byLanguage = (option) =>
      Object.fromEntries(
        (values[option] ?? []).map((c) => {
          const at = c.indexOf('=')
          if (at < 2) throw new Error(`--${option} ${c}: write it as <lang>=<file>, e.g. en=interview.en.vtt`)
          return [c.slice(0, at), c.slice(at + 1)]
        }),
      )
    const captions = byLanguage('captions')
    const cell = need('cell')
    const {
      entry,
      source,
      quickLook: quickLookResult,
    } = await addTestimony({
      root,
      cell,
      meta: need('meta'),
      audio: need('audio'),
      captions,
      noCaptions: values['no-captions'] ?? [],
      chapters: byLanguage('chapters'),
      ...(values.questions && { questions: values.questions }),
      by,
    })
    console.log(
      `Added testimony "${entry.id}" to ${values.cell}: ${entry.duration} s ` +
        `(from ${source.channels} channel(s) at ${source.sampleRate} Hz), normalised to −16 LUFS,\n` +
        `  ${entry.audio.opus}, ${entry.audio.aac}; captions: ${Object.keys(entry.captions).join(', ') || 'none'}.`,
    )
    console.log(
      `  The cell's AR Quick Look package now plays it too (${Object.keys(quickLookResult.audio).length} recordings).`,
    )
    // the recordings travel inside the package: each one makes the visit to Quick Look longer to download
    const over = quickLookSizeProblem(quickLookResult)
    if (over) console.log(`  OVER BUDGET: the USDZ ${over}.`)
    await previewsAfter(cell)
    console.log('Run `npm run content -- check` next.')
  } else if (command === 'add-cell') {
    const result = await addCell({ root, meta: need('meta'), model: need('model'), ambient: values.ambient, by })
    const { stats } = result
    /** @param {number} bytes */
    const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`
    console.log(
      `Model optimised: ${(stats.bytes / 1024).toFixed(0)} KB, ${stats.triangles} triangles (from ${stats.input.triangles}), ` +
        `${stats.drawCalls} draw calls (from ${stats.input.drawCalls}), ${mb(stats.textureBytes)} of texture memory ` +
        `on the GPU (from ${mb(stats.input.textureBytes)}).\n` +
        `Budget: 1.5 MB, 100,000 triangles, 40 draw calls, 16 MB of texture memory.\n` +
        stats.textures.map((t) => `  texture ${t}\n`).join('') +
        `Named nodes for anchors: ${Object.keys(stats.nodes).join(', ')}`,
    )
    printQuickLook(result.quickLook, result.quickLookBudget)
    await previewsAfter(result.cell)
  } else if (command === 'quick-look') {
    const { file, stats, budget } = await quickLook({ root, cell: need('cell'), by })
    console.log(`Wrote ${file}.`)
    printQuickLook(stats, budget)
  } else if (command === 'publish') {
    const cell = need('cell')
    const result = await publish({ root, cell, by, record: values.record })
    console.log(`Published ${cell} by ${curator(by)}: ${result.record} lists ${result.files} files with their SHA-256.`)
  } else if (command === 'withdraw') {
    const cell = need('cell')
    const testimony = need('testimony')
    const result = await withdraw({ root, cell, testimony, by })
    console.log(`Withdrew "${testimony}" from ${cell}. Removed from:`)
    for (const file of result.removed) console.log(`  the site: ${file} (deleted)`)
    console.log(`  AR Quick Look: ${result.quickLook.from} written again without it (${result.quickLook.to})`)
    console.log(`  the app: content/cells/${cell}.json marks it withdrawn; its title, speaker and words are gone`)
    console.log(`  the provenance record: ${result.record} (its entry removed, the withdrawal listed, hashes anew)`)
    console.log('  link previews: the next build writes its pages as "Testimony withdrawn", not for search engines')
    console.log('  offline kiosks: the next build leaves its files out of the offline list; kiosks drop them at')
    console.log('    their next update')
    console.log('Build and deploy the site now (npm run build) so that visitors and kiosks follow.')
  } else if (command === 'check') {
    const { problems, warnings } = await review({ root })
    for (const problem of problems) console.log(`✗ ${problem}`)
    for (const warning of warnings) console.log(`! ${warning}`)
    const warned = warnings.length ? ` (${warnings.length} warning(s))` : ''
    console.log(
      problems.length ? `\n${problems.length} problem(s) found${warned}.` : `All content checks passed${warned}.`,
    )
    process.exit(problems.length ? 1 : 0)
  } else if (command === 'previews') {
    const { writePreviews } = await import('./previews.mjs')
    const written = await writePreviews({ root, cells: values.cell ? [values.cell] : undefined, log: console.log })
    printPreviews(written)
    if (!written.length) console.log('Every link-preview image is up to date.')
  } else if (command === 'studio') {
    // the studio's Save publishes the cell: who does is asked now, not at the first Save
    process.env.PV_CURATOR = curator(by)
    const { startStudio } = await import('./studio.mjs')
    const { studio } = await startStudio({ root })
    console.log(`The studio is at ${studio} — choose a cell there; Ctrl-C stops it.`)
  } else if (command === 'xr-profiles') {
    const { buildXRProfiles, XR_MODEL_BUDGET } = await import('./xr-profiles.mjs')
    const { out, index, files } = await buildXRProfiles({ root })
    /** @param {number} bytes */
    const kb = (bytes) => `${Math.round(bytes / 1024)} KB`
    for (const f of files)
      console.log(
        `  ${f.file}: ${kb(f.from)} → ${kb(f.bytes)}, ${f.triangles} triangles, ${f.drawCalls} draw calls, ` +
          `${(f.textureBytes / 1048576).toFixed(1)} MB of texture memory`,
      )
    console.log(
      `Wrote ${files.length} models from ${index.source} into ${out} (budget per model: ` +
        `${kb(XR_MODEL_BUDGET.bytes)}, ${XR_MODEL_BUDGET.textureBytes / 1048576} MB of texture memory).`,
    )
  } else if (command === 'report') {
    console.table(await report({ root }))
  } else {
    console.log(USAGE)
    process.exit(command ? 2 : 0)
  }
} catch (e) {
  // a Ctrl-C also stops ffmpeg, which fails the command: the signal's handler reports and exits
  if (stopping) await new Promise(() => undefined)
  console.error(`✗ ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
}
