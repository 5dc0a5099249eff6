import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import {
  cspViolations,
  enterCell,
  foreignRequests,
  frames,
  newContext as openContext,
  readJson,
  recordRequests,
  useBrowser,
  watchCsp,
} from './harness'
import { OFFLINE_CACHE_TIMEOUT } from './limits'

// Media may start without a tap: these tests are about the network, not the audio unlock.
const browser = useBrowser({ autoplay: true })

const publicDir = new URL('../../public/', import.meta.url)
const distDir = fileURLToPath(new URL('../../dist/', import.meta.url))

/** Every content file the deployment ships: cells, captions, letters, models, audio. */
function contentFiles(): string[] {
  return ['content', 'models', 'audio'].flatMap((dir) =>
    readdirSync(new URL(dir, publicDir), { recursive: true, encoding: 'utf8' })
      .map((f) => `${dir}/${f.split('\\').join('/')}`)
      .filter((f) => statSync(new URL(f, publicDir)).isFile()),
  )
}

/** Waits until the offline cache controls the page, then lists the paths it holds (relative to the site root). */
async function offlineCacheContents(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: OFFLINE_CACHE_TIMEOUT,
  })
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready
    const paths: string[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname.slice(1))
    }
    return paths
  })
}

/** Counts the page's loads, to see whether the app reloaded itself. */
function countLoads(page: Page): { readonly count: number } {
  const loads = { count: 0 }
  // Each start of the page asks for its document. (Not the `load` event: a reload that comes before the page
  // finished loading, as the new version's takeover may, cancels the first load's event.)
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads.count++
  })
  return loads
}

/**
 * Whether the page was started by the registration's active version, with no other version waiting or installing:
 * a page that will not reload itself to take an update. False while the page is between documents.
 */
async function startedByNewestVersion(page: Page): Promise<boolean> {
  try {
    return await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      const first = (window as { firstController?: ServiceWorker | null }).firstController
      return Boolean(
        registration?.active && !registration.waiting && !registration.installing && first === registration.active,
      )
    })
  } catch {
    return false
  }
}

/** Begin on the landing page, as a visitor would, and wait for the cell choice. */
async function beginHere(page: Page): Promise<void> {
  const begin = page.locator('[data-role="begin"]')
  await begin.waitFor()
  // The app has taken over the landing (a tap before it runs is kept; see early-begin.test.ts).
  await page.waitForSelector('#root[data-app="ready"]')
  await begin.click()
  await page.waitForSelector('#root[data-phase="cells"]')
  await page.locator('[data-cell-card]').first().waitFor()
}

/** Whether the page can reach the server at all (asking for a file no cache holds). */
function reachesServer(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}.txt`).then(
      () => true,
      () => false,
    ),
  )
}

const currentTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0)

describe('offline', () => {
  const contexts: BrowserContext[] = []
  const sites: Site[] = []
  const newContext = async () => {
    const context = await openContext(browser(), { viewport: { width: 1280, height: 800 } })
    contexts.push(context)
    return context
  }
  const serve = async (root: string) => {
    const site = await serveSite(root)
    sites.push(site)
    return site
  }

  afterAll(async () => {
    for (const context of contexts) await context.close()
    for (const site of sites) await site.stop()
  })

  it('after one visit, with the network cut, the app starts, plays a testimony and seeks in it', async () => {
    const site = await serve(distDir)
    const context = await newContext()
    const requests = recordRequests(context)
    await watchCsp(context)
    const page = await context.newPage()
    const loads = countLoads(page)

    await page.goto(`${site.url}?offline`)
    const cached = await offlineCacheContents(page)
    // Chromium plays Opus: the AAC copies stay on the server (offline-audio.test.ts).
    const files = contentFiles().filter((f) => !f.endsWith('.m4a'))
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter((f) => !cached.includes(f))).toEqual([])
    expect(cached).toContain('index.html')
    // Installing the cache did not reload the page under the visitor.
    expect(loads.count).toBe(1)

    // The network is cut: the browser is offline and the server is gone.
    await context.setOffline(true)
    await site.stop()
    expect(await reachesServer(page)).toBe(false)
    // How the media element's requests are answered now.
    const media: Promise<{ status: number; fromCache: boolean; range: string | null }>[] = []
    page.on('response', (r) => {
      if (r.request().resourceType() === 'media')
        media.push(
          r
            .request()
            .headerValue('range')
            .then((range) => ({ status: r.status(), fromCache: r.fromServiceWorker(), range })),
        )
    })
    await page.reload()

    await beginHere(page)
    const cell = readJson<{ id: string; testimonies: { id: string }[] }>(
      `content/${readJson<{ cells: string[] }>('content/manifest.json').cells[0]}`,
    )
    await enterCell(page, cell.id)
    const { id } = cell.testimonies[0]
    await page.locator(`[data-testimony="${id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${id}"][data-audio="playing"]`)
    const t0 = await currentTime(page)
    await page.waitForFunction(
      (t) =>
        (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0) > t + 0.5,
      t0,
    )

    // Seeking to the middle: the voice goes on from there.
    const target = await page.evaluate(() => {
      const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!
      el.currentTime = el.duration / 2
      return el.duration / 2
    })
    expect(target).toBeGreaterThan(5)
    await page.waitForFunction((t) => {
      const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
      return !!el && !el.paused && el.currentTime > t + 1 && el.currentTime < t + 10
    }, target)
    await page.waitForSelector(`#root[data-playing="${id}"][data-audio="playing"]`)
    // The recording came from the cache in byte ranges (206), the way a media element asks for it.
    const answers = await Promise.all(media)
    expect(answers.length).toBeGreaterThan(0)
    expect(answers.filter((a) => !a.fromCache || a.status !== 206 || !a.range?.startsWith('bytes='))).toEqual([])

    expect(foreignRequests(requests, site.url)).toEqual([])
    expect(await cspViolations(page)).toEqual([])

    // A shared link opened offline: its own page from the cache; a place with none gets the app's page.
    expect(cached).toContain(`cells/${cell.id}/index.html`)
    const linked = await context.newPage()
    const own = await linked.goto(`${site.url}uk/cells/${cell.id}/${id}/?at=0:05`)
    expect(own?.fromServiceWorker()).toBe(true)
    expect(await own?.text()).toBe(readFileSync(join(distDir, `uk/cells/${cell.id}/${id}/index.html`), 'utf8'))
    const none = await linked.goto(`${site.url}cells/no-such-cell/`)
    expect(await none?.text()).toBe(readFileSync(join(distDir, 'index.html'), 'utf8'))
    await linked.close()
  })

  it('an ordinary visit installs no offline cache and downloads no content ahead', async () => {
    const site = await serve(distDir)
    const context = await newContext()
    const requests = recordRequests(context)
    const page = await context.newPage()
    await page.goto(site.url)
    await beginHere(page)
    await page.waitForLoadState('networkidle')
    const paths = requests.map((u) => new URL(u).pathname)
    expect(paths.filter((p) => p === '/sw.js' || p.startsWith('/audio/'))).toEqual([])
    expect(
      await page.evaluate(async () => ({
        registered: Boolean(await navigator.serviceWorker.getRegistration()),
        caches: await caches.keys(),
      })),
    ).toEqual({ registered: false, caches: [] })
  })

  it('a new version arrives on the next start with a network; offline, or with a visitor inside, the old one stays', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'prisoners-voice-site-'))
    try {
      cpSync(distDir, copy, { recursive: true })
      const site = await serve(copy)
      const context = await newContext()
      const requests = recordRequests(context)
      await watchCsp(context)
      const page = await context.newPage()
      const loads = countLoads(page)
      // The version that started each document (the same object as the registration's, within one document).
      await page.addInitScript(() => {
        ;(window as { firstController?: ServiceWorker | null }).firstController = navigator.serviceWorker?.controller
      })
      const cellName = () => page.locator('[data-cell-card="sizo-cell"] h2').innerText()

      await page.goto(`${site.url}?offline`)
      expect(await offlineCacheContents(page)).toContain('content/cells/sizo-cell.json')
      await beginHere(page)
      expect(await cellName()).toContain('Pre-trial detention cell')

      // A redeploy: the cell is renamed, and the worker lists the file's new revision.
      redeploy(copy, 'content/cells/sizo-cell.json', (text) =>
        text.replace('"Pre-trial detention cell"', '"Renamed detention cell"'),
      )

      // With the network cut, the cached version starts.
      await context.setOffline(true)
      await site.stop()
      await page.reload()
      await beginHere(page)
      expect(await cellName()).toContain('Pre-trial detention cell')

      // Back online, a visitor has begun before the new version is found: it waits; the page does not reload.
      await site.start()
      await context.setOffline(false)
      const releaseWorker = site.holdWorker()
      await page.reload()
      await beginHere(page)
      const loadsInside = loads.count
      releaseWorker()
      // (Polled from here: `waitForFunction` does not wait for an async condition's promise.)
      const waiting = () =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null)
      await expect.poll(waiting, { timeout: OFFLINE_CACHE_TIMEOUT }).toBe('installed')
      // The app decides when Workbox announces the waiting version, on a timer of its own (200 ms) that no page
      // state shows. Sixty frames take a second at the least, on any machine; a version told to take over would
      // have left the waiting state, and the page would reload.
      await frames(page, 60)
      await expect(waiting()).resolves.toBe('installed')
      expect(loads.count).toBe(loadsInside)
      expect(await cellName()).toContain('Pre-trial detention cell')

      // The next start: the new version takes over, and the page the visitor ends on is served by it. The browser
      // may hand over as the old page leaves (Chromium does, when that page was the version's only one) and the page
      // reloads once if it was still served by the old one; or the landing page finds the new version waiting, lets
      // it take over and reloads itself once. Where Chromium leaves that version waiting (it can, when the old one is
      // started again at that moment), the page reloads after a while, and once more if that navigation went to the
      // old one: at most three starts in all.
      await page.reload()
      await expect.poll(() => startedByNewestVersion(page), { timeout: OFFLINE_CACHE_TIMEOUT }).toBe(true)
      expect(loads.count - loadsInside).toBeGreaterThanOrEqual(1)
      expect(loads.count - loadsInside).toBeLessThanOrEqual(3)
      await beginHere(page)
      expect(await cellName()).toContain('Renamed detention cell')

      expect(foreignRequests(requests, site.url)).toEqual([])
      expect(await cspViolations(page)).toEqual([])
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})

/** Changes a file of a deployed copy and updates its revision in the worker's list, as a new build would. */
function redeploy(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path)
  const before = readFileSync(file, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  writeFileSync(file, after)
  const md5 = (text: string) => createHash('md5').update(text).digest('hex')
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8')
  // Each entry carries the file's hash too (integrity), which the browser checks when the new version installs: a
  // published content file the SHA-256 of its provenance record, any other file a SHA-384.
  const algorithm = worker.includes(`"integrity":"sha256-${createHash('sha256').update(before).digest('base64')}"`)
    ? 'sha256'
    : 'sha384'
  const integrity = (text: string) => `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`
  const entry = `{"integrity":"${integrity(before)}","revision":"${md5(before)}","url":"${path}"}`
  expect(worker).toContain(entry)
  const updated = `{"integrity":"${integrity(after)}","revision":"${md5(after)}","url":"${path}"}`
  writeFileSync(join(dir, 'sw.js'), worker.replace(entry, updated))
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.vtt': 'text/vtt',
  '.glb': 'model/gltf-binary',
  '.opus': 'audio/ogg',
  '.webm': 'audio/webm',
  '.m4a': 'audio/mp4',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

interface Site {
  url: string
  /** Switches the server off: a real network cut, for the page and its service worker alike. */
  stop(): Promise<void>
  /** Switches it on again at the same address. */
  start(): Promise<void>
  /** Holds back the worker script (the browser's check for a new version) until the returned function is called. */
  holdWorker(): () => void
}

/** A plain static file server for a copy of the build, with byte ranges as any web server has them. */
async function serveSite(root: string): Promise<Site> {
  let held: Promise<void> = Promise.resolve()
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    void (path === '/sw.js' ? held : Promise.resolve()).then(() => {
      const body = readFileSync(file)
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Accept-Ranges': 'bytes' }
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '')
      if (!range || (!range[1] && !range[2])) {
        res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body)
        return
      }
      const start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]))
      const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1
      if (start > end) {
        res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end()
        return
      }
      const partial = { 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${body.length}` }
      res.writeHead(206, { ...headers, ...partial }).end(body.subarray(start, end + 1))
    })
  })
  let port = 0
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port
        server.off('error', reject)
        resolve()
      })
    })
  await start()
  return {
    url: `http://127.0.0.1:${port}/`,
    start,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
    holdWorker: () => {
      let release = () => undefined as void
      held = new Promise((resolve) => (release = resolve))
      return release
    },
  }
}
