// Measures the budgets in docs/product.md as counts, not timed assertions:
//   landing JS+CSS (gzipped) before Begin works, everything loaded by the time a testimony plays,
//   each cell's model bytes, triangles and draw calls (renderer.info), speech audio bytes per minute,
//   the time from a marker click to the media element's `playing` event on localhost, Begin → cell choice,
//   tap → audible speech (audible.mjs), and on Slow 4G as the room appears (first-voice.mjs), the first cell frame fast and on Slow 4G beside <model-viewer> and
//   A-Frame (peers.mjs), and what the offline cache holds (offline.mjs);
//   Begin's interaction to next paint and JS allocated per frame against a bare three.js page (shell.mjs);
//   the least JS the named stack itself needs by the first testimony, beside the app's, and the app's own share held
//   to its budget with what added most (stack.mjs, bytes.mjs); and the time from a tap to each part that
//   loads on its first opening (open.mjs).
// Run: npm run bench   (builds first if dist/ is missing); a budget over its line prints FAIL and exits non-zero.
// One part alone: npm run bench -- --only bytes   (or --only open, --only first-voice, --only ask)
// Ask's accuracy on the test phrasings and its matching time at the content limits (ask.mjs) run only with --only ask.
import { readFileSync, statSync } from 'node:fs'
import { benchAsk } from './ask.mjs'
import { tapToAudible } from './audible.mjs'
import { benchBytes, codeOf, firstTestimonyBytes, gz, gzipSum, kb, printOwnShare } from './bytes.mjs'
import { firstVoiceOnSlow4G } from './first-voice.mjs'
import { benchOpen, openOnDemand, printOpenOnDemand } from './open.mjs'
import { offlineCacheBytes } from './offline.mjs'
import { peerFirstFrames } from './peers.mjs'
import { buildSourceMaps, formatINP, measureBeginINP, measureFrameAllocation, printFrameAllocation } from './shell.mjs'
import { serveAndLaunch } from './serve.mjs'
import { printStackFloor, stackFloor } from './stack.mjs'
/** @import { Cell } from '../../src/content/schema.ts' */

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
if (only === 'bytes') process.exit((await benchBytes()) ? 0 : 1)
if (only === 'open') process.exit((await benchOpen()) ? 0 : 1)
if (only === 'ask') process.exit((await benchAsk()) ? 0 : 1)
if (only === 'first-voice') {
  const { browser } = await serveAndLaunch()
  const manifest = JSON.parse(readFileSync('dist/content/manifest.json', 'utf8'))
  const cell = JSON.parse(readFileSync(`dist/content/${manifest.cells[0]}`, 'utf8'))
  const { rows, lines, holds } = await firstVoiceOnSlow4G(browser, { cell })
  console.table(rows)
  for (const line of lines) console.log(line)
  await browser.close()
  process.exit(holds ? 0 : 1)
}
if (only) throw new Error(`--only ${only}: the parts are "bytes", "open", "first-voice" and "ask"`)

const { server, base, browser } = await serveAndLaunch()

const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
/** @type {string[]} */
const requested = []
page.on('request', (r) => requested.push(r.url()))
await page.goto(`${base}?stats`)
await page.waitForSelector('#root[data-app="ready"]')
await page.waitForLoadState('networkidle')
const landing = codeOf(requested)
const beganAt = await page.evaluate(() => performance.now())
await page.click('[data-role="begin"]')
await page.waitForSelector('[data-enter-cell]')
const beginToCells = (await page.evaluate(() => performance.now())) - beganAt

const manifest = JSON.parse(readFileSync('public/content/manifest.json', 'utf8'))
/** @type {Cell[]} */
const cells = manifest.cells.map((/** @type {string} */ c) => JSON.parse(readFileSync(`public/content/${c}`, 'utf8')))
const rows = []
/** @type {number[]} */
const clickToPlaying = []
for (const cell of cells) {
  await page.click(`[data-enter-cell="${cell.id}"]`)
  await page.waitForSelector('canvas[data-role="scene"][data-triangles]')
  await page.waitForTimeout(2500)
  const info = await page.evaluate(() => {
    const canvas = /** @type {HTMLCanvasElement} */ (document.querySelector('canvas[data-role="scene"]'))
    return { ...canvas.dataset }
  })
  rows.push({
    cell: cell.id,
    model: kb(statSync(`public/${cell.model}`).size),
    triangles: Number(info.triangles),
    drawCalls: Number(info.drawCalls),
  })
  for (const t of cell.testimonies) {
    for (let i = 0; i < 2; i++) {
      const ms = await page.evaluate(
        (id) =>
          new Promise((/** @type {(ms: number) => void} */ resolve) => {
            const audio = /** @type {HTMLAudioElement} */ (document.querySelector('audio[data-role="testimony-audio"]'))
            const t0 = performance.now()
            const onPlaying = () => {
              audio.removeEventListener('playing', onPlaying)
              resolve(performance.now() - t0)
            }
            audio.addEventListener('playing', onPlaying)
            const marker = /** @type {HTMLElement} */ (document.querySelector(`[data-testimony="${id}"]`))
            marker.click()
          }),
        t.id,
      )
      clickToPlaying.push(ms)
      await page.keyboard.press('Escape')
    }
  }
  await page.click('[data-role="back"]')
}
const untilPlaying = codeOf(requested)
// Tap → audible speech, the first cell frame beside <model-viewer> and A-Frame, and the offline cache.
const firstTestimony = await firstTestimonyBytes(browser, base, cells[0])
const audible = await tapToAudible(browser, base, cells)
const peers = await peerFirstFrames(browser, { cell: cells[0] })
const firstVoice = await firstVoiceOnSlow4G(browser, { cell: cells[0] })
const offline = await offlineCacheBytes(browser, base)
const beginINP = await measureBeginINP(browser, base)
const opening = await openOnDemand(browser, base, cells[0])
const mapsDir = await buildSourceMaps()
const frameAllocation = await measureFrameAllocation(browser, base, cells[0], mapsDir)
await browser.close()
await server.close()
const stack = await stackFloor()

/** @param {readonly string[]} files */
const sum = (files) => files.reduce((n, f) => n + gz(f), 0)
const runtime = untilPlaying.filter((f) => !landing.includes(f))
console.log(
  `Landing (all loaded before Begin, page idle), JS+CSS gzipped: ${kb(sum(landing))}  [${landing.join(', ')}]`,
)
console.log(`Loaded after Begin (3D runtime, content, captions): ${kb(sum(runtime))}  [${runtime.join(', ')}]`)
console.log(`Everything loaded by the time testimonies play: ${kb(sum(untilPlaying))}`)
console.log(
  `Loaded by the time the first testimony plays (on-screen path): ${kb(gzipSum(firstTestimony.firstTestimony))}`,
)
printStackFloor(stack)
// docs/product.md: at most 40 KB more than the stack's floor by the time a testimony plays on the on-screen path
if (!(await printOwnShare(firstTestimony.firstTestimony, stack, mapsDir))) process.exitCode = 1
if (!printOpenOnDemand(opening)) process.exitCode = 1
console.table(rows)
const speech = cells.flatMap((c) => c.testimonies)
const perMinute = speech.map((t) => statSync(`public/${t.audio.opus}`).size / (t.duration / 60))
console.log(`Speech audio (Opus): ${(Math.max(...perMinute) / 1e6).toFixed(2)} MB per minute at most`)
console.log(`click → playing, in order: ${clickToPlaying.map((v) => v.toFixed(0)).join(', ')} ms`)
clickToPlaying.sort((a, b) => a - b)
console.log(
  `Marker click → playing: median ${clickToPlaying[clickToPlaying.length >> 1].toFixed(0)} ms, ` +
    `max ${clickToPlaying[clickToPlaying.length - 1].toFixed(0)} ms over ${clickToPlaying.length} clicks`,
)
console.log(`Begin → cell choice on screen: ${beginToCells.toFixed(0)} ms`)
console.table(audible.rows)
console.log(audible.summary)
console.table(peers.rows)
for (const line of peers.lines) console.log(line)
console.table(firstVoice.rows)
for (const line of firstVoice.lines) console.log(line)
if (!firstVoice.holds) process.exitCode = 1
console.log(offline)
console.log(`Begin, interaction to next paint: ${formatINP(beginINP)} over ${beginINP.length} fresh pages`)
printFrameAllocation(frameAllocation)
