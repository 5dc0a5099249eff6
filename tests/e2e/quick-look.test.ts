import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  baseURL,
  begin,
  cspViolations,
  demoCells,
  enterCell,
  foreignRequests,
  frames,
  newPage,
  openCellMenu,
  readJson,
  recordRequests,
  roomTexturesIn,
  root,
  useBrowser,
  watchCsp,
} from './harness'
import { idColour, renderUsdz } from './usdz-render'

const browser = useBrowser()

interface DemoCell {
  id: string
  demo: boolean
  quickLook?: string
  start: { position: [number, number, number]; yaw: number }
  dimensions: { height: number }
  name: { en: string; uk?: string }
  testimonies: { contentNote: { en: string } }[]
}

/** Makes this Chromium answer as iOS, iPadOS and visionOS Safari do: links support `rel="ar"` (AR Quick Look). */
async function likeSafariWithQuickLook(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const supports = DOMTokenList.prototype.supports
    DOMTokenList.prototype.supports = function (token: string) {
      return token === 'ar' || supports.call(this, token)
    }
  })
}

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

describe('AR Quick Look ("View in your room")', () => {
  const contexts: BrowserContext[] = []
  const newContext = async (options = {}) => {
    const context = await browser().newContext(options)
    contexts.push(context)
    return context
  }
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close()
  })

  /** Inside a cell, once its header (and with it every mode it offers) is there. */
  async function inside(page: Page, id: string, lang?: string) {
    await begin(page, lang)
    await enterCell(page, id)
    await page.locator('[data-role="take-action"]').waitFor()
    // On a phone the other ways of seeing the cell are in its menu.
    await openCellMenu(page)
  }

  it('is not offered where links do not open Quick Look (plain Chromium, as Android and desktops)', async () => {
    const page = await (await newContext(phone)).newPage()
    const [cell] = demoCells()
    await inside(page, cell!.id)
    await expect(page.locator('[data-role="view-in-room"]').count()).resolves.toBe(0)
    await expect(page.locator('a[rel="ar"]').count()).resolves.toBe(0)
  })

  it('is offered beside the on-screen mode; the content note and the demo marking come before the link', async () => {
    const context = await newContext(phone)
    await likeSafariWithQuickLook(context)
    await watchCsp(context)
    const requests = recordRequests(context)
    const page = await context.newPage()
    const [first] = demoCells()
    const cell = readJson<DemoCell>(`content/cells/${first!.id}.json`)
    expect(cell.quickLook).toBe(`models/${cell.id}.usdz`)
    await inside(page, cell.id)

    const offer = page.locator('.hud-modes [data-role="view-in-room"]')
    await expect(offer.textContent()).resolves.toBe('View in your room')
    await expect(page.locator('a[rel="ar"]').count()).resolves.toBe(0)
    await offer.click()

    const sheet = page.locator('[data-role="quick-look-sheet"]')
    await sheet.waitFor()
    const text = (await sheet.textContent()) ?? ''
    expect(text).toContain('Content note: descriptions of violence and torture.')
    for (const t of cell.testimonies) expect(text).toContain(t.contentNote.en)
    if (cell.demo) {
      await expect(sheet.locator('.demo-badge').textContent()).resolves.toBe('Demo')
      expect(text).toContain('Demo content: synthetic voices')
    }

    const link = sheet.locator('a[rel="ar"][data-role="quick-look-link"]')
    // Safari opens Quick Look only from a link whose first element is an image.
    await expect(link.evaluate((a) => a.firstElementChild?.tagName)).resolves.toBe('IMG')
    const href = new URL((await link.getAttribute('href'))!, baseURL())
    expect(href.pathname).toBe(`/${cell.quickLook}`)
    const banner = new URLSearchParams(href.hash.slice(1))
    expect(banner.get('callToActionText')).toBe('Take action')
    expect(banner.get('checkoutTitle')).toBe(cell.name.en)
    expect(banner.get('checkoutSubtitle')).toBe('Tap a glowing marker to hear a testimony.')
    expect(banner.get('allowsContentScaling')).toBe('0')

    // The package is on the site itself (a USDZ is a ZIP), and nothing was asked of any other host.
    const usdz = await page.request.get(new URL(cell.quickLook!, baseURL()).href)
    expect(usdz.status()).toBe(200)
    expect(usdz.headers()['content-type']).toBe('model/vnd.usdz+zip')
    expect((await usdz.body()).subarray(0, 2).toString('latin1')).toBe('PK')
    expect(foreignRequests(requests)).toEqual([])
    await expect(cspViolations(page)).resolves.toEqual([])
  })

  it("Quick Look's banner brings the visitor back with Take action open", async () => {
    const context = await newContext(phone)
    await likeSafariWithQuickLook(context)
    const page = await context.newPage()
    const [cell] = demoCells()
    await inside(page, cell!.id)
    await page.click('[data-role="view-in-room"]')
    const link = page.locator('[data-role="quick-look-link"]')
    await link.waitFor()

    // Any other message on the link changes nothing.
    await link.evaluate((a) => a.dispatchEvent(new MessageEvent('message', { data: 'hello' })))
    await expect(page.locator('[data-role="action-panel"]').count()).resolves.toBe(0)
    // What Safari posts to the link when the visitor taps "Take action" in Quick Look.
    await link.evaluate((a) =>
      a.dispatchEvent(new MessageEvent('message', { data: '_apple_ar_quicklook_button_tapped' })),
    )
    await page.locator('[data-role="action-panel"]').waitFor()
    await expect(page.locator('[data-role="take-action"]').getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(page.locator('[data-role="quick-look-sheet"]').count()).resolves.toBe(0)
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
  })

  it("speaks the visitor's language in the sheet and on Quick Look's banner", async () => {
    const context = await newContext(phone)
    await likeSafariWithQuickLook(context)
    const page = await context.newPage()
    const [first] = demoCells()
    const cell = readJson<DemoCell>(`content/cells/${first!.id}.json`)
    await inside(page, cell.id, 'uk')
    await expect(page.locator('[data-role="view-in-room"]').textContent()).resolves.toBe('Переглянути у своїй кімнаті')
    await page.click('[data-role="view-in-room"]')
    const href = await page.locator('[data-role="quick-look-link"]').getAttribute('href')
    const banner = new URLSearchParams(new URL(href!, baseURL()).hash.slice(1))
    expect(banner.get('callToActionText')).toBe('Дійте')
    expect(banner.get('checkoutTitle')).toBe(cell.name.uk)
    await expect(page.locator('[data-role="quick-look-note"]').textContent()).resolves.toBe(
      'Попередження: описи насильства й катувань.',
    )
    // Escape closes the sheet and gives the focus back to the button that opened it.
    await page.keyboard.press('Escape')
    await expect(page.locator('[data-role="quick-look-sheet"]').count()).resolves.toBe(0)
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('view-in-room')
  })

  it('is not offered on a kiosk, even by a browser that could open it', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } })
    await likeSafariWithQuickLook(context)
    const page = await context.newPage()
    await page.goto(`${baseURL()}?mode=kiosk&offline=0`)
    await page.locator('#root[data-phase="attract"]').waitFor()
    await page.mouse.click(640, 400)
    await page.locator('#root[data-phase="cells"]').waitFor()
    const [cell] = demoCells()
    await enterCell(page, cell!.id)
    await page.locator('[data-role="take-action"]').waitFor()
    await expect(page.locator('[data-role="view-in-room"]').count()).resolves.toBe(0)
  })
})

/** The app's eye height on screen (src/scene/scene-root.tsx): 1.6 m, or a quarter metre under a low ceiling. */
const eyeHeight = (cell: DemoCell) => Math.min(1.6, cell.dimensions.height - 0.25)

/** sRGB bytes of pixel `i`. */
const rgb = (png: PNG, i: number): [number, number, number] => [
  png.data[i * 4],
  png.data[i * 4 + 1],
  png.data[i * 4 + 2],
]
const near = (a: number[], b: number[], by: number) => a.every((v, k) => Math.abs(v - b[k]) <= by)

/** Pixels well inside each material on the `ids` picture: the pixel and its four neighbours all in its colour. */
function regions(ids: PNG, count: number): number[][] {
  const out: number[][] = Array.from({ length: count }, () => [])
  const colours = Array.from({ length: count }, (_, i) => idColour(i))
  const { width, height } = ids
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      const m = colours.findIndex((c) => near(rgb(ids, i), c, 2))
      if (m < 0) continue
      if ([i - 1, i + 1, i - width, i + width].every((j) => near(rgb(ids, j), colours[m], 2))) out[m].push(i)
    }
  return out
}

const mean = (png: PNG, pixels: number[]) => {
  const sum = [0, 0, 0]
  for (const i of pixels) rgb(png, i).forEach((v, k) => (sum[k] += v))
  return sum.map((v) => v / Math.max(1, pixels.length))
}
/** Distinct colours among `pixels`, each channel in steps of 8: a flat material under flat light has one. */
const distinct = (png: PNG, pixels: number[]) =>
  new Set(
    pixels.map((i) =>
      rgb(png, i)
        .map((v) => v >> 3)
        .join(),
    ),
  ).size

/** A coarse colour histogram (4 steps a channel), as shares of `pixels`; and how much two of them overlap (0–1). */
function histogram(png: PNG, pixels: number[]): number[] {
  const bins = new Array(64).fill(0)
  for (const i of pixels) {
    const [r, g, b] = rgb(png, i).map((v) => v >> 6)
    bins[r * 16 + g * 4 + b]++
  }
  return bins.map((n) => n / pixels.length)
}
/** The standard deviation of the pixels' luma (0–255): about 0 for one flat colour. */
function spread(png: PNG, pixels: number[]): number {
  const luma = pixels.map((i) => {
    const [r, g, b] = rgb(png, i)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  })
  const m = luma.reduce((n, v) => n + v, 0) / luma.length
  return Math.sqrt(luma.reduce((n, v) => n + (v - m) ** 2, 0) / luma.length)
}
const overlap = (a: number[], b: number[]) => a.reduce((n, v, i) => n + Math.min(v, b[i]), 0)

describe('what AR Quick Look shows: the package drawn by an independent USD reader', () => {
  for (const listed of demoCells())
    it(`${listed.id}: the same room as the web view from the visitor's start, its materials textured`, async () => {
      const cell = readJson<DemoCell>(`content/cells/${listed.id}.json`)
      // the web view under flat light (?unlit: the baked light is not in the package, Quick Look lights it itself)
      const page = await newPage(browser(), { viewport: { width: 640, height: 400 } })
      await begin(page, 'en', '?stats&unlit')
      await enterCell(page, cell.id)
      const canvas = page.locator('canvas[data-role="scene"][data-model="shown"][data-light="live"]')
      await canvas.waitFor()
      await roomTexturesIn(page)
      await frames(page, 20)
      // ?stats keeps the drawing buffer: the canvas alone, without the page's controls over it
      const drawn = await canvas.evaluate((c: HTMLCanvasElement) => ({
        url: c.toDataURL('image/png'),
        width: c.width,
        height: c.height,
      }))
      await page.context().close()
      const web = PNG.sync.read(Buffer.from(drawn.url.slice(drawn.url.indexOf(',') + 1), 'base64'))

      const [x, y, z] = cell.start.position
      const quickLook = await renderUsdz(browser(), join('dist', cell.quickLook!), {
        eye: [x, y + eyeHeight(cell), z],
        yaw: cell.start.yaw,
        width: drawn.width,
        height: drawn.height,
      })
      const { shaded, flat, ids, materials } = quickLook
      const inside = regions(ids, materials.length)
      const all = inside.flat()
      // the room fills the view
      expect(all.length).toBeGreaterThan(0.5 * web.width * web.height)

      // the same room: the whole picture's colours, and each material's, as the web view has them there
      const report: string[] = []
      expect(overlap(histogram(web, all), histogram(shaded, all))).toBeGreaterThan(0.6)
      expect(near(mean(shaded, all), mean(web, all), 15), `${mean(shaded, all)} against ${mean(web, all)}`).toBe(true)
      const rows = materials
        .map((m, i) => ({ ...m, pixels: inside[i] }))
        .filter((m) => m.pixels.length >= 400)
        .map((m) => ({
          ...m,
          ours: mean(shaded, m.pixels),
          theirs: mean(web, m.pixels),
          spread: spread(shaded, m.pixels),
          flatSpread: spread(flat, m.pixels),
          colours: distinct(shaded, m.pixels),
          flatColours: distinct(flat, m.pixels),
        }))
      for (const r of rows)
        report.push(
          `${r.name}: ${r.pixels.length} px, ${r.ours.map(Math.round)} against ${r.theirs.map(Math.round)}, ` +
            `spread ${r.spread.toFixed(1)}, ${r.colours} colours ` +
            `(${r.flatSpread.toFixed(1)}, ${r.flatColours} without its texture)`,
        )
      console.log(`${cell.id}\n  ${report.join('\n  ')}`)
      // the markers glow in Quick Look (lit from within) where the web view draws them in their flat colour
      for (const r of rows.filter((row) => !row.marker)) {
        expect(near(r.ours, r.theirs, 25), `${r.name}: ${r.ours} against the web view's ${r.theirs}`).toBe(true)
        if (!r.textured) continue
        // textured, not flat: its colours vary inside it, where its material alone gives one colour
        expect(r.colours, r.name).toBeGreaterThanOrEqual(Math.max(6, 2 * r.flatColours))
        expect(r.spread, r.name).toBeGreaterThan(r.flatSpread)
      }
      const textured = rows.filter((r) => r.textured).length
      expect(textured).toBeGreaterThanOrEqual(3)
    }, 120_000)
})
