import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en'
import { LETTERS } from '../../src/letters/messages-translations'
import { begin, root, useBrowser } from './harness'

const browser = useBrowser()

describe('an ordinary visit that loses the network', () => {
  it('says so in place of a part that cannot load, and keeps the language it has when another cannot come', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await begin(page)
    await page.locator('[data-enter-cell]').first().waitFor()
    await context.setOffline(true)

    // Another language: its text cannot arrive, so the interface stays English and says why.
    await page.selectOption('[data-role="language"]', 'de')
    await page.locator('[data-role="language-problem"]').waitFor()
    await expect(root(page).getAttribute('data-lang')).resolves.toBe('en')
    await expect(page.locator('[data-role="language"]').inputValue()).resolves.toBe('en')
    await expect(page.locator('.cell-choice h1').textContent()).resolves.toBe(en.chooseCell)

    // Take action: its panel's code cannot arrive, so the page says so and waits for the network (never a blank).
    await page.click('[data-role="take-action"]')
    const failed = page.locator('[data-role="part-failed"]')
    await failed.waitFor()
    await expect(failed.textContent()).resolves.toContain(en.partOffline)

    // Back online: it tries again by itself (in place where the browser allows, else Try again reloads it).
    await context.setOffline(false)
    await page.waitForSelector('[data-role="action-panel"], [data-role="part-failed"] [data-role="retry"]')
    if (await page.locator('[data-role="part-failed"]').count()) {
      await expect(page.locator('[data-role="retry"]').textContent()).resolves.toBe(en.retry)
      await page.click('[data-role="retry"]')
    }
    // With its own stylesheet, which could not come either.
    await expect
      .poll(() => page.locator('[data-role="action-panel"]').evaluate((el) => getComputedStyle(el).position))
      .toBe('fixed')
    await page.click('[data-role="write-letter"]')
    await page.locator('[data-role="letter-page"]').waitFor()
    // And the language arrives when chosen again.
    await page.selectOption('[data-role="language"]', 'de')
    await page.waitForSelector('#root[data-lang="de"]')
    await expect(page.locator('[data-role="language-problem"]').count()).resolves.toBe(0)
    await expect(page.locator('[data-role="letters-back"]').textContent()).resolves.toContain(LETTERS.de.back)
    await context.close()
  })
})
