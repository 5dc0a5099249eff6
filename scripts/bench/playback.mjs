// How each testimony starts when its marker is tapped, in WebKitGTK and in Chromium (measured, never asserted):
//   the time from the tap to #root[data-audio="playing"], and the longest stall of media time in its first 5 s.
// WebKit runs the Opus recordings and the AAC ones (Opus support hidden, as in older Safari); Chromium the ones it picks.
// Every cell is visited `--rounds` times; the first tap in a cell is the recording opened on entering it.
// Run: npm run bench:playback [-- --dist <build folder>] [-- --rounds 2]   (builds dist/ first if it is missing)
// Needs the WebKit tests' system packages (tests/system-packages.json).
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { preview } from 'vite'
import { launchChromium } from '../browsers/chromium.mjs'
import { playbackRun, sampledEnough, START_SAMPLING, STOP_SAMPLING } from '../browsers/media-sampling.mjs'
import { startWebKit } from '../browsers/webkit.mjs'
import { DESKTOP, WebKitPage } from '../browsers/webkit-page.mjs'
import { listeningPort } from './serve.mjs'
/** @import { Sampled } from '../browsers/media-sampling.mjs' */
/** @import { Cell } from '../../src/content/schema.ts' */

/**
 * An engine's page behind the few verbs the benchmark uses.
 * @typedef {object} Driven
 * @property {<T>(expression: string) => Promise<T>} eval
 * @property {(selector: string) => Promise<void>} click
 * @property {(expression: string, ms?: number) => Promise<unknown>} waitFor
 * @property {(id: string) => Promise<void>} lookAt
 * @property {() => Promise<void>} escape
 */

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, rounds: { type: 'string', default: '2' } },
})
if (values.dist === 'dist' && !existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' })
const rounds = Number(values.rounds)

const server = await preview({
  build: { outDir: values.dist },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
})
const base = `http://127.0.0.1:${listeningPort(server.httpServer)}/`
const manifest = JSON.parse(readFileSync('public/content/manifest.json', 'utf8'))
/** @type {Cell[]} */
const cells = manifest.cells.map((/** @type {string} */ c) => JSON.parse(readFileSync(`public/content/${c}`, 'utf8')))
const HIDE_OPUS = `(() => {
  const canPlayType = HTMLMediaElement.prototype.canPlayType
  HTMLMediaElement.prototype.canPlayType = function (type) { return /opus/.test(type) ? '' : canPlayType.call(this, type) }
})()`

/**
 * Drives one engine through every cell `rounds` times; `page` hides the engine's API behind a few verbs.
 * @param {string} engine
 * @param {Driven} page
 * @param {'opus' | 'aac'} codec
 */
async function run(engine, page, codec) {
  const rows = []
  await page.waitFor(`document.querySelector('[data-role="begin"]')?.disabled === false`)
  await page.click('[data-role="begin"]')
  await page.waitFor(`document.querySelector('[data-enter-cell]')`)
  const ext = codec === 'aac' ? '.m4a' : '.webm'
  for (let round = 0; round < rounds; round++) {
    for (const cell of cells) {
      await page.click(`[data-enter-cell="${cell.id}"]`)
      await page.waitFor(`document.querySelector('#root[data-cell="${cell.id}"] [data-testimony]')`)
      for (const t of cell.testimonies) {
        await page.lookAt(t.id)
        /** @type {number} */
        const tappedAt = await page.eval(START_SAMPLING)
        await page.click(`[data-testimony="${t.id}"]`)
        await page.waitFor(sampledEnough(t.id + ext, 5), 12_000)
        /** @type {Sampled} */
        const { samples, playingAt, statuses } = await page.eval(STOP_SAMPLING)
        const r = playbackRun(samples, t.id + ext, tappedAt)
        const shown = statuses.map(([at, s]) => `${s}@${Math.round(at - tappedAt)}`).join(' ')
        rows.push({
          engine,
          codec,
          round: round + 1,
          testimony: t.id,
          'tap → playing (ms)': playingAt === null ? '—' : Math.round(playingAt - tappedAt),
          'tap → media moves (ms)': Math.round(r.startMs),
          'longest stall (ms)': Math.round(r.longestStallMs),
          'data-audio shown': shown.length > 60 ? `${shown.slice(0, 57)}...` : shown,
        })
        await page.escape()
        await page.waitFor(`document.querySelector('#root[data-audio="idle"]')`)
      }
      await page.click('[data-role="back"]')
      await page.waitFor(`document.querySelector('#root[data-phase="cells"]')`)
    }
  }
  return rows
}

const results = []
const services = await startWebKit()
try {
  const p = await WebKitPage.open(services.driverURL, DESKTOP)
  for (const codec of /** @type {const} */ (['opus', 'aac'])) {
    await p.goto(base)
    if (codec === 'aac') await p.eval(HIDE_OPUS)
    results.push(
      ...(await run(
        'WebKitGTK',
        {
          eval: (e) => p.eval(e),
          click: (s) => p.click(s),
          waitFor: (e, ms) => p.waitFor(e, e, ms).catch(() => undefined),
          lookAt: (id) => p.lookAtMarker(id),
          escape: () => p.session.press('\uE00C'),
        },
        codec,
      )),
    )
    console.table(results.filter((r) => r.codec === codec))
  }
  await p.close().catch(() => undefined)
} finally {
  await services.stop()
}

const browser = await launchChromium()
const page = await browser.newPage({ viewport: DESKTOP })
await page.goto(base)
const codec = (await page.evaluate(`document.createElement('audio').canPlayType('audio/webm; codecs="opus"')`))
  ? 'opus'
  : 'aac'
results.push(
  ...(await run(
    'Chromium',
    {
      eval: (e) => page.evaluate(e),
      click: (s) => page.click(s),
      waitFor: (e, ms) => page.waitForFunction(e, null, { timeout: ms ?? 60_000 }).catch(() => undefined),
      lookAt: async (id) => {
        for (let i = 0; i < 36 && !(await page.isVisible(`[data-testimony="${id}"]`)); i++) {
          await page.keyboard.press('ArrowLeft')
          // The marker moves on the next frame.
          await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))')
        }
      },
      escape: () => page.keyboard.press('Escape'),
    },
    codec,
  )),
)
await browser.close()
await server.close()

console.table(results.filter((r) => r.engine === 'Chromium'))
for (const engine of ['WebKitGTK', 'Chromium']) {
  for (const c of ['opus', 'aac']) {
    const rows = results.filter((r) => r.engine === engine && r.codec === c)
    if (!rows.length) continue
    const taps = rows
      .map((r) => r['tap → playing (ms)'])
      .filter((v) => typeof v === 'number')
      .sort((x, y) => x - y)
    const stalls = rows.map((r) => r['longest stall (ms)'])
    console.log(
      `${engine} ${c}: tap → playing median ${taps[taps.length >> 1]} ms, max ${taps.at(-1)} ms; ` +
        `longest stall ${Math.max(...stalls)} ms (${rows.length} taps)`,
    )
  }
}
