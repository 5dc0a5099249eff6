import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import {
  baseURL,
  begin,
  cspViolations,
  demoCells,
  enterCell,
  foreignRequests,
  openCellMenu,
  readJson,
  recordRequests,
  root,
  useBrowser,
  watchCsp,
} from './harness'

const browser = useBrowser()

interface DemoCell {
  id: string
  demo: boolean
  quickLook?: string
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
