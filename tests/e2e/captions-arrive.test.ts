import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CAPTION_GIVE_UP_MS } from '../../src/captions/native-vtt'
import { begin, demoCells, enterCell, newContext, pauseClock, root, useBrowser } from './harness'

// `window.gc()`: the page's memory is swept while a caption file is on its way, as a phone may do at any time.
const browser = useBrowser({ autoplay: true, exposeGc: true })
const [cell] = demoCells()
const [testimony] = cell.testimonies
const LINE = 'The first line of this recording.'

const captionLine = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-role="captions"] .caption-line')?.textContent ?? '')

async function play(page: Page) {
  await page.locator(`[data-testimony="${testimony.id}"]`).click()
  await page.waitForSelector(`#root[data-playing="${testimony.id}"]`)
}

describe('captions on their way', () => {
  for (const lang of ['en', 'de'])
    it(`in ${lang}, a caption file that comes late still shows after the page's memory was swept`, async () => {
      const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      const held: Route[] = []
      await page.route(/\.vtt$/, (route) => void held.push(route))
      await begin(page, lang)
      await enterCell(page, cell.id)
      await play(page)
      await expect.poll(() => held.length).toBeGreaterThan(0)
      for (let i = 0; i < 3; i++)
        await page.evaluate(async () => {
          ;(window as unknown as { gc(): void }).gc()
          await new Promise((r) => setTimeout(r, 50))
        })
      for (const route of held)
        await route.fulfill({ contentType: 'text/vtt', body: `WEBVTT\n\n00:00:00.000 --> 01:00:00.000\n${LINE}\n` })
      await expect.poll(() => captionLine(page)).toBe(LINE)
      await context.close()
    })

  it("a caption file that never comes is named after a while, in the visitor's language, and the voice goes on", async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.route(/\.vtt$/, () => undefined)
    await page.clock.install()
    await begin(page, 'uk')
    await enterCell(page, cell.id)
    await play(page)
    // Paused, the voice's own watch rests, so the test's jump in time is the caption file's alone.
    await page.locator('[data-role="pause"]').click()
    await page.waitForSelector('#root[data-audio="paused"]')
    await pauseClock(page, 500)
    await page.clock.fastForward(CAPTION_GIVE_UP_MS + 1_000)
    const error = page.locator('[data-role="captions"] .caption-error')
    await error.waitFor()
    const said = (await error.textContent()) ?? ''
    expect(said).toContain('Субтитри недоступні')
    expect(said).toContain(`${testimony.captions.uk ?? testimony.captions.en}`)
    await page.clock.resume()
    await page.locator('[data-role="resume"]').click()
    await page.waitForSelector('#root[data-audio="playing"]')
    await expect(root(page).getAttribute('data-playing')).resolves.toBe(testimony.id)
    await context.close()
  })
})
