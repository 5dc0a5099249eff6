// The landing and frame-loop measurements of `npm run bench` (bench.mjs calls these):
//   Begin's interaction to next paint, and the JavaScript allocated per frame in an idle cell, compared with a bare
//   three.js page showing the same model, measured the same way. Counts and ratios only; nothing here is a test.
/* global PerformanceObserver, requestAnimationFrame -- in code that page.evaluate() runs in the browser */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
/** @import { Browser, Page } from 'playwright-core' */
/** @import { Cell } from '../../src/content/schema.ts' */

/** @typedef {{ url: string; functionName: string; lineNumber: number; columnNumber: number }} CallFrame */
/** @typedef {{ callFrame: CallFrame; selfSize: number; children: ProfileNode[] }} ProfileNode */
/** @typedef {typeof window & { __beginEvents: [string, number][] }} BeginWindow */
/** @typedef {Awaited<ReturnType<typeof allocationPerFrame>>} Allocation */

/**
 * Begin's interaction to next paint (Event Timing: the longest entry of the tap's interaction), on fresh pages.
 * Entries under 16 ms are not reported by browsers, so such a tap reads "< 16".
 * @param {Browser} browser
 * @param {string} base
 * @param {number} [runs]
 * @returns {Promise<number[]>} the INP of each run in ms (0 where it stayed under 16 ms)
 */
export async function measureBeginINP(browser, base, runs = 3) {
  const results = []
  for (let i = 0; i < runs; i++) {
    step(`Begin INP, run ${i + 1}`)
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(base)
    // The app has taken over the landing (its own Begin handler is attached).
    await page.waitForFunction(
      () =>
        document.getElementById('root')?.dataset.app === 'ready' ||
        // A build from before the landing took taps early: its Begin is enabled once the app runs.
        (!document.querySelector('script[src$="begin-early.js"]') &&
          /** @type {HTMLButtonElement | null} */ (document.querySelector('[data-role="begin"]'))?.disabled === false),
    )
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => {
      const w = /** @type {BeginWindow} */ (window)
      w.__beginEvents = []
      new PerformanceObserver((list) => {
        for (const e of /** @type {(PerformanceEventTiming & { interactionId?: number })[]} */ (list.getEntries()))
          if (e.interactionId) w.__beginEvents.push([e.name, e.duration])
      }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }))
    })
    await page.click('[data-role="begin"]')
    await page.waitForSelector('[data-enter-cell]')
    // Entries are queued after the next paint: two frames later they are all in.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    const events = await page.evaluate(() => /** @type {BeginWindow} */ (window).__beginEvents)
    results.push(events.reduce((m, [, d]) => Math.max(m, d), 0))
    await page.close()
  }
  return results
}

/**
 * Formats INP runs: min / median / max, with "< 16" for runs under the browsers' reporting threshold.
 * @param {readonly number[]} runs
 */
export function formatINP(runs) {
  const sorted = [...runs].sort((a, b) => a - b)
  /** @param {number} v */
  const f = (v) => (v === 0 ? '< 16' : v.toFixed(0))
  return `min ${f(sorted[0])}, median ${f(sorted[sorted.length >> 1])}, max ${f(sorted[sorted.length - 1])} ms`
}

/**
 * Frames sampled on each page, and the profiler's sampling interval (bytes): a site that allocates a few bytes a frame
 * shows only over thousands of frames and fine sampling. The app (drawing at the display's rate) is sampled over many
 * frames; the bare page (SwiftShader draws it every frame, a few a second here) over fewer, its sites being
 * kilobytes a frame.
 */
const SAMPLING_BYTES = 64
const FRAMES = { app: 2400, bare: 120 }
const WARM_UP_FRAMES = 600
/** Frames drawn with the sampled voice playing before its sampling starts (another one has warmed the code up). */
const PLAYING_WARM_UP_FRAMES = 60
/** @param {string} what */
const step = (what) => process.stderr.write(`bench: ${what}\n`)

/**
 * Bytes of JavaScript allocated per frame while `page` draws and nothing else happens, by V8's sampling heap
 * profiler (objects later collected by either GC included), and where they were allocated.
 * `where(callFrame)` names the origin of an allocation site ('app', 'three', …).
 * @param {Page} page
 * @param {(frame: CallFrame) => string} where
 * @param {number} sampledFrames
 * @param {{ warmUpFrames?: number; whileSpeaking?: boolean }} [options]
 */
async function allocationPerFrame(
  page,
  where,
  sampledFrames,
  { warmUpFrames = WARM_UP_FRAMES, whileSpeaking = false } = {},
) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  // Let the loop settle (shader compiles, first uploads, the frame code optimised as it is in a long visit), then
  // start from a clean heap.
  await page.evaluate(
    (n) =>
      new Promise((/** @type {(value?: unknown) => void} */ resolve) => {
        let count = 0
        const tick = () => (++count >= n ? resolve() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    warmUpFrames,
  )
  await cdp.send('HeapProfiler.collectGarbage')
  step('sampling')
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_BYTES,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  })
  const started = Date.now()
  const frames = await page.evaluate(
    ({ n, whileSpeaking }) =>
      new Promise((/** @type {(frames: number) => void} */ resolve) => {
        let count = 0
        const speaking = () => document.getElementById('root')?.dataset.audio === 'playing'
        const tick = () =>
          ++count >= n || (whileSpeaking && !speaking()) ? resolve(count) : requestAnimationFrame(tick)
        requestAnimationFrame(tick)
      }),
    { n: sampledFrames, whileSpeaking },
  )
  const fps = frames / ((Date.now() - started) / 1000)
  step(`${frames} frames drawn, reading the profile`)
  const { profile } = await cdp.send('HeapProfiler.stopSampling')
  await cdp.send('HeapProfiler.disable')
  await cdp.detach()
  /** @type {Map<string, number>} */
  const bySource = new Map()
  let total = 0
  let own = 0
  let ownInFrames = 0
  /**
   * @param {ProfileNode} node
   * @param {CallFrame[]} stack
   */
  const walk = (node, stack) => {
    const here = [...stack, node.callFrame]
    if (node.selfSize > 0) {
      total += node.selfSize
      // The innermost frame with a script names where the allocation happened.
      const site = [...here].reverse().find((f) => f.url) ?? node.callFrame
      const origin = where(site)
      if (origin.startsWith('app ')) own += node.selfSize
      // the app's frame code: called from fiber's frame loop (not a React render, an event or a timer)
      if (origin.startsWith('app ') && here.some((f) => f.url && where(f).startsWith('@react-three/fiber ')))
        ownInFrames += node.selfSize
      const key = `${origin} ${site.functionName || '(anonymous)'}`
      bySource.set(key, (bySource.get(key) ?? 0) + node.selfSize)
    }
    for (const child of node.children) walk(child, here)
  }
  walk(profile.head, [])
  const rows = [...bySource]
    .sort((a, b) => b[1] - a[1])
    .map(([site, bytes]) => ({ site, bytesPerFrame: Math.round(bytes / frames) }))
  const ownSites = rows.filter((r) => r.site.startsWith('app '))
  return {
    perFrame: total / frames,
    ownPerFrame: own / frames,
    ownFramePerFrame: ownInFrames / frames,
    fps,
    frames,
    top: rows.slice(0, 12),
    ownSites,
  }
}

/**
 * Maps positions in the built chunks back to their package (or `app` for src/), with the build's source maps.
 * @param {string} distDir
 * @returns {Promise<(frame: CallFrame) => string>}
 */
async function originOf(distDir) {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping')
  /** @type {Map<string, import('@jridgewell/trace-mapping').TraceMap | null>} */
  const maps = new Map()
  /** @param {string} url */
  const mapFor = (url) => {
    const path = new URL(url).pathname
    if (!maps.has(path)) {
      try {
        maps.set(path, new TraceMap(readFileSync(join(distDir, `${path}.map`), 'utf8')))
      } catch {
        maps.set(path, null)
      }
    }
    return maps.get(path) ?? null
  }
  return (frame) => {
    if (!frame.url) return '(v8)'
    const map = /\/assets\//.test(frame.url) ? mapFor(frame.url) : null
    const original = map ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }) : null
    const source = map ? (original?.source ?? '') : frame.url
    const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
    if (pkg) return pkg[1]
    // the app's own: file and the line the allocating function starts on
    if (/\/src\//.test(source)) return `app ${source.slice(source.indexOf('/src/') + 1)}:${original?.line ?? '?'}`
    if (source.includes('__bare/three/')) return 'three'
    return source || frame.url
  }
}

/**
 * A bare three.js page: the same model (GLTFLoader + meshopt + KTX2), two lights, a camera, drawn every frame. Served from
 * node_modules through the bench's own routes, so nothing comes from a CDN.
 * @param {Browser} browser
 * @param {string} base
 * @param {string} model
 */
async function openBarePage(browser, base, model) {
  const require = createRequire(import.meta.url)
  const threeDir = join(dirname(require.resolve('three')), '..')
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.route(`${base}__bare/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*__bare\//, '')
    if (path === 'index.html')
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body style="margin:0"><script type="importmap">
{"imports":{"three":"./three/build/three.module.js","three/addons/":"./three/examples/jsm/"}}</script>
<script type="module">
import * as THREE from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'
import { KTX2Loader } from 'three/addons/loaders/KTX2Loader.js'
const renderer = new THREE.WebGLRenderer({ antialias: true })
renderer.setPixelRatio(devicePixelRatio)
renderer.setSize(innerWidth, innerHeight)
document.body.appendChild(renderer.domElement)
const scene = new THREE.Scene()
scene.background = new THREE.Color('#0d0d0f')
scene.add(new THREE.HemisphereLight('#d8d4cc', '#2a2622', 0.9))
const lamp = new THREE.PointLight('#ffffff', 4, 12, 1.4)
lamp.position.set(0, 2.2, 0)
scene.add(lamp)
const camera = new THREE.PerspectiveCamera(70, innerWidth / innerHeight, 0.03, 60)
camera.position.set(0, 1.6, 0)
const ktx2 = new KTX2Loader().setTranscoderPath('./three/examples/jsm/libs/basis/').detectSupport(renderer)
const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).setKTX2Loader(ktx2).loadAsync('/${model}')
scene.add(gltf.scene)
renderer.setAnimationLoop(() => renderer.render(scene, camera))
document.body.dataset.drawn = 'true'
</script></body></html>`,
      })
    if (path.startsWith('three/')) {
      const file = join(threeDir, path.slice('three/'.length))
      return file.endsWith('.wasm')
        ? route.fulfill({ contentType: 'application/wasm', body: readFileSync(file) })
        : route.fulfill({ contentType: 'text/javascript', body: readFileSync(file, 'utf8') })
    }
    return route.fulfill({ status: 404 })
  })
  await page.goto(`${base}__bare/index.html`)
  await page.waitForSelector('body[data-drawn]')
  return page
}

/**
 * Allocation per frame in an idle cell (nothing playing) against the bare three.js page, with the largest sites.
 * `distDir` must hold a build with source maps for the sites to be named by package.
 * @param {Browser} browser
 * @param {string} base
 * @param {Cell} cell
 * @param {string} distDir
 * @returns {Promise<{ app: Allocation; bare: Allocation; playing: Allocation }>}
 */
export async function measureFrameAllocation(browser, base, cell, distDir) {
  const where = await originOf(distDir)
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(base)
  await page.click('[data-role="begin"]')
  await page.click(`[data-enter-cell="${cell.id}"]`)
  await page.waitForSelector('canvas[data-role="scene"]')
  await page.waitForFunction(() => document.querySelector('[data-role="testimony-audio"]'))
  // the room's textures in (they follow its first frame): the idle cell as a visitor stays in it
  await page.waitForFunction(
    () =>
      /** @type {HTMLCanvasElement | null} */ (document.querySelector('canvas[data-role="scene"]'))?.dataset
        .roomTextures === 'in',
  )
  step('allocation per frame, app')
  const app = await allocationPerFrame(page, where, FRAMES.app)
  // The same cell while its longest voice plays: the marker pulses, the captions follow the voice. Another voice
  // plays to its end first, so that what runs only while one speaks is compiled as in a long visit.
  const longest = cell.testimonies.reduce((a, b) => (b.duration > a.duration ? b : a))
  const first = cell.testimonies.find((t) => t !== longest) ?? longest
  await page.evaluate(
    (id) => /** @type {HTMLElement} */ (document.querySelector(`[data-testimony="${id}"]`)).click(),
    first.id,
  )
  await page.waitForFunction(() => document.getElementById('root')?.dataset.audio === 'playing')
  step(`${first.id} playing to its end, to warm up`)
  await page.waitForFunction(() => document.getElementById('root')?.dataset.audio === 'ended', null, {
    timeout: (first.duration + 60) * 1000,
  })
  // its marker may be behind the view: pressed the way a keyboard or screen reader would, without turning
  await page.evaluate(
    (id) => /** @type {HTMLElement} */ (document.querySelector(`[data-testimony="${id}"]`)).click(),
    longest.id,
  )
  await page.waitForFunction((id) => document.getElementById('root')?.dataset.playing === id, longest.id)
  await page.waitForFunction(() => document.getElementById('root')?.dataset.audio === 'playing')
  step(`allocation per frame, app, ${longest.id} playing`)
  // sampled until the voice ends (or stands still), at most as many frames as the idle cell
  const playing = await allocationPerFrame(page, where, FRAMES.app, {
    warmUpFrames: PLAYING_WARM_UP_FRAMES,
    whileSpeaking: true,
  })
  await page.close()
  step('allocation per frame, bare three.js')
  const barePage = await openBarePage(browser, base, cell.model)
  const bare = await allocationPerFrame(barePage, where, FRAMES.bare)
  await barePage.close()
  return { app, bare, playing }
}

/**
 * Prints the per-frame comparison and the largest allocation sites of each page.
 * @param {{ app: Allocation; bare: Allocation; playing: Allocation }} allocation
 */
export function printFrameAllocation({ app, bare, playing }) {
  console.log(
    `JS allocated per frame, idle cell: app ${app.perFrame.toFixed(0)} B, bare three.js ${bare.perFrame.toFixed(0)} B` +
      ` (${FRAMES.app} and ${FRAMES.bare} frames after ${WARM_UP_FRAMES} to warm up, at ${app.fps.toFixed(0)} and ${bare.fps.toFixed(0)} fps;` +
      ' V8 sampling heap profiler, collected objects included)',
  )
  console.log(
    `  of which allocated in the app's own code (src/): ${app.ownPerFrame.toFixed(0)} B per frame,` +
      ` its frame code (called from fiber's loop) ${app.ownFramePerFrame.toFixed(0)} B` +
      ` (one sample is ${SAMPLING_BYTES} B: ${(SAMPLING_BYTES / FRAMES.app).toFixed(3)} B a frame over ${FRAMES.app} frames)`,
  )
  if (app.ownSites.length) console.table(app.ownSites)
  console.log(
    `  with a voice playing: app ${playing.perFrame.toFixed(0)} B per frame, of which its own code` +
      ` ${playing.ownPerFrame.toFixed(1)} B, its frame code ${playing.ownFramePerFrame.toFixed(1)} B (${playing.frames} frames while it spoke, at ${playing.fps.toFixed(0)} fps;` +
      ` one sample: ${(SAMPLING_BYTES / playing.frames).toFixed(3)} B a frame)`,
  )
  if (playing.ownSites.length) console.table(playing.ownSites)
  console.log('  largest sites, app page:')
  console.table(app.top)
  console.log('  largest sites, bare three.js page:')
  console.table(bare.top)
}

/**
 * Source maps for the built chunks, written to a temporary folder that nothing serves: the same build with hidden maps gives
 * the same file names as dist/, so allocation sites in dist/ can be named by package.
 * @param {string} [outDir]
 * @returns {Promise<string>}
 */
export async function buildSourceMaps(outDir = join(tmpdir(), `bench-source-maps-${process.pid}`)) {
  const { build } = await import('vite')
  await build({ logLevel: 'warn', build: { sourcemap: 'hidden', outDir, emptyOutDir: true } })
  return outDir
}
