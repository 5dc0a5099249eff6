import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en'
import { MIN_ROOM_SHARE, MIN_TARGET_PX } from '../../src/ui/phone-layout'
import { begin, demoCells, enterCell, newContext, root, useBrowser } from './harness'
import {
  captionUnder,
  coveredMarkers,
  PHONE_SIZES,
  roomShare,
  smallTargets,
  textOverlaps,
  unreachable,
  unreachableAfterScroll,
} from './layout-probe'

const browser = useBrowser()

/**
 * Buttons a thumb must be able to reach: the centre of each is the button itself, not something over it. Those not
 * shown (in a closed menu) are left out.
 */
async function coveredButtons(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (!el.getClientRects().length) continue
      el.scrollIntoView({ block: 'nearest' })
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      if (!hit || !(hit === el || el.contains(hit)))
        out.push(`${el.textContent?.trim() ?? el.tagName} under ${hit?.className || hit?.tagName}`)
    }
    return out
  }, selector)
}

/**
 * WCAG contrast of an element's text over its own backdrop, composited over the lightest and the darkest room behind
 * it: the lower of the two.
 */
async function worstContrast(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number)
    const style = getComputedStyle(el)
    const [fr = 0, fg = 0, fb = 0] = rgba(style.color)
    const [br = 0, bg = 0, bb = 0, ba = 1] = rgba(style.backgroundColor)
    const lum = (r: number, g: number, b: number) =>
      [r, g, b]
        .map((c) => c / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0)
    const over = (room: number) =>
      lum(...([br, bg, bb].map((c) => c * ba + room * (1 - ba)) as [number, number, number]))
    const text = lum(fr, fg, fb)
    const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    return Math.min(ratio(text, over(255)), ratio(text, over(0)))
  })
}

describe('on a phone held in one hand', () => {
  for (const width of [360, 390, 430]) {
    it(`at ${width} px the hint is readable and fits touch, and no panel covers another's buttons`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true })
      const page = await context.newPage()
      await begin(page)
      const [cell] = demoCells()
      await enterCell(page, cell.id)

      const hint = page.locator('[data-role="look-hint"]')
      await expect(hint.textContent()).resolves.toBe(en.lookHintTouch)
      await expect(hint.isVisible()).resolves.toBe(true)
      expect(await worstContrast(page, '[data-role="look-hint"]')).toBeGreaterThanOrEqual(4.5)

      // The list of testimonies, then Take action: one closes the other, and nothing covers a button of either.
      await page.locator('.testimony-list summary').tap()
      await expect(coveredButtons(page, '.testimony-list button, .hud-top button, .hud-top select')).resolves.toEqual(
        [],
      )
      await page.locator('[data-role="take-action"]').tap()
      await page.locator('[data-role="action-panel"]').waitFor()
      await expect(page.locator('.testimony-list').getAttribute('open')).resolves.toBeNull()
      await expect(
        coveredButtons(page, '[data-role="action-panel"] a, [data-role="action-panel"] button, .hud-top button'),
      ).resolves.toEqual([])
      // A sheet over the footer on a phone: the list's toggle is in reach again once it closes.
      await page.locator('[data-role="close-actions"]').tap()
      await expect(coveredButtons(page, '.testimony-list summary')).resolves.toEqual([])
      await page.locator('[data-role="take-action"]').tap()

      // Write a letter, reached with the thumb from the panel.
      await page.locator('[data-role="write-letter"]').tap()
      await page.waitForSelector('#root[data-phase="letter"]')
      await context.close()
    })
  }

  it('without WebGL says so below the header, and the hint points to the list', async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 800 },
      isMobile: true,
      hasTouch: true,
    })
    await context.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null
        return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest)
      } as typeof getContext
    })
    const page = await context.newPage()
    await begin(page)
    const [cell] = demoCells()
    await page.click(`[data-enter-cell="${cell.id}"]`)
    const notice = page.locator('.scene-host .notice, .scene-layer > .notice').first()
    await notice.waitFor()
    await expect(notice.textContent()).resolves.toContain(en.noWebGL)
    await expect(page.locator('[data-role="look-hint"]').textContent()).resolves.toBe(en.lookHintNo3D)
    const header = await page.locator('.hud-top').boundingBox()
    const box = await notice.boundingBox()
    expect(box && header && box.y >= header.y + header.height).toBe(true)
    await expect(coveredButtons(page, '.testimony-list summary')).resolves.toEqual([])
    await context.close()
  })
})

// Inside a cell on a phone with a voice playing and its caption showing: the room, the text, the targets.
const LANGS = ['uk', 'en', 'de', 'pl'] as const

/** Plays the first testimony whose marker is in view from the keyboard (no tap, so the look hint stays). */
async function playWithoutTouch(page: Page): Promise<string> {
  await page.waitForSelector('.cell-view[data-room="shown"]')
  const id = await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-testimony]')].find((m) => m.style.visibility === 'visible')
        ?.dataset.testimony,
  )
  const testimony = (await id.jsonValue()) as string
  await page.locator(`[data-testimony="${testimony}"]`).focus()
  await page.keyboard.press('Enter')
  await page.waitForSelector(`#root[data-playing="${testimony}"][data-audio="playing"]`)
  await page.waitForSelector('[data-role="captions"] .caption-line')
  return testimony
}

/** A point of the screen where a tap reaches the room itself (the canvas, not a marker). */
async function roomPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    for (let y = window.innerHeight * 0.35; y < window.innerHeight * 0.7; y += 10)
      for (let x = 20; x < window.innerWidth - 20; x += 10)
        if (document.elementFromPoint(x, y)?.matches('canvas[data-role="scene"]')) return { x, y }
    return null
  })
  if (!point) throw new Error('no point of the screen reaches the room')
  return point
}

describe('inside a cell on a phone, a voice playing with its caption', () => {
  for (const size of PHONE_SIZES)
    it(`at ${size.width}×${size.height} the room takes most taps, no text lies over text, every target fits a thumb (uk, en, de, pl)`, async () => {
      const context = await newContext(browser(), { viewport: size, isMobile: true, hasTouch: true })
      for (const lang of LANGS) {
        const page = await context.newPage()
        const where = `${size.width}×${size.height} ${lang}`
        await begin(page, lang)
        const [cell] = demoCells()
        await enterCell(page, cell.id)
        await playWithoutTouch(page)

        const hint = page.locator('[data-role="look-hint"]')
        await expect(hint.isVisible(), `${where}: the hint before the first tap`).resolves.toBe(true)
        const room = await page.evaluate(roomShare, 10)
        console.log(
          `room share ${where}: ${(room.share * 100).toFixed(1)} %`,
          room.share < MIN_ROOM_SHARE ? room.blockers : '',
        )
        expect(room.share, `${where}: share of taps that reach the room`).toBeGreaterThanOrEqual(MIN_ROOM_SHARE)
        await expect(page.evaluate(textOverlaps, 1), `${where}: text over text, with the hint`).resolves.toEqual([])
        await expect(
          page.evaluate(captionUnder),
          `${where}: the caption under a panel, with the hint`,
        ).resolves.toEqual([])
        await expect
          .poll(() => page.evaluate(coveredMarkers), { message: `${where}: a marker under the page, with the hint` })
          .toEqual([])
        await expect(page.evaluate(smallTargets, ['.cell-view', MIN_TARGET_PX] as const)).resolves.toEqual([])

        // The first tap on the room: the hint has done its work.
        const point = await roomPoint(page)
        await page.touchscreen.tap(point.x, point.y)
        await hint.waitFor({ state: 'detached' })

        // The one-line player opens into the full card, within the screen and over nothing's text.
        const more = page.locator('[data-role="player-more"]')
        await more.tap()
        await expect(more.getAttribute('aria-expanded')).resolves.toBe('true')
        await page.locator('.transcript summary').waitFor()
        await expect(page.evaluate(textOverlaps, 1), `${where}: text over text, the card open`).resolves.toEqual([])
        await expect(
          page.evaluate(captionUnder),
          `${where}: the caption under a panel, the card open`,
        ).resolves.toEqual([])
        await expect
          .poll(() => page.evaluate(coveredMarkers), { message: `${where}: a marker under the page, the card open` })
          .toEqual([])
        await expect(page.evaluate(smallTargets, ['.cell-view', MIN_TARGET_PX] as const)).resolves.toEqual([])
        await expect(
          page.evaluate(
            unreachableAfterScroll,
            '[data-role="speaker-card"] button, [data-role="speaker-card"] summary',
          ),
        ).resolves.toEqual([])
        await more.tap()
        await expect(more.getAttribute('aria-expanded')).resolves.toBe('false')

        // The menu: language, comfort, a break and turning the phone, each a thumb's size, and Escape closes it.
        const menu = page.locator('[data-role="cell-menu-toggle"]')
        await menu.tap()
        await page.locator('[data-role="cell-menu"] [data-role="language"]').waitFor()
        for (const role of ['comfort', 'safe-place', 'motion-look'])
          await expect(page.locator(`[data-role="cell-menu"] [data-role="${role}"]`).isVisible(), role).resolves.toBe(
            true,
          )
        await expect(page.evaluate(textOverlaps, 1), `${where}: text over text, the menu open`).resolves.toEqual([])
        await expect(
          page.evaluate(captionUnder),
          `${where}: the caption under a panel, the menu open`,
        ).resolves.toEqual([])
        await expect(page.evaluate(smallTargets, ['.cell-view', MIN_TARGET_PX] as const)).resolves.toEqual([])
        await expect(
          page.evaluate(unreachable, '[data-role="cell-menu"] button, [data-role="cell-menu"] select'),
        ).resolves.toEqual([])
        await page.keyboard.press('Escape')
        await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
        await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe(
          'cell-menu-toggle',
        )
        await expect(root(page).getAttribute('data-playing')).resolves.not.toBe('')

        // Take action as a sheet: its close and its last button in reach without scrolling, nothing over them.
        await page.locator('[data-role="take-action"]').tap()
        await page.locator('[data-role="action-panel"]').waitFor()
        await expect(
          page.evaluate(unreachable, '[data-role="close-actions"], [data-role="write-letter"]'),
          `${where}: Take action`,
        ).resolves.toEqual([])
        await expect(page.evaluate(textOverlaps, 1), `${where}: text over text, Take action open`).resolves.toEqual([])
        await expect(
          page.evaluate(smallTargets, ['.cell-view, [data-role="action-panel"]', MIN_TARGET_PX] as const),
        ).resolves.toEqual([])
        await page.locator('[data-role="close-actions"]').tap()
        await page.locator('[data-role="action-panel"]').waitFor({ state: 'detached' })
        await page.close()
      }
    })
})
