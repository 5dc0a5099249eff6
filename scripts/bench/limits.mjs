// Measures the content limits (LIMITS in src/content/schema.ts) on a phone-like budget: Chromium with its CPU slowed
// four times (CDP Emulation.setCPUThrottlingRate), content at the limits served in place of the demo's:
//   - the cell list with 40 cells whose descriptions are 2,000 characters each: time from Begin to all cards shown,
//     and the longest task the page ran meanwhile (what a visitor feels as a freeze);
//   - a cell with 24 testimony markers: frames per second over five seconds, against the demo cell's 3 markers.
// The figures they answer: a 5 MB description froze the list for 19 s; 500 markers took the view under 1 fps.
// WebGL runs in SwiftShader (on the CPU), so frame rates here are lower than a phone's GPU would give: a floor.
// Run: npm run bench:limits   (builds first if dist/ is missing)
// The functions passed to page.evaluate run in the page, with its globals.
/* global PerformanceObserver, requestAnimationFrame, getComputedStyle */
import { readFileSync } from 'node:fs'
import { serveAndLaunch } from './serve.mjs'
/** @import { Cell } from '../../src/content/schema.ts' */

/** @typedef {typeof window & { __longest: number }} LongestWindow */

const THROTTLE = 4
const CELLS = 40
const LONG_TEXT = 2000
const MARKERS = 24
const FPS_SECONDS = 5

const { server, base, browser } = await serveAndLaunch()

/** @param {string} path */
const read = (path) => JSON.parse(readFileSync(`public/content/${path}`, 'utf8'))
const manifest = read('manifest.json')
/** @type {Cell} */
const demo = read(manifest.cells[0])

/**
 * `text` repeated to exactly `length` characters.
 * @param {string} text
 * @param {number} length
 */
const fill = (text, length) => text.repeat(Math.ceil(length / text.length)).slice(0, length)

/**
 * A copy of the demo cell named `id`, with descriptions at the limit and `markers` testimonies spread in its room.
 * @param {string} id
 * @param {number} markers
 * @returns {Cell}
 */
function cellAtLimits(id, markers) {
  const { width, depth } = demo.dimensions
  const testimonies = Array.from({ length: markers }, (_, i) => {
    const t = demo.testimonies[i % demo.testimonies.length]
    const column = i % 6
    const row = Math.floor(i / 6)
    return {
      ...t,
      id: `${t.id}-${i}`,
      /** @type {[number, number, number]} */
      position: [
        -width / 2 + 0.3 + (column * (width - 0.6)) / 5,
        1 + (row % 3) * 0.5,
        -depth / 2 + 0.3 + (row * (depth - 0.6)) / Math.max(1, Math.ceil(markers / 6)),
      ],
    }
  })
  return {
    ...demo,
    id,
    description: /** @type {Cell['description']} */ (
      Object.fromEntries(Object.entries(demo.description).map(([lang, text]) => [lang, fill(`${text} `, LONG_TEXT)]))
    ),
    testimonies,
  }
}

/**
 * A page whose content is `cells` (served in place of the demo's), on a CPU slowed `THROTTLE` times.
 * @param {readonly Cell[]} cells
 */
async function throttledPage(cells) {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 }, hasTouch: true, isMobile: true })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  const files = Object.fromEntries(cells.map((c) => [`cells/${c.id}.json`, c]))
  await page.route(/\/content\/(manifest\.json|cells\/[^/]+\.json)$/, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/content\//, '')
    /** @type {object | undefined} */
    const body = path === 'manifest.json' ? { ...manifest, cells: Object.keys(files) } : files[path]
    return body ? route.fulfill({ json: body }) : route.continue()
  })
  // The longest task since the page opened: what a visitor feels as the page freezing.
  await page.addInitScript(() => {
    const w = /** @type {LongestWindow} */ (window)
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto(`${base}?lang=en&stats`)
  await page.waitForFunction(
    () => !(/** @type {HTMLButtonElement | null} */ (document.querySelector('[data-role="begin"]'))?.disabled),
    null,
    { timeout: 120_000 },
  )
  return page
}

/**
 * Begin → every cell's card on screen, in ms of the page's own time; and the longest task meanwhile.
 * @param {readonly Cell[]} cells
 */
async function cellList(cells) {
  const page = await throttledPage(cells)
  await page.evaluate(() => {
    const w = /** @type {LongestWindow} */ (window)
    w.__longest = 0
  })
  const ms = await page.evaluate(
    (count) =>
      new Promise((/** @type {(ms: number) => void} */ resolve) => {
        const t0 = performance.now()
        const check = () =>
          document.querySelectorAll('[data-enter-cell]').length >= count
            ? resolve(performance.now() - t0)
            : requestAnimationFrame(check)
        const begin = /** @type {HTMLButtonElement} */ (document.querySelector('[data-role="begin"]'))
        begin.click()
        requestAnimationFrame(check)
      }),
    cells.length,
  )
  const longest = await page.evaluate(() => /** @type {LongestWindow} */ (window).__longest)
  const lastCard = await page.evaluate(() => {
    const cards = document.querySelectorAll('[data-enter-cell]')
    return Math.round(cards[cards.length - 1].getBoundingClientRect().bottom + window.scrollY)
  })
  await page.close()
  return { ms, longest, lastCard }
}

/**
 * Frames per second in `cell` (its first view, markers on screen), over FPS_SECONDS of wall time.
 * @param {Cell} cell
 */
async function cellFps(cell) {
  const page = await throttledPage([cell])
  await page.click('[data-role="begin"]')
  await page.click(`[data-enter-cell="${cell.id}"]`)
  await page.waitForSelector('canvas[data-role="scene"][data-triangles]', { timeout: 120_000 })
  const shown = await page.evaluate(
    () =>
      [...document.querySelectorAll('[data-testimony]')].filter((b) => getComputedStyle(b).visibility === 'visible')
        .length,
  )
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  /** @param {string} name */
  const metric = async (name) =>
    /** @type {{ value: number }} */ ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name))
      .value
  const script0 = await metric('ScriptDuration')
  const task0 = await metric('TaskDuration')
  const fps = await page.evaluate(
    (seconds) =>
      new Promise((/** @type {(fps: number) => void} */ resolve) => {
        let frames = 0
        const t0 = performance.now()
        /** @param {number} now */
        const tick = (now) => {
          frames++
          if (now - t0 >= seconds * 1000) resolve((frames * 1000) / (now - t0))
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    FPS_SECONDS,
  )
  // Main-thread time per frame (scripts, and all tasks): what the markers cost, apart from drawing in SwiftShader.
  const frames = fps * FPS_SECONDS
  const scriptMs = (((await metric('ScriptDuration')) - script0) * 1000) / frames
  const taskMs = (((await metric('TaskDuration')) - task0) * 1000) / frames
  await page.close()
  return { fps, shown, scriptMs, taskMs }
}

/** @param {number} n */
const round = (n) => Math.round(n)
const demoList = await cellList(manifest.cells.map((/** @type {string} */ c) => read(c)))
const fullList = await cellList(Array.from({ length: CELLS }, (_, i) => cellAtLimits(`limit-cell-${i + 1}`, 3)))
const demoFps = await cellFps(demo)
const fullFps = await cellFps(cellAtLimits('limit-markers', MARKERS))
await browser.close()
await server.close()

console.log(`CPU slowed ${THROTTLE}×, 412×915 phone viewport, WebGL in SwiftShader`)
console.table([
  {
    measure: `cell list, ${manifest.cells.length} demo cells`,
    'Begin → all cards (ms)': round(demoList.ms),
    'longest task (ms)': round(demoList.longest),
    'page height (px)': demoList.lastCard,
  },
  {
    measure: `cell list, ${CELLS} cells × ${LONG_TEXT}-char descriptions`,
    'Begin → all cards (ms)': round(fullList.ms),
    'longest task (ms)': round(fullList.longest),
    'page height (px)': fullList.lastCard,
  },
])
console.table([
  .../** @type {[string, typeof demoFps][]} */ ([
    [`demo cell, ${demo.testimonies.length} markers`, demoFps],
    [`cell with ${MARKERS} markers`, fullFps],
  ]).map(([measure, r]) => ({
    measure,
    fps: r.fps.toFixed(1),
    'script ms / frame': r.scriptMs.toFixed(1),
    'main thread ms / frame': r.taskMs.toFixed(1),
    'markers on screen': r.shown,
  })),
])
