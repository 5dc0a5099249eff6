// The first voice on a slow phone connection: a visitor opens the site on Slow 4G with the CPU slowed 4× (as
// peers.mjs), taps Begin and the first cell, and taps a marker the moment the room appears; then, while that
// voice speaks, another marker. Each tap is timed to audible speech (an AnalyserNode on the speech path, as
// audible.mjs), less the recording's own lead-in silence. Every run is a fresh browser context with an empty
// cache (what one visit fetched, it may reuse); the server answers ranges and compresses text as deploy/nginx does. Measured, never asserted.
// Run on its own: node scripts/bench/first-voice.mjs [--runs 2]   (or as part of npm run bench)
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AUDIBLE_DB, SPEECH_TAP, TAP } from './audible.mjs'
import { CPU_SLOWDOWN, serve, SLOW_4G } from './peers.mjs'
import { leadIn } from '../content/audio.mjs'
/** @import { Browser } from 'playwright-core' */
/** @import { Cell, Testimony } from '../../src/content/schema.ts' */

/** The goal for the first voice on Slow 4G: median and 95th percentile, ms. */
const FIRST_VOICE_BUDGET = { median: 1000, p95: 1500 }

/** @type {(sorted: readonly number[], p: number) => number} */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/**
 * One visit: Begin, the cell, a tap on `first` as the room appears, then a tap on `later` while it speaks.
 * @param {Browser} browser
 * @param {string} url
 * @param {Cell} cell
 * @param {Testimony} first
 * @param {Testimony} later
 * @param {{ roomTriangles: number; verbose: boolean }} options
 */
async function visit(browser, url, cell, first, later, { roomTriangles, verbose }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.addInitScript(SPEECH_TAP)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  /** @type {[number, string, string][]} */
  const requests = []
  const t0 = Date.now()
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/\.(opus|webm|m4a|ktx2|glb|vtt|wasm)$/.test(e.request.url))
      requests.push([Date.now() - t0, e.request.url.replace(/.*\//, ''), e.request.headers.Range ?? ''])
  })
  const long = { timeout: 180_000 }
  await page.goto(url, { waitUntil: 'commit', ...long })
  await page.waitForFunction(
    () => !(/** @type {HTMLButtonElement | null} */ (document.querySelector('[data-role="begin"]'))?.disabled),
    null,
    long,
  )
  await page.click('[data-role="begin"]', long)
  await page.click(`[data-enter-cell="${cell.id}"]`, long)
  await page.waitForFunction(
    (n) =>
      Number(
        /** @type {HTMLCanvasElement | null} */ (document.querySelector('canvas[data-role="scene"]'))?.dataset
          .triangles,
      ) >= n,
    roomTriangles,
    { ...long, polling: 'raf' },
  )
  const level = 10 ** (AUDIBLE_DB / 20)
  const firstTap = await page.evaluate(TAP, { id: first.id, level, limit: 30_000 })
  const laterTap = await page.evaluate(TAP, { id: later.id, level, limit: 30_000 })
  if (verbose) console.log(first.id, later.id, JSON.stringify(requests))
  await context.close()
  return [firstTap, laterTap]
}

/**
 * Taps each testimony of `cell` first in `runs` fresh visits (and the next one as the later tap).
 * @param {Browser} browser
 * @param {{ cell: Cell; runs?: number; dist?: string; verbose?: boolean }} options
 * @returns rows per tap and summary lines, with whether the budget holds
 */
export async function firstVoiceOnSlow4G(browser, { cell, runs = 2, dist = 'dist', verbose = false }) {
  const server = await serve(dist, dist)
  const glb = readFileSync(join(dist, cell.model))
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString())
  let roomTriangles = 0
  for (const mesh of json.meshes ?? [])
    for (const p of mesh.primitives ?? [])
      if ((p.mode ?? 4) === 4) roomTriangles += Math.floor(json.accessors[p.indices ?? p.attributes.POSITION].count / 3)
  /** @type {Map<string, number>} */
  const leads = new Map()
  /** @param {string} file */
  const lead = async (file) => {
    const path = `${dist}/${new URL(file).pathname.slice(1)}`
    if (!leads.has(path)) leads.set(path, existsSync(path) ? await leadIn(path, AUDIBLE_DB) : 0)
    return /** @type {number} */ (leads.get(path)) * 1000
  }
  /** @type {{ tap: string; testimony: string; 'tap → playing (ms)': number | string; 'tap → audible (ms)': number | string; 'lead-in (ms)': number; 'net (ms)': number }[]} */
  const rows = []
  try {
    for (let run = 0; run < runs; run++)
      for (const [i, first] of cell.testimonies.entries()) {
        const later = cell.testimonies[(i + 1) % cell.testimonies.length]
        const taps = await visit(browser, `${server.url}?stats`, cell, first, later, { roomTriangles, verbose })
        for (const [tap, t, r] of /** @type {const} */ ([
          ['first', first, taps[0]],
          ['later', later, taps[1]],
        ])) {
          const leadMs = await lead(r.file)
          rows.push({
            tap,
            testimony: t.id,
            'tap → playing (ms)': r.playing === null ? '—' : Math.round(r.playing),
            'tap → audible (ms)': r.audible === null ? '—' : Math.round(r.audible),
            'lead-in (ms)': Math.round(leadMs),
            'net (ms)': r.audible === null ? Infinity : Math.round(r.audible - leadMs),
          })
        }
      }
  } finally {
    server.close()
  }
  /** @param {'first' | 'later'} which */
  const summary = (which) => {
    const net = rows
      .filter((r) => r.tap === which)
      .map((r) => r['net (ms)'])
      .sort((a, b) => a - b)
    return { median: percentile(net, 50), p95: percentile(net, 95), n: net.length }
  }
  const first = summary('first')
  const later = summary('later')
  const holds = [first, later].every((s) => s.median <= FIRST_VOICE_BUDGET.median && s.p95 <= FIRST_VOICE_BUDGET.p95)
  const lines = [
    `Tap → audible speech on Slow 4G + ${CPU_SLOWDOWN}× CPU, tapped as the room appears (less the lead-in): ` +
      `first tap median ${first.median} ms, p95 ${first.p95} ms (${first.n} visits); ` +
      `a later tap median ${later.median} ms, p95 ${later.p95} ms; ` +
      `budget median ${FIRST_VOICE_BUDGET.median} ms, p95 ${FIRST_VOICE_BUDGET.p95} ms: ${holds ? 'holds' : 'EXCEEDED'}`,
  ]
  return { rows, lines, holds }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util')
  const { launchChromium } = await import('../browsers/chromium.mjs')
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '2' },
      dist: { type: 'string', default: 'dist' },
      verbose: { type: 'boolean', default: false },
    },
  })
  const browser = await launchChromium({ autoplay: true })
  const manifest = JSON.parse(readFileSync(`${values.dist}/content/manifest.json`, 'utf8'))
  const cell = JSON.parse(readFileSync(`${values.dist}/content/${manifest.cells[0]}`, 'utf8'))
  const { rows, lines, holds } = await firstVoiceOnSlow4G(browser, {
    cell,
    runs: Number(values.runs),
    dist: values.dist,
    verbose: values.verbose,
  })
  console.table(rows)
  for (const line of lines) console.log(line)
  await browser.close()
  process.exitCode = holds ? 0 : 1
}
