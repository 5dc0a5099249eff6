import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCaptionFile } from '../../scripts/content/captions.mjs'
import { begin, demoCells, enterCell, newContext, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })
const [cell] = demoCells()
const [testimony] = cell.testimonies
const LINES = 3

describe('captions following the voice', () => {
  it('move on line by line by the voice alone: with its time events held back and no frame drawn', async () => {
    const file = testimony.captions.en!
    const cues = await parseCaptionFile(readFileSync(`public/${file}`, 'utf8'), file)
    const expected = cues.slice(0, LINES).map((c) => c.text)

    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    // The element's own time events are held back before anything on the page hears them, and once the voice plays
    // the page draws no frame (as in a headset's session, which pauses the page's own animation frames): the captions
    // can only move on because the driver reads the voice's time when a line is due to change.
    await page.addInitScript(() => {
      for (const type of ['timeupdate', 'seeked'])
        window.addEventListener(type, (e) => e.target instanceof HTMLMediaElement && e.stopImmediatePropagation(), {
          capture: true,
        })
      const shown: string[] = []
      Object.assign(window, { shownCaptions: shown })
      new MutationObserver(() => {
        const line = document.querySelector('[data-role="captions"] .caption-line')?.textContent ?? ''
        if (line && shown.at(-1) !== line) shown.push(line)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    await begin(page, 'en')
    await enterCell(page, cell.id)
    await page.locator(`[data-testimony="${testimony.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${testimony.id}"]`)
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0
    })
    const shown = () => page.evaluate(() => (window as unknown as { shownCaptions: string[] }).shownCaptions.slice())
    // the first lines of the recording, in order, each once: none skipped, none stuck
    await expect.poll(shown, { timeout: 60_000 }).toHaveLength(LINES)
    expect(await shown()).toEqual(expected)
    await context.close()
  })
})
