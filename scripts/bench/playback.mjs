// How each testimony starts when its marker is tapped, in WebKitGTK and in Chromium (measured, never asserted):
//   the time from the tap to #root[data-audio="playing"], and the longest stall of media time in its first 5 s.
// WebKit runs the Opus recordings and the AAC ones (Opus support hidden, as in older Safari); Chromium the ones it picks.
// Every cell is visited `--rounds` times; the first tap in a cell is the recording opened on entering it.
// With --captions, instead: how late each caption line shows behind the voice (media time at the moment the line is
// put on the page, less the time its cue starts), for the app's own caption driver and, on the same element and
// file, for a text track's `cuechange`, in both engines (captionLags below).
// Run: npm run bench:playback [-- --dist <build folder>] [-- --rounds 2] [-- --captions]
//   (builds dist/ first if it is missing)
// Needs the WebKit tests' system packages (tests/system-packages.json).
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { preview } from 'vite'
import { launchChromium } from '../browsers/chromium.mjs'
import { playbackRun, sampledEnough, START_SAMPLING, STOP_SAMPLING } from '../browsers/media-sampling.mjs'
import { startWebKit } from '../browsers/webkit.mjs'
import { DESKTOP, WebKitPage } from '../browsers/webkit-page.mjs'
import { parseCaptionFile } from '../content/captions.mjs'
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
  options: {
    dist: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '2' },
    captions: { type: 'boolean', default: false },
    engines: { type: 'string', default: 'webkit,chromium' },
  },
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

/**
 * A Chromium page behind the benchmark's verbs.
 * @param {import('playwright-core').Page} page
 * @returns {Driven}
 */
function chromiumDriven(page) {
  return {
    eval: (e) => page.evaluate(e),
    click: (s) => page.click(s),
    // polled from here: the page's CSP (no 'unsafe-eval') refuses waitForFunction's string expressions
    waitFor: async (e, ms = 60_000) => {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
        if (await page.evaluate(e)) return
    },
    lookAt: async (id) => {
      for (let i = 0; i < 36 && !(await page.isVisible(`[data-testimony="${id}"]`)); i++) {
        await page.keyboard.press('ArrowLeft')
        // The marker moves on the next frame.
        await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))')
      }
    },
    escape: () => page.keyboard.press('Escape'),
  }
}

/** Seconds of each testimony listened to for its captions. */
const LISTEN_S = 14

/**
 * Installs the page's caption watch before a marker is tapped: every line the app puts on the page, and every cue a
 * hidden text track on the same element with the same file makes active, each with the voice's media time then.
 * @param {string} vtt
 */
const WATCH_CAPTIONS = (/** @type {string} */ vtt) => `(() => {
  window.__captionObserver?.disconnect()
  const seen = (window.__captions = { lines: [], cues: [], trackFrom: null, trackError: false })
  const voice = () => document.querySelector('audio[data-role="testimony-audio"]')
  window.__captionObserver = new MutationObserver(() => {
    const line = document.querySelector('[data-role="captions"] .caption-line')?.textContent ?? ''
    if (line && seen.lines.at(-1)?.text !== line) seen.lines.push({ text: line, media: voice()?.currentTime ?? -1 })
  })
  window.__captionObserver.observe(document, { subtree: true, childList: true, characterData: true })
  const attach = () => {
    const el = voice()
    if (!el || el.paused) return setTimeout(attach, 20)
    el.querySelectorAll('track[data-bench]').forEach((t) => t.remove())
    const track = document.createElement('track')
    track.kind = 'metadata'
    track.dataset.bench = ''
    track.src = ${JSON.stringify(vtt)}
    el.appendChild(track)
    track.track.mode = 'hidden'
    // lines due before the track is read are not counted (it is added once the voice plays)
    track.addEventListener('load', () => (seen.trackFrom = el.currentTime))
    track.addEventListener('error', () => (seen.trackError = true))
    let last = -1
    track.track.addEventListener('cuechange', () => {
      const active = Array.from(track.track.activeCues ?? [], (c) => c.startTime)
      const start = active.length ? Math.max(...active) : -1
      if (start > last) seen.cues.push({ start, media: el.currentTime })
      last = start
    })
  }
  attach()
})()`

/**
 * How late lines showed: for each cue that starts once both ways were watching, the media time when the app showed
 * its line, and when the track said it was active, less the cue's start (ms).
 * @param {{ start: number; text: string }[]} cues
 * @param {{ lines: { text: string; media: number }[]; cues: { start: number; media: number }[]; trackFrom: number | null }} seen
 */
function captionLags(cues, seen) {
  const from = (seen.trackFrom ?? Infinity) + 0.05
  const app = []
  const track = []
  for (const cue of cues) {
    if (cue.start < from || cue.start > LISTEN_S - 0.5) continue
    const shown = seen.lines.find((l) => l.text === cue.text.trim() && l.media >= cue.start - 0.25)
    if (shown) app.push((shown.media - cue.start) * 1000)
    const active = seen.cues.find((c) => Math.abs(c.start - cue.start) < 0.001)
    if (active) track.push((active.media - cue.start) * 1000)
  }
  return { app, track }
}

/**
 * Plays every cell's testimonies for LISTEN_S seconds each and measures how late their lines show.
 * @param {Driven} page
 */
async function captionRun(page) {
  await page.waitFor(`document.querySelector('[data-role="begin"]')?.disabled === false`)
  await page.click('[data-role="begin"]')
  await page.waitFor(`document.querySelector('[data-enter-cell]')`)
  /** @type {string} */
  const lang = await page.eval(`document.documentElement.lang`)
  /** @type {number[]} */
  const app = []
  /** @type {number[]} */
  const track = []
  let missed = 0
  for (const cell of cells) {
    await page.click(`[data-enter-cell="${cell.id}"]`)
    await page.waitFor(`document.querySelector('#root[data-cell="${cell.id}"] [data-testimony]')`)
    for (const t of cell.testimonies) {
      const file = t.captions[/** @type {keyof typeof t.captions} */ (lang)] ?? t.captions.en
      if (!file) continue
      const cues = await parseCaptionFile(readFileSync(`public/${file}`, 'utf8'), file)
      await page.lookAt(t.id)
      await page.eval(WATCH_CAPTIONS(base + file))
      await page.click(`[data-testimony="${t.id}"]`)
      await page.waitFor(
        `(document.querySelector('audio[data-role="testimony-audio"]')?.currentTime ?? 0) > ${LISTEN_S}`,
        LISTEN_S * 4000,
      )
      const seen = await page.eval(`window.__captions`)
      if (process.env.DEBUG)
        console.log(
          t.id,
          JSON.stringify(seen),
          await page.eval(
            `(() => { const e = document.querySelector('audio[data-role="testimony-audio"]'); return [e.currentTime, e.paused, e.readyState, e.networkState, e.error?.message, document.getElementById('root').dataset.audio, performance.now()] })()`,
          ),
        )
      const lags = captionLags(cues, seen)
      const due = cues.filter((c) => c.start > 0.5 && c.start < LISTEN_S - 0.5).length
      missed += Math.max(0, due - lags.app.length)
      app.push(...lags.app)
      track.push(...lags.track)
      await page.escape()
      await page.waitFor(`document.querySelector('#root[data-audio="idle"]')`)
    }
    await page.click('[data-role="back"]')
    await page.waitFor(`document.querySelector('#root[data-phase="cells"]')`)
  }
  return { app, track, missed }
}

/** @param {number[]} ms */
function spread(ms) {
  const sorted = ms.slice().sort((a, b) => a - b)
  const at = (/** @type {number} */ q) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN)
  return `median ${at(0.5)} ms, 90th ${at(0.9)} ms, max ${Math.round(sorted.at(-1) ?? NaN)} ms (${ms.length} lines)`
}

if (values.captions) {
  /** @type {[string, Awaited<ReturnType<typeof captionRun>>][]} */
  const measured = []
  const engines = values.engines.split(',')
  const services = engines.includes('webkit') ? await startWebKit() : null
  if (services)
    try {
      const p = await WebKitPage.open(services.driverURL, DESKTOP)
      await p.goto(base)
      measured.push([
        'WebKitGTK',
        await captionRun({
          eval: (e) => p.eval(e),
          click: (s) => p.click(s),
          waitFor: (e, ms) => p.waitFor(e, e, ms).catch(() => undefined),
          lookAt: (id) => p.lookAtMarker(id),
          escape: () => p.session.press('\uE00C'),
        }),
      ])
      await p.close().catch(() => undefined)
    } finally {
      await services.stop()
    }
  if (engines.includes('chromium')) {
    // as the browser tests run it: a headless Chromium holds media back without this, though Begin was tapped
    const browser = await launchChromium({ autoplay: true })
    const page = await browser.newPage({ viewport: DESKTOP })
    await page.goto(base)
    measured.push(['Chromium', await captionRun(chromiumDriven(page))])
    await browser.close()
  }
  await server.close()
  for (const [engine, { app, track, missed }] of measured) {
    console.log(`${engine}, ${values.dist}: the app's driver ${spread(app)}; lines never shown ${missed}`)
    console.log(`${engine}, ${values.dist}: a text track's cuechange ${spread(track)}`)
  }
  process.exit(0)
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
results.push(...(await run('Chromium', chromiumDriven(page), codec)))
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
