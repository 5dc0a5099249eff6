// Screenshots of every cell from its start view, at a laptop's size (1280×800) and a phone's (390×844), so a reviewer
// can compare one version of the rooms with another side by side.
// Run: npm run shots [-- --out bench-out/shots] [-- --dist dist]   (builds first if the dist folder is missing)
//   --dist  a production build to serve (for example another checkout's dist/, to take the "before" pictures)
//   --out   where the PNGs go: <out>/<cell>-<width>x<height>.png
/* global requestAnimationFrame -- runs in the page */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { preview } from 'vite'
import { launchChromium } from './browsers/chromium.mjs'

const SHOT_SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]

const { values } = parseArgs({ options: { out: { type: 'string' }, dist: { type: 'string' } } })
const out = resolve(values.out ?? 'bench-out/shots')
const dist = resolve(values.dist ?? 'dist')
if (!existsSync(join(dist, 'index.html'))) execSync('npx vite build', { stdio: 'inherit' })
mkdirSync(out, { recursive: true })

const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
const address = /** @type {import('node:net').AddressInfo} */ (server.httpServer.address())
const base = `http://127.0.0.1:${address.port}/`
const browser = await launchChromium()

const manifest = JSON.parse(readFileSync(join(dist, 'content/manifest.json'), 'utf8'))
/** @type {{ id: string }[]} */
const cells = manifest.cells.map((/** @type {string} */ c) =>
  JSON.parse(readFileSync(join(dist, 'content', c), 'utf8')),
)
/** @type {string[]} */
const written = []
try {
  for (const size of SHOT_SIZES) {
    const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 })
    await page.goto(`${base}?stats&lang=en`)
    await page.waitForFunction(
      () => !(/** @type {HTMLButtonElement | null} */ (document.querySelector('[data-role="begin"]'))?.disabled),
    )
    await page.click('[data-role="begin"]')
    for (const cell of cells) {
      await page.click(`[data-enter-cell="${cell.id}"]`)
      // the model is in once the canvas counts its triangles (or, where published, says the model is shown)
      await page.waitForFunction(
        () => {
          const el = /** @type {HTMLCanvasElement | null} */ (document.querySelector('canvas[data-role="scene"]'))
          const model = el?.dataset.model === 'shown' || Number(el?.dataset.triangles ?? 0) > 1500
          // and its textures, which follow the room's first frame (`arriving` until then)
          return model && el?.dataset.roomTextures !== 'arriving'
        },
        null,
        { timeout: 60_000 },
      )
      // a few frames more: textures transcoded and uploaded
      await page.evaluate(
        () =>
          new Promise((/** @type {(value?: unknown) => void} */ done) => {
            let left = 30
            const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick))
            requestAnimationFrame(tick)
          }),
      )
      const file = join(out, `${cell.id}-${size.width}x${size.height}.png`)
      await page.screenshot({ path: file, timeout: 180_000 })
      const info = await page.evaluate(() => {
        const canvas = /** @type {HTMLCanvasElement} */ (document.querySelector('canvas[data-role="scene"]'))
        return { ...canvas.dataset }
      })
      written.push(
        `${file}  ${info.drawCalls} draw calls, ${info.triangles} triangles, ` +
          `${(Number(info.textureBytes ?? 0) / 1048576).toFixed(2)} MiB textures, light: ${info.light ?? 'n/a'}`,
      )
      await page.click('[data-role="back"]')
    }
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
for (const file of written) console.log(file)
