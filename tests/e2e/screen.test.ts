import { PNG } from 'pngjs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  baseURL,
  begin,
  cspViolations,
  cueTexts,
  demoCells,
  enterCell,
  foreignRequests,
  launch,
  newContext,
  openCellMenu,
  readJson,
  recordRequests,
  root,
  watchCsp,
} from './harness'

let browser: Browser
let context: BrowserContext
let requests: string[]

beforeAll(async () => {
  // No autoplay flag: the Begin tap and the marker click are the gestures that must unlock audio.
  browser = await launch()
  context = await newContext(browser, { viewport: { width: 1280, height: 800 } })
  requests = recordRequests(context)
  await watchCsp(context)
})

afterAll(async () => {
  await browser?.close()
})

/** Fraction of distinct colours and the spread of brightness in a PNG: a blank or single-colour canvas has neither. */
function imageVariety(png: Buffer): { colours: number; spread: number; room: number } {
  const image = PNG.sync.read(png)
  const colours = new Set<number>()
  let sum = 0
  let sumSq = 0
  let room = 0
  const n = image.width * image.height
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]]
    colours.add((r >> 3) * 1024 + (g >> 3) * 32 + (b >> 3))
    // The empty scene's background is #0d0d0f, and a canvas that draws nothing (its context lost) shows white:
    // anything else is the room (or a marker).
    const empty = Math.abs(r - 0x0d) + Math.abs(g - 0x0d) + Math.abs(b - 0x0f) <= 12
    const blank = r > 240 && g > 240 && b > 240
    if (!empty && !blank) room++
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    sum += y
    sumSq += y * y
  }
  const mean = sum / n
  return { colours: colours.size, spread: Math.sqrt(Math.max(0, sumSq / n - mean * mean)), room: room / n }
}

/**
 * Waits until the cell's canvas shows the room: its walls, floor and ceiling fill the view, lit, in many colours and
 * shades (a canvas that is blank, lost or one flat colour has neither), once the model has loaded and been drawn.
 */
async function expectRoomDrawn(page: Page, what = 'the room'): Promise<void> {
  await expect
    .poll(async () => imageVariety(await page.locator('canvas[data-role="scene"]').screenshot()), { message: what })
    .toSatisfy(({ colours, spread, room }) => colours > 40 && spread > 8 && room > 0.8)
}

async function testimonyAudio(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
    return el ? { time: el.currentTime, paused: el.paused, src: el.currentSrc } : null
  })
}

describe('on screen', () => {
  it('shows the landing text and Begin in the HTML itself, and requests no three.js before Begin', async () => {
    const page = await context.newPage()
    const scriptUrls: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptUrls.push(request.url())
    })
    const threeRequested = async () => {
      const bodies = await Promise.all(scriptUrls.map(async (u) => (await fetch(u)).text()))
      return bodies.some((s) => s.includes('THREE.WebGLRenderer'))
    }
    // The page as served, before any script: the landing is readable.
    const html = await (await fetch(baseURL())).text()
    expect(html).toContain('Content note')
    expect(html).toMatch(/data-role="begin"[^>]*>Begin</)

    await page.goto(baseURL())
    // The app has taken over the landing (a tap before it runs is kept; see early-begin.test.ts).
    await page.waitForSelector('#root[data-app="ready"]')
    await page.waitForLoadState('networkidle')
    expect(scriptUrls.length).toBeGreaterThan(0)
    expect(await threeRequested()).toBe(false)

    await page.click('[data-role="begin"]')
    await page.waitForSelector('[data-enter-cell]')
    await page.waitForLoadState('networkidle')
    // three.js arrives once the visitor has begun, while the cell choice is on screen.
    expect(await threeRequested()).toBe(true)
    await page.close()
  })

  for (const lang of ['en', 'uk']) {
    it(`plays each cell's testimonies from their markers with ${lang} captions`, async () => {
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await begin(page, lang)
      await expect(root(page).getAttribute('data-lang')).resolves.toBe(lang)
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang)
      await page.locator('[data-role="demo-banner"]').waitFor()

      for (const cell of demoCells()) {
        await enterCell(page, cell.id)
        const [first, second] = cell.testimonies

        await page.locator(`[data-testimony="${first.id}"]`).click()
        await page.waitForSelector(`#root[data-playing="${first.id}"]`)
        const a = await testimonyAudio(page)
        await page.waitForFunction(
          (t0) =>
            (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0) >
            t0 + 0.5,
          a?.time ?? 0,
        )
        // A caption from this testimony's own WebVTT file in the chosen language.
        const cues = cueTexts(first.captions[lang]!)
        const caption = page.locator('.caption-line')
        await caption.waitFor()
        expect(cues).toContain((await caption.textContent())?.trim())
        await expect(page.locator('[data-role="speaker-card"] .demo-badge').isVisible()).resolves.toBe(true)

        // A second marker switches: one testimony at a time.
        await page.locator(`[data-testimony="${second.id}"]`).click()
        await page.waitForSelector(`#root[data-playing="${second.id}"]`)
        const b = await testimonyAudio(page)
        expect(b?.src).toContain(second.id)
        expect(await page.locator('audio[data-role="testimony-audio"]').count()).toBe(1)

        // Escape stops.
        await page.keyboard.press('Escape')
        await page.waitForSelector('#root[data-playing=""][data-audio="idle"]')
        await page.click('[data-role="back"]')
        await page.waitForSelector('#root[data-phase="cells"]')
      }
      expect(errors).toEqual([])
      expect(await cspViolations(page)).toEqual([])
      await page.close()
    })
  }

  it('plays a marker from the keyboard: Tab to it, Enter plays, Escape stops', async () => {
    const page = await context.newPage()
    await begin(page)
    const cell = demoCells()[0]
    await enterCell(page, cell.id)
    const marker = page.locator(`[data-testimony="${cell.testimonies[0].id}"]`)
    await marker.waitFor()
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testimony'))
      if (focused === cell.testimonies[0].id) break
    }
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testimony'))).resolves.toBe(
      cell.testimonies[0].id,
    )
    await page.keyboard.press('Enter')
    await page.waitForSelector(`#root[data-playing="${cell.testimonies[0].id}"]`)
    await page.keyboard.press('Escape')
    await page.waitForSelector('#root[data-playing=""]')
    await page.close()
  })

  it('looks around by dragging, and on a phone by turning it', async () => {
    const markerX = async (page: Page, id: string) => {
      const box = await page.locator(`[data-testimony="${id}"]`).boundingBox()
      return box ? box.x + box.width / 2 : NaN
    }
    const cell = demoCells()[0]
    const id = cell.testimonies[0].id

    const page = await context.newPage()
    await begin(page)
    await enterCell(page, cell.id)
    await page.locator(`[data-testimony="${id}"]`).waitFor()
    const before = await markerX(page, id)
    // Drag from an empty spot to the left: the room follows the pointer.
    await page.mouse.move(900, 300)
    await page.mouse.down()
    await page.mouse.move(700, 300, { steps: 8 })
    await page.mouse.up()
    // The marker moves with the room on the next frames.
    await expect.poll(async () => before - (await markerX(page, id))).toBeGreaterThan(100)
    await page.close()

    const phone = await newContext(browser, { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true })
    const mobile = await phone.newPage()
    await begin(mobile)
    await enterCell(mobile, cell.id)
    await mobile.locator(`[data-testimony="${id}"]`).waitFor()
    const centred = await markerX(mobile, id)
    await openCellMenu(mobile)
    await mobile.getByRole('button', { name: 'Look by turning the phone' }).tap()
    await mobile.locator('button[aria-pressed="true"]', { hasText: 'Stop turning with the phone' }).waitFor()
    // Held upright (beta 90) and turned 20° to the right (alpha −20), as a sensor reports it on every frame: the
    // marker ahead slides left.
    await mobile.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          let left = count
          const report = () => {
            window.dispatchEvent(new DeviceOrientationEvent('deviceorientation', { alpha: 340, beta: 90, gamma: 0 }))
            if (--left <= 0) resolve()
            else requestAnimationFrame(report)
          }
          requestAnimationFrame(report)
        }),
      10,
    )
    await expect.poll(async () => centred - (await markerX(mobile, id))).toBeGreaterThan(40)
    await phone.close()
  })

  it('renders every cell: the canvas is not blank', async () => {
    const page = await context.newPage()
    await begin(page)
    for (const cell of demoCells()) {
      await enterCell(page, cell.id)
      await expectRoomDrawn(page, cell.id)
      expect(await page.locator('[data-role="model-error"]').count()).toBe(0)
      await page.click('[data-role="back"]')
    }
    await page.close()
  })

  it('recovers from a lost WebGL context without a reload', async () => {
    const page = await context.newPage()
    await begin(page)
    const cell = demoCells()[0]
    await enterCell(page, cell.id)
    await expectRoomDrawn(page)
    // The context is lost (the browser reports it with an event), then given back.
    const wasLost = await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')!
      const gl = canvas.getContext('webgl2')!
      const lose = gl.getExtension('WEBGL_lose_context')!
      const event = (type: string) => new Promise((r) => canvas.addEventListener(type, r, { once: true }))
      const lostEvent = event('webglcontextlost')
      lose.loseContext()
      await lostEvent
      // Restoring is allowed only once that event has been dispatched (and the app has prevented its default).
      await new Promise((r) => requestAnimationFrame(r))
      const lost = gl.isContextLost()
      const restored = event('webglcontextrestored')
      lose.restoreContext()
      await restored
      return lost
    })
    expect(wasLost).toBe(true)
    // The room is drawn again on the restored context.
    await expectRoomDrawn(page, 'the room after the context was restored')
    // And the voices still play.
    await page.locator(`[data-testimony="${cell.testimonies[0].id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${cell.testimonies[0].id}"]`)
    await page.close()
  })

  it('offers Take action with the petition and volunteer links from content, opening new tabs', async () => {
    const manifest = readJson<{ actions: { petition: { url: string }; volunteer: { url: string } } }>(
      'content/manifest.json',
    )
    const page = await context.newPage()
    // The visitor's own click may leave the site; answer it here so the test never touches the network.
    await context.route(/^https:\/\//, (route) =>
      route.fulfill({ status: 200, body: 'petition page', contentType: 'text/plain' }),
    )
    await begin(page)
    await page.click('[data-role="take-action"]')
    const petition = page.locator('a[data-action="petition"]')
    await expect(petition.getAttribute('href')).resolves.toBe(manifest.actions.petition.url)
    await expect(petition.getAttribute('target')).resolves.toBe('_blank')
    await expect(petition.getAttribute('rel')).resolves.toContain('noopener')
    await expect(page.locator('a[data-action="volunteer"]').getAttribute('href')).resolves.toBe(
      manifest.actions.volunteer.url,
    )
    const [tab] = await Promise.all([context.waitForEvent('page'), petition.click()])
    await tab.waitForLoadState()
    expect(tab.url()).toBe(manifest.actions.petition.url)
    await tab.close()
    await context.unroute(/^https:\/\//)

    // Inside a cell, too.
    await enterCell(page, demoCells()[0].id)
    await page.click('[data-role="take-action"]')
    await expect(page.locator('a[data-action="petition"]').getAttribute('href')).resolves.toBe(
      manifest.actions.petition.url,
    )
    await page.close()
    // The petition tab was the visitor's choice; everything the app itself asked for stayed on this host.
    const appRequests = requests.filter((u) => u !== manifest.actions.petition.url)
    expect(foreignRequests(appRequests)).toEqual([])
  })

  it('never fetched the WebXR layer: this browser offers no immersive session', async () => {
    const page = await context.newPage()
    await page.goto(baseURL())
    const offered = await page.evaluate(async () =>
      Promise.all(['immersive-vr', 'immersive-ar'].map((m) => navigator.xr?.isSessionSupported(m as XRSessionMode))),
    )
    await page.close()
    expect(offered.some(Boolean)).toBe(false)
    // The layer's own marks: the controller layouts' folder and the session request of @pmndrs/xr.
    const scripts = [...new Set(requests.filter((u) => u.startsWith(baseURL()) && u.endsWith('.js')))]
    const bodies = await Promise.all(scripts.map(async (u) => (await fetch(u)).text()))
    expect(scripts.some((u) => u.includes('/assets/runtime-'))).toBe(true)
    expect(bodies.filter((b) => b.includes('xr-profiles/') || b.includes('requestSession'))).toEqual([])
  })

  it('made no request to any other host during the whole run', () => {
    const petition = readJson<{ actions: { petition: { url: string } } }>('content/manifest.json').actions.petition.url
    expect(requests.length).toBeGreaterThan(10)
    expect(foreignRequests(requests.filter((u) => u !== petition))).toEqual([])
  })
})
