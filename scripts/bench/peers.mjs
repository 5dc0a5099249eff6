// The first frame of a cell, from opening the address, for this app and for two peers showing the same model:
// Google's <model-viewer> and A-Frame, each from its own npm package served by this machine (no CDN). Every contender
// is served by one server (gzip for text, as a deployment would) to a fresh browser context, fast and on Slow 4G
// (1.6 Mbit/s down, 150 ms round trips, by CDP) with the CPU slowed 4×. The floor is what the bytes and round trips
// alone need: the bytes this app asked for until its first frame ÷ the bandwidth, plus a document → code → model
// chain of round trips after the connection's own. Measured, never asserted.
// Run on its own: node scripts/bench/peers.mjs [--runs 3]   (or as part of npm run bench)
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
/** @import { AddressInfo } from 'node:net' */
/** @import { Browser, Page } from 'playwright-core' */
/** @import { Cell } from '../../src/content/schema.ts' */

/**
 * Drives a contender's page to its first frame; resolves with the page clock then. `textured`, where given: to the
 * first frame with every texture in.
 * @typedef {((page: Page) => Promise<number>) & { textured?: (page: Page) => Promise<number> }} Drive
 */
/** @typedef {{ ms: number; textured: number; bytes: number; requests: number; foreign: string[] }} Frame */

export const SLOW_4G = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 }
export const CPU_SLOWDOWN = 4
/** Round trips no page can avoid: the connection, the document, its code, the model. */
const FLOOR_ROUND_TRIPS = 4

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.vtt': 'text/vtt',
  '.opus': 'audio/ogg',
  '.webm': 'audio/webm',
  '.m4a': 'audio/mp4',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
}
/** Compressed on the wire, as deploy/nginx does (its gzip_types include models and WebAssembly). */
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.vtt', '.svg', '.glb', '.wasm'])

/**
 * Writes the two peer pages, each showing `model` with its own self-hosted library.
 * @param {string} dir
 * @param {string} model
 */
function peerPages(dir, model) {
  mkdirSync(dir, { recursive: true })
  /** @type {(from: string, name: string) => void} */
  const copy = (from, name) => writeFileSync(join(dir, name), readFileSync(from))
  copy('node_modules/@google/model-viewer/dist/model-viewer.min.js', 'model-viewer.min.js')
  copy('node_modules/aframe/dist/aframe-v1.8.0.min.js', 'aframe.min.js')
  // Both peers load the decoder as a classic script that defines window.MeshoptDecoder.
  const decoder = readFileSync('node_modules/meshoptimizer/meshopt_decoder.mjs', 'utf8')
  writeFileSync(
    join(dir, 'meshopt_decoder.js'),
    decoder.replace(/export \{ MeshoptDecoder \};/, 'self.MeshoptDecoder = MeshoptDecoder;'),
  )
  // KTX2 textures: both peers get three's Basis transcoder from this server too (model-viewer would ask gstatic.com).
  mkdirSync(join(dir, 'basis'), { recursive: true })
  for (const f of ['basis_transcoder.js', 'basis_transcoder.wasm'])
    copy(`node_modules/three/examples/jsm/libs/basis/${f}`, `basis/${f}`)
  const style = 'html,body{margin:0;height:100%;background:#0d0d0f}'
  writeFileSync(
    join(dir, 'model-viewer.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>${style} model-viewer{width:100vw;height:100vh}</style>
<script>self.ModelViewerElement = { meshoptDecoderLocation: '/bench/meshopt_decoder.js', ktx2TranscoderLocation: '/bench/basis/' }</script>
<script type="module" src="/bench/model-viewer.min.js"></script></head><body>
<model-viewer src="/${model}" camera-controls interaction-prompt="none"></model-viewer>
<script>
document.querySelector('model-viewer').addEventListener('model-visibility', (e) => {
  if (e.detail.visible) requestAnimationFrame(() => requestAnimationFrame(() => (window.__shownAt = performance.now())))
})
</script></body></html>`,
  )
  writeFileSync(
    join(dir, 'aframe.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>${style}</style><script src="/bench/aframe.min.js"></script></head><body>
<a-scene gltf-model="meshoptDecoderPath: /bench/meshopt_decoder.js; basisTranscoderPath: /bench/basis/" loading-screen="enabled: false"
  vr-mode-ui="enabled: false" background="color: #0d0d0f">
  <a-entity id="room" gltf-model="url(/${model})"></a-entity>
  <a-entity camera look-controls position="0 1.6 0"></a-entity>
</a-scene>
<script>
document.querySelector('#room').addEventListener('model-loaded', () =>
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__shownAt = performance.now()))),
)
</script></body></html>`,
  )
}

/**
 * One static server for every contender: dist/ at the root, the peer pages under /bench/. Text is compressed and
 * ranges are answered, as deploy/nginx does (a media element asks for the parts of a recording it needs).
 * @param {string} dist
 * @param {string} bench
 * @returns {Promise<{ url: string; close(): void }>}
 */
export function serve(dist, bench) {
  /** @type {Map<string, Buffer>} */
  const zipped = new Map()
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const [root, rel] = path.startsWith('/bench/') ? [bench, path.slice(7)] : [dist, path]
    const file = normalize(join(root, rel.endsWith('/') ? `${rel}index.html` : rel))
    if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    const ext = extname(file)
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' }
    if (TEXT.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      let body = zipped.get(file)
      if (!body) zipped.set(file, (body = gzipSync(readFileSync(file))))
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body)
      return
    }
    const size = statSync(file).size
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]))
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
      if (start >= size || start > end) {
        res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
        return
      }
      res.writeHead(206, {
        ...headers,
        'accept-ranges': 'bytes',
        'content-range': `bytes ${start}-${end}/${size}`,
        'content-length': end - start + 1,
      })
      createReadStream(file, { start, end }).pipe(res)
      return
    }
    res.writeHead(200, { ...headers, 'accept-ranges': 'bytes', 'content-length': size })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${/** @type {AddressInfo} */ (server.address()).port}/`,
        close: () => server.close(),
      }),
    ),
  )
}

/**
 * Opens one contender in a fresh context; resolves with ms from navigation to the first frame, and bytes received.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ slow: boolean; drive: Drive }} how
 * @returns {Promise<Frame>}
 */
async function firstFrame(browser, url, { slow, drive }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  }
  let bytes = 0
  let requests = 0
  /** @type {string[]} */
  const foreign = []
  cdp.on('Network.requestWillBeSent', (e) => {
    requests++
    // data: and blob: URLs are the page's own memory (decoders' workers, images handed to the GPU), not a host
    if (!e.request.url.startsWith(url.slice(0, url.indexOf('/', 8))) && !/^(data|blob):/.test(e.request.url))
      foreign.push(e.request.url)
  })
  /** @type {Map<string, string>} */
  const urls = new Map()
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url))
  /** @type {[string | undefined, number, number][]} */
  const received = []
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength
    received.push([urls.get(e.requestId), e.encodedDataLength, Math.round(performance.now())])
  })
  await page.goto(url, { waitUntil: 'commit', timeout: 180_000 })
  const shownAt = await drive(page)
  const at = { bytes, requests }
  // this app draws the room before its textures are in: when they are, too (the peers show both at once)
  const texturedAt = drive.textured ? await drive.textured(page) : shownAt
  if (process.env.BENCH_VERBOSE) console.log(url, Math.round(shownAt), Math.round(texturedAt), received, foreign)
  await context.close()
  return { ms: shownAt, textured: texturedAt, ...at, foreign }
}

/**
 * Triangles a GLB draws (as src/models/model-guard.ts counts them).
 * @param {string} file
 */
function triangles(file) {
  const glb = readFileSync(file)
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString())
  let n = 0
  for (const mesh of json.meshes ?? [])
    for (const p of mesh.primitives ?? [])
      if ((p.mode ?? 4) === 4) n += Math.floor(json.accessors[p.indices ?? p.attributes.POSITION].count / 3)
  return n
}

/**
 * This app (with `?stats`, which publishes the renderer's counts on the canvas): Begin as soon as it answers, the
 * first cell's card, then the first frame whose triangles include the room's.
 * @param {number} roomTriangles
 * @returns {Drive}
 */
const driveOurs = (roomTriangles) =>
  Object.assign(
    /** @param {Page} page */
    async (page) => {
      await page.waitForFunction(
        () => !(/** @type {HTMLButtonElement | null} */ (document.querySelector('[data-role="begin"]'))?.disabled),
        null,
        { timeout: 180_000 },
      )
      await page.click('[data-role="begin"]', { timeout: 180_000 })
      await page.click('[data-enter-cell]', { timeout: 180_000 })
      await page.waitForFunction(
        (n) =>
          Number(
            /** @type {HTMLCanvasElement | null} */ (document.querySelector('canvas[data-role="scene"]'))?.dataset
              .triangles,
          ) >= n,
        roomTriangles,
        { timeout: 180_000, polling: 'raf' },
      )
      return page.evaluate(() => performance.now())
    },
    {
      /**
       * The first frame with every texture of the room in it (`data-room-textures="in"`, or none to bring in).
       * @param {Page} page
       */
      async textured(page) {
        await page.waitForFunction(
          () => {
            const canvas = /** @type {HTMLCanvasElement | null} */ (document.querySelector('canvas[data-role="scene"]'))
            const state = canvas?.dataset.roomTextures
            return state === undefined || state === 'in' || state === 'missing'
          },
          null,
          { timeout: 180_000, polling: 'raf' },
        )
        return page.evaluate(() => performance.now())
      },
    },
  )

/**
 * A peer page notes its first frame with the model in `window.__shownAt`.
 * @param {Page} page
 * @returns {Promise<number>}
 */
async function drivePeer(page) {
  /** @typedef {typeof window & { __shownAt?: number }} PeerWindow */
  await page.waitForFunction(() => /** @type {PeerWindow} */ (window).__shownAt !== undefined, null, {
    timeout: 180_000,
    polling: 50,
  })
  return page.evaluate(() => /** @type {number} */ (/** @type {PeerWindow} */ (window).__shownAt))
}

/** @param {readonly number[]} values */
const stats = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return { min: s[0], median: s[s.length >> 1], max: /** @type {number} */ (s.at(-1)) }
}
/** @param {number} ms */
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`

/**
 * Measures every contender `runs` times, fast and throttled; returns rows for a table and summary lines.
 * @param {Browser} browser
 * @param {{ cell: Cell; runs?: number; dist?: string }} options `cell`: the cell whose model every contender shows
 *   (this app shows the first cell's)
 */
export async function peerFirstFrames(browser, { cell, runs = 3, dist = 'dist' }) {
  const bench = join(tmpdir(), 'pv-bench-peers')
  peerPages(bench, cell.model)
  const server = await serve(dist, bench)
  /** @type {[string, string, Drive][]} */
  const contenders = [
    ['ours', `${server.url}?stats`, driveOurs(triangles(join(dist, cell.model)))],
    ['<model-viewer>', `${server.url}bench/model-viewer.html`, drivePeer],
    ['A-Frame', `${server.url}bench/aframe.html`, drivePeer],
  ]
  const rows = []
  /** @type {string[]} */
  const lines = []
  try {
    for (const slow of [false, true]) {
      /** @type {Record<string, Frame[]>} */
      const results = {}
      for (const [name, url, drive] of contenders) {
        results[name] = []
        for (let i = 0; i < runs; i++) results[name].push(await firstFrame(browser, url, { slow, drive }))
      }
      const ours = stats(results.ours.map((r) => r.ms))
      const oursBytes = stats(results.ours.map((r) => r.bytes)).median
      const oursTextured = stats(results.ours.map((r) => r.textured)).median
      const floor = slow ? ((oursBytes * 8) / 1.6e6) * 1000 + FLOOR_ROUND_TRIPS * SLOW_4G.latency : null
      for (const [name] of contenders) {
        const t = stats(results[name].map((r) => r.ms))
        rows.push({
          network: slow ? `Slow 4G, CPU ${CPU_SLOWDOWN}×` : 'localhost',
          contender: name,
          'min (s)': +(t.min / 1000).toFixed(2),
          'median (s)': +(t.median / 1000).toFixed(2),
          'max (s)': +(t.max / 1000).toFixed(2),
          'textured, median (s)': +(stats(results[name].map((r) => r.textured)).median / 1000).toFixed(2),
          'KB received': Math.round(stats(results[name].map((r) => r.bytes)).median / 1024),
          requests: stats(results[name].map((r) => r.requests)).median,
          'ours ÷ this': name === 'ours' ? '' : +(ours.median / t.median).toFixed(2),
          'other hosts asked': [...new Set(results[name].flatMap((r) => r.foreign))].length,
        })
      }
      if (floor !== null) {
        lines.push(
          `First cell frame on Slow 4G + ${CPU_SLOWDOWN}× CPU: ours median ${secs(ours.median)} ` +
            `(min ${secs(ours.min)}, max ${secs(ours.max)}); floor ${secs(floor)} ` +
            `(${Math.round(oursBytes / 1024)} KB ÷ 1.6 Mbit/s + ${FLOOR_ROUND_TRIPS} × 150 ms) → ${(ours.median / floor).toFixed(2)}× floor; ` +
            contenders
              .slice(1)
              .map(([name]) => `${(ours.median / stats(results[name].map((r) => r.ms)).median).toFixed(2)}× ${name}`)
              .join(', ') +
            `; with every texture in: ${secs(oursTextured)}, ` +
            contenders
              .slice(1)
              .map(([name]) => `${(oursTextured / stats(results[name].map((r) => r.ms)).median).toFixed(2)}× ${name}`)
              .join(', '),
        )
      } else
        lines.push(
          `First cell frame on localhost: ours median ${secs(ours.median)}; ` +
            contenders
              .slice(1)
              .map(([name]) => `${name} ${secs(stats(results[name].map((r) => r.ms)).median)}`)
              .join(', '),
        )
    }
  } finally {
    server.close()
  }
  return { rows, lines }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parseArgs } = await import('node:util')
  const { launchChromium } = await import('../browsers/chromium.mjs')
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, dist: { type: 'string', default: 'dist' } },
  })
  const browser = await launchChromium()
  const manifest = JSON.parse(readFileSync(`${values.dist}/content/manifest.json`, 'utf8'))
  const cell = JSON.parse(readFileSync(`${values.dist}/content/${manifest.cells[0]}`, 'utf8'))
  const { rows, lines } = await peerFirstFrames(browser, { cell, runs: Number(values.runs), dist: values.dist })
  console.table(rows)
  for (const line of lines) console.log(line)
  await browser.close()
}
