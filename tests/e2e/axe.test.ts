import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, describeViolations } from './axe'
import { baseURL, begin, demoCells, enterCell, newContext, openKiosk, root, useBrowser } from './harness'

// Autoplay: this file is about what is on screen while a testimony plays, not about the audio unlock.
const browser = useBrowser({ autoplay: true })
const [cell] = demoCells()
const LANGS = ['uk', 'en', 'de', 'pl'] as const
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const

/** Runs axe on what is on screen now and adds what it reports to `found`, named by the phase. */
async function check(page: Page, where: string, found: string[]) {
  found.push(...describeViolations(where, await axeViolations(page)))
}

describe.each(VIEWPORTS)('axe-core at $width×$height', ({ width, height }) => {
  it.each(LANGS)('finds nothing on any phase of a visit in %s', async (lang) => {
    const context = await newContext(browser(), { viewport: { width, height } })
    const page = await context.newPage()
    const found: string[] = []

    await page.goto(baseURL())
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-role="begin"]')?.disabled)
    await page.selectOption('[data-role="language"]', lang)
    await page.waitForSelector(`#root[data-lang="${lang}"]`)
    await check(page, 'landing', found)

    await begin(page, lang)
    await page.waitForSelector('[data-enter-cell]')
    await check(page, 'cell choice', found)

    await enterCell(page, cell.id)
    const testimony = cell.testimonies[0].id
    const marker = page.locator(`[data-testimony="${testimony}"]`)
    await marker.waitFor()
    await check(page, 'cell, idle', found)

    await marker.click()
    await page.waitForSelector(`#root[data-playing="${testimony}"][data-audio="playing"]`)
    await page.waitForSelector('.caption-line')
    await check(page, 'cell, playing', found)

    // On a phone: the cell's menu open, then closed again with Escape (the voice plays on).
    const menu = page.locator('[data-role="cell-menu-toggle"]')
    if (await menu.count()) {
      await menu.click()
      await page.locator('[data-role="cell-menu"]').waitFor()
      await check(page, 'cell, menu open', found)
      await page.keyboard.press('Escape')
      await page.locator('[data-role="cell-menu"]').waitFor({ state: 'hidden' })
    }

    // On a phone the speaker card is one line until tapped; where the language has no captions the transcript is
    // open already.
    const more = page.locator('[data-role="player-more"][aria-expanded="false"]')
    if (await more.count()) await more.click()
    if (!(await page.locator('.transcript[open]').count())) await page.click('.transcript summary')
    await page.waitForSelector('.transcript[open]')
    await check(page, 'cell, transcript open', found)

    // About this recording on the speaker's card, and How we know (in the menu on a phone), closed with Escape.
    const about = page.locator('[data-role="about-recording"]')
    await about.waitFor()
    await about.locator('summary').click()
    await check(page, 'cell, about this recording open', found)
    if (await menu.count()) {
      await menu.click()
      await page.locator('[data-role="cell-menu"]').waitFor()
    }
    await page.click('[data-role="how-we-know-open"]')
    await page.waitForSelector('[data-role="how-we-know"][data-record="shown"]')
    await check(page, 'cell, How we know open', found)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-role="how-we-know"]', { state: 'detached' })
    // (Escape next would close the open disclosure first: the menu is closed by its button.)
    if ((await menu.count()) && (await menu.getAttribute('aria-expanded')) === 'true') {
      await menu.click()
      await page.locator('[data-role="cell-menu"]').waitFor({ state: 'hidden' })
    }

    await page.click('[data-role="take-action"]')
    await page.waitForSelector('[data-role="action-panel"]')
    await check(page, 'cell, Take action open', found)

    await page.click('[data-role="write-letter"]')
    await page.waitForSelector('[data-role="composer"]')
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('letter')
    await check(page, 'letter page', found)

    expect(found).toEqual([])
  })

  it.each(LANGS)('finds nothing on the kiosk attract screen and its countdown in %s', async (lang) => {
    const context = await newContext(browser(), { viewport: { width, height }, hasTouch: true })
    const page = await openKiosk(context, `lang=${lang}&idle=5&countdown=60&offline=0`)
    const found: string[] = []
    await page.waitForSelector('[data-role="attract"] canvas')
    await check(page, 'kiosk attract screen', found)

    await page.locator(`[data-start-lang="${lang}"]`).tap()
    await page.waitForSelector('#root[data-phase="cells"]')
    // The cell choice itself, not its loading line: the countdown is checked over the view a visitor left.
    await page.waitForSelector('[data-enter-cell]')
    await page.clock.fastForward(5_000)
    await page.waitForSelector('[data-role="still-there"]')
    await check(page, 'kiosk "Still there?"', found)

    expect(found).toEqual([])
  })
})
