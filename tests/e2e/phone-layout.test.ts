import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en'
import { begin, demoCells, enterCell, useBrowser } from './harness'

const browser = useBrowser()

/** Buttons a thumb must be able to reach: the centre of each is the button itself, not something over it. */
async function coveredButtons(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
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
      await expect(coveredButtons(page, '.testimony-list summary')).resolves.toEqual([])

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
