import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseURL, useBrowser } from './harness'
import { OFFLINE_CACHE_TIMEOUT } from './limits'

const browser = useBrowser()

const RECORDING = 'audio/sizo-window.webm'

/** Removes one recording from the offline cache, as a disk error or a partial wipe would. */
function dropFromCache(page: Page): Promise<number> {
  return page.evaluate(async (path) => {
    let dropped = 0
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys())
        if (new URL(request.url).pathname.endsWith(path) && (await cache.delete(request))) dropped++
    }
    return dropped
  }, RECORDING)
}

function cached(page: Page): Promise<boolean> {
  return page.evaluate(async (path) => {
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        if (new URL(request.url).pathname.endsWith(path)) return true
    return false
  }, RECORDING)
}

describe("a kiosk's offline cache", () => {
  it('fetches a lost file again when it can, and tells staff on the attract screen when it cannot', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${baseURL()}?mode=kiosk&lang=en&idle=600`)
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
      timeout: OFFLINE_CACHE_TIMEOUT,
    })
    expect(await cached(page)).toBe(true)

    // Lost with the network up: the attract screen's check fetches it again, and no mark is shown.
    expect(await dropFromCache(page)).toBe(1)
    await page.reload()
    await page.waitForSelector('#root[data-phase="attract"]')
    await page.waitForFunction(
      async (path) => {
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys())
            if (new URL(request.url).pathname.endsWith(path)) return true
        return false
      },
      RECORDING,
      { polling: 250, timeout: OFFLINE_CACHE_TIMEOUT },
    )
    await expect(page.locator('[data-role="offline-incomplete"]').count()).resolves.toBe(0)

    // Lost while the file cannot be had (the server fails for it): the kiosk still starts, and says what it lacks.
    // (Dropped once the repaired copy is wholly stored: the worker may still be writing it.)
    await expect.poll(() => dropFromCache(page)).toBe(1)
    await context.route(new RegExp(`/${RECORDING}$`), (route) => route.abort('internetdisconnected'))
    await page.reload()
    await page.waitForSelector('#root[data-phase="attract"]')
    const mark = page.locator('[data-role="offline-incomplete"]')
    await mark.waitFor({ timeout: OFFLINE_CACHE_TIMEOUT })
    await expect(mark.textContent()).resolves.toContain('1 files missing')
    await context.close()
  })
})
