import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en'
import { begin, newContext, root, useBrowser } from './harness'

const browser = useBrowser()

/** Marks the page's document, so a reload (a new document) shows as the mark gone. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __same?: boolean }).__same === true)

async function writeLetter(page: Page) {
  await page.click('[data-role="take-action"]')
  await page.click('[data-role="write-letter"]')
}

/** Take action opened and closed once: its panel's code is in, and only the letter page's is still to come. */
async function takeActionOnce(page: Page) {
  await page.click('[data-role="take-action"]')
  await page.click('[data-role="close-actions"]')
}

describe('a part that cannot be loaded', () => {
  it('offline: says so, offers a way back and no reload, and loads by itself once the network is back', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await begin(page)
    await page.locator('[data-enter-cell]').first().waitFor()
    await mark(page)
    await takeActionOnce(page)
    await context.setOffline(true)

    await writeLetter(page)
    const failed = page.locator('[data-role="part-failed"]')
    await failed.waitFor()
    await expect.poll(() => failed.textContent()).toContain(en.partOffline)
    // Nothing that would reload the page while offline; a way back to the cells and Take action.
    expect(await page.locator('[data-role="retry"]').count()).toBe(0)
    await page.click('[data-role="part-back"]')
    await page.waitForSelector('#root[data-phase="cells"]')
    await page.locator('[data-role="take-action"]').waitFor({ state: 'visible' })
    await writeLetter(page)
    await failed.waitFor()

    // The network is back: it tries again by itself, in place where the browser allows; else Try again reloads.
    await context.setOffline(false)
    await page.waitForSelector('[data-role="letter-page"], [data-role="part-failed"] [data-role="retry"]')
    if (await page.locator('[data-role="part-failed"]').count()) await page.click('[data-role="retry"]')
    await page.locator('[data-role="letter-page"]').waitFor()
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('letter')
  })

  it('a site that does not answer, though the browser is online: Try again never reloads into an error page', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await begin(page)
    await page.locator('[data-enter-cell]').first().waitFor()
    await mark(page)
    await takeActionOnce(page)
    // The server stops answering anything.
    await context.route('**/*', (route) => route.abort('connectionrefused'))

    await writeLetter(page)
    const failed = page.locator('[data-role="part-failed"]')
    await failed.waitFor()
    await expect.poll(() => failed.textContent()).toContain(en.partFailed)
    // Once in place, once more: the site is asked first, does not answer, and the page stays, saying why.
    await page.click('[data-role="retry"]')
    await failed.waitFor()
    await page.click('[data-role="retry"]')
    await expect.poll(() => failed.textContent()).toContain(en.partUnreachable)
    expect(await sameDocument(page)).toBe(true)
    await page.click('[data-role="part-back"]')
    await page.waitForSelector('#root[data-phase="cells"]')

    // The site answers again: Try again brings the letter page (in place where the browser allows, else, at the
    // second, by reloading the page, now that the site answers).
    await context.unrouteAll()
    await writeLetter(page)
    for (let tries = 0; tries < 2; tries++) {
      await page.waitForSelector('[data-role="letter-page"], [data-role="part-failed"] [data-role="retry"]')
      if ((await page.locator('[data-role="part-failed"]').count()) === 0) break
      await page.click('[data-role="retry"]')
    }
    await page.locator('[data-role="letter-page"]').waitFor()
  })

  it('a panel that loads on its first opening: says so when its code fails, and opens at Try again', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    // Take action's panel and the comfort settings each fail once, as a server's hiccup would.
    const failedOnce = new Set<string>()
    await context.route(/\/assets\/(action-sheet|comfort-panel)-[\w-]+\.js$/, (route) => {
      const part = /(action-sheet|comfort-panel)/.exec(route.request().url())?.[1] ?? ''
      if (failedOnce.has(part)) return route.continue()
      failedOnce.add(part)
      return route.abort('connectionreset')
    })
    await begin(page)
    await mark(page)
    for (const [button, panel] of [
      ['take-action', 'action-panel'],
      ['comfort', 'comfort-panel'],
    ]) {
      await page.click(`[data-role="${button}"]`)
      const failed = page.locator('[data-role="part-failed"]')
      await failed.waitFor()
      await expect.poll(() => failed.textContent()).toContain(en.partFailed)
      // In place: the browser keeps the failure under the part's address, so it is asked for under a fresh one.
      await page.click('[data-role="retry"]')
      await page.locator(`[data-role="${panel}"]`).waitFor()
      expect(await sameDocument(page)).toBe(true)
      await page.keyboard.press('Escape')
      await page.locator(`[data-role="${panel}"]`).waitFor({ state: 'detached' })
    }
    await context.close()
  })
})
