import { readdirSync, statSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseURL, newContext, useBrowser } from './harness'
import { OFFLINE_CACHE_TIMEOUT } from './limits'

const browser = useBrowser({ autoplay: true })

const publicDir = new URL('../../public/', import.meta.url)

/** The recordings the deployment ships in one format, with their sizes. */
function recordings(ext: '.webm' | '.m4a'): Map<string, number> {
  return new Map(
    readdirSync(new URL('audio', publicDir))
      .filter((f) => f.endsWith(ext))
      .map((f) => [`audio/${f}`, statSync(new URL(`audio/${f}`, publicDir)).size]),
  )
}

/** Once the offline cache controls the page: every recording it holds, with the bytes it holds of each. */
async function cachedRecordings(page: Page): Promise<Map<string, number>> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: OFFLINE_CACHE_TIMEOUT,
  })
  const held = await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    const out: [string, number][] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname.slice(1)
        if (!/\.(webm|m4a)$/.test(path)) continue
        out.push([path, (await (await cache.match(request))!.arrayBuffer()).byteLength])
      }
    }
    return out
  })
  return new Map(held)
}

const HIDE_OPUS = () => {
  const canPlayType = HTMLMediaElement.prototype.canPlayType
  HTMLMediaElement.prototype.canPlayType = function (type) {
    return /opus/.test(type) ? '' : canPlayType.call(this, type)
  }
}

describe("a kiosk's offline cache", () => {
  it('holds the recordings in the one format the browser plays: Opus here, AAC where Opus is not played', async () => {
    const opus = recordings('.webm')
    const aac = recordings('.m4a')
    expect(opus.size).toBeGreaterThan(5)
    expect(aac.size).toBe(opus.size)

    const chromium = await newContext(browser())
    const page = await chromium.newPage()
    await page.goto(`${baseURL()}?offline`)
    expect(await cachedRecordings(page)).toEqual(opus)
    await chromium.close()

    // As in a Safari without Opus: the AAC copies, each whole, and no Opus file.
    const safari = await newContext(browser())
    await safari.addInitScript(HIDE_OPUS)
    const other = await safari.newPage()
    await other.goto(`${baseURL()}?offline`)
    expect(await cachedRecordings(other)).toEqual(aac)
    await safari.close()
  })
})
