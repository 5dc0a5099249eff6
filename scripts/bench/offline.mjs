// What a kiosk's offline cache holds once installed (`?offline`), counted in the browser: files and bytes, and of
// them the recordings. Measured, never asserted. Part of npm run bench.
/** @import { Browser } from 'playwright-core' */

/**
 * Opens `?offline` in a fresh context, waits for the cache to take over, and counts what it holds.
 * @param {Browser} browser
 * @param {string} base
 * @returns {Promise<string>}
 */
export async function offlineCacheBytes(browser, base) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${base}?offline`)
  await page.waitForFunction(() => window.navigator.serviceWorker?.controller != null, null, { timeout: 180_000 })
  const held = await page.evaluate(async () => {
    const out = { files: 0, bytes: 0, audioFiles: 0, audioBytes: 0 }
    for (const name of await window.caches.keys()) {
      const cache = await window.caches.open(name)
      for (const request of await cache.keys()) {
        const size = (await /** @type {Response} */ (await cache.match(request)).arrayBuffer()).byteLength
        out.files++
        out.bytes += size
        if (/\.(opus|webm|m4a)$/.test(new URL(request.url).pathname)) {
          out.audioFiles++
          out.audioBytes += size
        }
      }
    }
    return out
  })
  await context.close()
  /** @param {number} n */
  const mb = (n) => `${(n / 1048576).toFixed(2)} MB`
  return (
    `Offline cache: ${held.files} files, ${mb(held.bytes)}; of them ${held.audioFiles} recordings, ` +
    `${mb(held.audioBytes)}`
  )
}
