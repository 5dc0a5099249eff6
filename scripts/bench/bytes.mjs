// The bytes part of the bench alone (`node scripts/bench/bytes.mjs`, or `npm run bench -- --only bytes`; builds first
// if dist/ is missing): JS+CSS gzipped loaded before Begin works, and by the time the first testimony plays on the
// on-screen path, beside the stack's floor (stack.mjs); what the app adds of its own is held to its budget,
// with what each source on the path added.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'
import { serveAndLaunch } from './serve.mjs'
import { buildSourceMaps } from './shell.mjs'
import { beyondFloor, builtFiles, gzipBySource } from './sources.mjs'
import { printStackFloor, stackFloor } from './stack.mjs'
/** @import { Browser } from 'playwright-core' */
/** @import { Cell } from '../../src/content/schema.ts' */
/** @import { StackFloor } from './stack.mjs' */

/** docs/product.md: by the first testimony on the on-screen path, at most this much more than the stack's floor. */
const OWN_BUDGET_KB = 40
/** How many of the sources that added most are printed. */
const LARGEST = Number(process.env.BENCH_LARGEST ?? 25)

/** @param {string} path */
export const gz = (path) => gzipSync(readFileSync(`dist/${path}`)).length
/** @param {number} n */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`
/**
 * The built JS and CSS files among the requested URLs, once each.
 * @param {readonly string[]} urls
 */
export const codeOf = (urls) =>
  [...new Set(urls)]
    .map((u) => new URL(u).pathname.slice(1))
    .filter((p) => /\.(js|css)$/.test(p) && existsSync(`dist/${p}`))
/** @param {readonly string[]} files */
export const gzipSum = (files) => files.reduce((n, f) => n + gz(f), 0)

/**
 * Opens the app, waits for the landing, begins, enters the first cell and plays its first testimony.
 * @param {Browser} browser
 * @param {string} base
 * @param {Cell} cell
 */
export async function firstTestimonyBytes(browser, base, cell) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  /** @type {string[]} */
  const requested = []
  page.on('request', (r) => requested.push(r.url()))
  await page.goto(`${base}?stats`)
  await page.waitForSelector('#root[data-app="ready"]')
  await page.waitForLoadState('networkidle')
  const landing = codeOf(requested)
  await page.click('[data-role="begin"]')
  await page.click(`[data-enter-cell="${cell.id}"]`)
  await page.waitForSelector('canvas[data-role="scene"][data-triangles]')
  // `playing` does not bubble: caught on its way down to the speech element
  await page.evaluate(
    (id) =>
      new Promise((/** @type {(value?: unknown) => void} */ resolve) => {
        document.addEventListener('playing', () => resolve(), { capture: true, once: true })
        const marker = /** @type {HTMLElement} */ (document.querySelector(`[data-testimony="${id}"]`))
        marker.click()
      }),
    cell.testimonies[0].id,
  )
  const firstTestimony = codeOf(requested)
  await page.close()
  return { landing, firstTestimony }
}

/**
 * The stack's floor, the app by its first testimony and its own share side by side, held to OWN_BUDGET_KB, and the
 * sources that added most beyond the floor (each traced through the build's source maps).
 * @param {string[]} firstTestimony the built files loaded by the first testimony (firstTestimonyBytes)
 * @param {StackFloor} floor stackFloor()'s rows
 * @param {string} mapsDir a build of the same code with hidden source maps (shell.mjs buildSourceMaps)
 * @returns {Promise<boolean>} whether the own share is within its budget
 */
export async function printOwnShare(firstTestimony, floor, mapsDir) {
  const floorKb = /** @type {{ kb: number }} */ (floor.at(-1)).kb
  // The floor is JavaScript (stack.mjs): the app's JavaScript is held against it, its CSS printed beside.
  // The floor counts the Basis transcoder's JavaScript; the app fetches it when a texture needs it, sometimes after the
  // first voice has begun. It is counted on both sides either way, so the difference is the app's own code only.
  const transcoder = readdirSync('dist/assets').find((f) => /^basis_transcoder-.*\.js$/.test(f))
  const js = [...new Set([...firstTestimony, `assets/${transcoder}`])].filter((f) => f.endsWith('.js'))
  const appKb = gzipSum(js) / 1024
  const css = firstTestimony.filter((f) => f.endsWith('.css'))
  const cssKb = gzipSum(css) / 1024
  const own = appKb - floorKb
  const ok = own <= OWN_BUDGET_KB
  /** @type {(value: number, what: string) => void} */
  const line = (value, what) => console.log(`  ${value.toFixed(1).padStart(7)} KB  ${what}`)
  console.log('By the first testimony on the on-screen path, gzipped:')
  line(
    floorKb,
    "the stack's floor, JS (React, fiber, three, the loaders, howler, zod/mini: node scripts/bench/stack.mjs)",
  )
  line(appKb, 'the app, JS (node scripts/bench/bytes.mjs)')
  line(
    own,
    `the app's own JS, budget ${OWN_BUDGET_KB.toFixed(1)} KB: ${ok ? 'PASS' : 'FAIL'}` +
      (ok ? ` (${(OWN_BUDGET_KB - own).toFixed(1)} KB to spare)` : ` (${(own - OWN_BUDGET_KB).toFixed(1)} KB over)`),
  )
  line(cssKb, "the app's CSS besides (the floor has none)")
  const sources = await gzipBySource(builtFiles([...js, ...css], mapsDir))
  const added = beyondFloor(sources, /** @type {Map<string, number>} */ (floor.sources))
  console.log(
    `  what added most (gzipped, traced through source maps; a package counts beyond the floor's own use of it;` +
      ` ${added.length} sources in all):`,
  )
  for (const r of added.slice(0, LARGEST)) console.log(`  ${r.kb.toFixed(2).padStart(7)} KB  ${r.source}`)
  return ok
}

/**
 * Measures and prints the bytes part of the bench; false when the own share is over its budget.
 * @returns {Promise<boolean>}
 */
export async function benchBytes() {
  const { server, base, browser } = await serveAndLaunch()
  const manifest = JSON.parse(readFileSync('public/content/manifest.json', 'utf8'))
  /** @type {Cell} */
  const cell = JSON.parse(readFileSync(`public/content/${manifest.cells[0]}`, 'utf8'))
  /** @type {string[]} */
  let landing
  /** @type {string[]} */
  let firstTestimony
  try {
    ;({ landing, firstTestimony } = await firstTestimonyBytes(browser, base, cell))
  } finally {
    await browser.close()
    await server.close()
  }
  /** @param {string[]} files */
  const rows = (files) => files.map((f) => `  ${kb(gz(f)).padStart(9)}  ${f}`).join('\n')
  console.log(`Landing (before Begin works), JS+CSS gzipped: ${kb(gzipSum(landing))}\n${rows(landing)}`)
  console.log(`By the first testimony playing, JS+CSS gzipped: ${kb(gzipSum(firstTestimony))}`)
  console.log(rows(firstTestimony.filter((f) => !landing.includes(f))))
  const floor = await stackFloor()
  printStackFloor(floor)
  const mapsDir = await buildSourceMaps()
  try {
    return await printOwnShare(firstTestimony, floor, mapsDir)
  } finally {
    rmSync(mapsDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && !(await benchBytes())) process.exitCode = 1
