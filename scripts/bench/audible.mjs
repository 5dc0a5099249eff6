// Tap → audible speech, on localhost: an AnalyserNode on the speech path (the media element's own source node, before
// the panner) tells when the voice is heard; the recording's own lead-in silence (measured in its file at the same
// level) is subtracted, so what remains is the app's and the browser's share. Taps go across every testimony of every
// cell, switching from one to the next and after a stop (Escape), `rounds` times. Measured, never asserted.
// Run on its own: node scripts/bench/audible.mjs [--rounds 4]   (or as part of npm run bench)
import { existsSync } from 'node:fs'
import { leadIn } from '../content/audio.mjs'
/** @import { Browser } from 'playwright-core' */
/** @import { Cell } from '../../src/content/schema.ts' */

/** Level (dBFS) at which speech counts as heard, in the page and in the file. */
export const AUDIBLE_DB = -40

/** Keeps the speech element's source node where the benchmark can reach it (the app exposes none). */
export const SPEECH_TAP = `(() => {
  const create = AudioContext.prototype.createMediaElementSource
  AudioContext.prototype.createMediaElementSource = function (element) {
    const node = create.call(this, element)
    if (element.dataset.role === 'testimony-audio') window.__speechSource = node
    return node
  }
})()`

/**
 * In the page: clicks testimony `id` and resolves with the times from the click to `playing` and to audible sound
 * (null if none within `limit` ms).
 * @param {{ id: string; level: number; limit?: number }} tap
 * @returns {Promise<{ playing: number | null; audible: number | null; file: string }>}
 */
export const TAP = ({ id, level, limit = 10_000 }) =>
  new Promise((resolve) => {
    const source = /** @type {typeof window & { __speechSource: AudioNode }} */ (window).__speechSource
    const analyser = source.context.createAnalyser()
    analyser.fftSize = 256
    source.connect(analyser)
    const samples = new Float32Array(analyser.fftSize)
    const audio = /** @type {HTMLAudioElement} */ (document.querySelector('audio[data-role="testimony-audio"]'))
    /** @type {number | null} */
    let playing = null
    let quiet = false
    const onPlaying = () => (playing ??= performance.now() - t0)
    audio.addEventListener('playing', onPlaying)
    const t0 = performance.now()
    const marker = /** @type {HTMLElement} */ (document.querySelector(`[data-testimony="${id}"]`))
    marker.click()
    const poll = () => {
      analyser.getFloatTimeDomainData(samples)
      let peak = 0
      for (const v of samples) peak = Math.max(peak, Math.abs(v))
      const now = performance.now() - t0
      // The voice before may still be in the analyser's window: the new one counts after a moment of quiet.
      quiet ||= peak < level
      if ((!quiet || peak < level) && now < limit) return void window.setTimeout(poll, 2)
      audio.removeEventListener('playing', onPlaying)
      source.disconnect(analyser)
      resolve({ playing, audible: peak >= level ? now : null, file: audio.currentSrc })
    }
    poll()
  })

/** @type {(sorted: readonly number[], p: number) => number} */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * Opens its own page (autoplay allowed, the tap is a script click) and taps every testimony `rounds` times.
 * @param {Browser} browser
 * @param {string} base
 * @param {readonly Cell[]} cells
 * @param {{ rounds?: number; dist?: string }} [options]
 * @returns rows per tap and a summary line
 */
export async function tapToAudible(browser, base, cells, { rounds = 4, dist = 'dist' } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.addInitScript(SPEECH_TAP)
  await page.goto(`${base}?stats`)
  await page.waitForFunction(
    () => !(/** @type {HTMLButtonElement | null} */ (document.querySelector('[data-role="begin"]'))?.disabled),
  )
  await page.click('[data-role="begin"]')
  await page.waitForSelector('[data-enter-cell]')
  /** @type {Map<string, number>} */
  const leads = new Map()
  const rows = []
  for (let round = 0; round < rounds; round++)
    for (const cell of cells) {
      await page.click(`[data-enter-cell="${cell.id}"]`)
      await page.waitForSelector('canvas[data-role="scene"][data-triangles]')
      await page.waitForFunction(
        () =>
          Number(
            /** @type {HTMLCanvasElement | null} */ (document.querySelector('canvas[data-role="scene"]'))?.dataset
              .triangles,
          ) > 0,
      )
      for (const [i, t] of cell.testimonies.entries()) {
        // Every other tap follows a stop; the rest switch straight from the voice before.
        const after = i === 0 ? 'entering' : (i + round) % 2 ? 'stop' : 'switch'
        if (after === 'stop') {
          await page.keyboard.press('Escape')
          await page.waitForSelector('#root[data-audio="idle"]')
        }
        const r = await page.evaluate(TAP, { id: t.id, level: 10 ** (AUDIBLE_DB / 20) })
        const file = `${dist}/${new URL(r.file).pathname.slice(1)}`
        if (!leads.has(file)) leads.set(file, existsSync(file) ? await leadIn(file, AUDIBLE_DB) : 0)
        const lead = /** @type {number} */ (leads.get(file)) * 1000
        rows.push({
          testimony: t.id,
          after,
          'tap → playing (ms)': r.playing === null ? '—' : Math.round(r.playing),
          'tap → audible (ms)': r.audible === null ? '—' : Math.round(r.audible),
          'lead-in (ms)': Math.round(lead),
          'net (ms)': r.audible === null ? Infinity : Math.round(r.audible - lead),
        })
      }
      await page.keyboard.press('Escape')
      await page.click('[data-role="back"]')
      await page.waitForSelector('#root[data-phase="cells"]')
    }
  await page.close()
  const net = rows.map((r) => r['net (ms)']).sort((a, b) => a - b)
  const raw = rows.map((r) => (typeof r['tap → audible (ms)'] === 'number' ? r['tap → audible (ms)'] : Infinity))
  raw.sort((a, b) => a - b)
  const later = rows.filter((r) => r.after !== 'entering').map((r) => r['net (ms)'])
  later.sort((a, b) => a - b)
  const summary =
    `Tap → audible speech, less the recording's lead-in: p50 ${percentile(net, 50)} ms, p95 ${percentile(net, 95)} ms, ` +
    `max ${net.at(-1)} ms over ${net.length} taps (later taps only: p50 ${percentile(later, 50)}, p95 ${percentile(later, 95)}); ` +
    `as heard (lead-in included): p50 ${percentile(raw, 50)} ms, p95 ${percentile(raw, 95)} ms`
  return { rows, summary }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util')
  const { readFileSync } = await import('node:fs')
  const { launchChromium } = await import('../browsers/chromium.mjs')
  const { listeningPort } = await import('./serve.mjs')
  const { preview } = await import('vite')
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '4' }, dist: { type: 'string', default: 'dist' } },
  })
  const server = await preview({
    build: { outDir: values.dist },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const base = `http://127.0.0.1:${listeningPort(server.httpServer)}/`
  const browser = await launchChromium({ autoplay: true })
  const manifest = JSON.parse(readFileSync(`${values.dist}/content/manifest.json`, 'utf8'))
  /** @type {Cell[]} */
  const cells = manifest.cells.map((/** @type {string} */ c) =>
    JSON.parse(readFileSync(`${values.dist}/content/${c}`, 'utf8')),
  )
  const { rows, summary } = await tapToAudible(browser, base, cells, {
    rounds: Number(values.rounds),
    dist: values.dist,
  })
  console.table(rows)
  console.log(summary)
  await browser.close()
  await server.close()
}
