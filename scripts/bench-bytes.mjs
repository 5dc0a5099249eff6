// The bytes part of the bench alone (`node scripts/bench-bytes.mjs`, builds first if dist/ is missing):
// JS+CSS gzipped loaded before Begin works, and by the time the first testimony plays on the on-screen path.
import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'
import { serveAndLaunch } from './bench-browser.mjs'

const gz = (path) => gzipSync(readFileSync(`dist/${path}`)).length
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`
/** The built JS and CSS files among the requested URLs, once each. */
export const codeOf = (urls) =>
  [...new Set(urls)]
    .map((u) => new URL(u).pathname.slice(1))
    .filter((p) => /\.(js|css)$/.test(p) && existsSync(`dist/${p}`))
export const gzipSum = (files) => files.reduce((n, f) => n + gz(f), 0)

/** Opens the app, waits for the landing, begins, enters the first cell and plays its first testimony. */
export async function firstTestimonyBytes(browser, base, cell) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
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
      new Promise((resolve) => {
        document.addEventListener('playing', () => resolve(), { capture: true, once: true })
        document.querySelector(`[data-testimony="${id}"]`).click()
      }),
    cell.testimonies[0].id,
  )
  const firstTestimony = codeOf(requested)
  await page.close()
  return { landing, firstTestimony }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { server, base, browser } = await serveAndLaunch()
  const manifest = JSON.parse(readFileSync('public/content/manifest.json', 'utf8'))
  const cell = JSON.parse(readFileSync(`public/content/${manifest.cells[0]}`, 'utf8'))
  const { landing, firstTestimony } = await firstTestimonyBytes(browser, base, cell)
  await browser.close()
  await server.close()
  const rows = (files) => files.map((f) => `  ${kb(gz(f)).padStart(9)}  ${f}`).join('\n')
  console.log(`Landing (before Begin works), JS+CSS gzipped: ${kb(gzipSum(landing))}\n${rows(landing)}`)
  console.log(`By the first testimony playing, JS+CSS gzipped: ${kb(gzipSum(firstTestimony))}`)
  console.log(rows(firstTestimony.filter((f) => !landing.includes(f))))
}
