import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cues, demoCells } from '../e2e/harness'
import { begin, captionShown, enterCell, openApp } from './app'
import { DESKTOP, type WebKitPage } from '../../scripts/browsers/webkit-page.mjs'

const audioTime = `document.querySelector('audio[data-role="testimony-audio"]')?.currentTime ?? -1`

/** WebKit's media pipeline is not Chromium's: a part Ask plays starts where the part does there too. */
describe('Ask in WebKit', () => {
  let page: WebKitPage
  beforeAll(async () => {
    page = await openApp(DESKTOP)
    await begin(page, 'en')
  })
  afterAll(async () => {
    // The window stays for the next test file; the page goes, and with it its sound.
    await page?.goto('about:blank')
  })

  it('a suggested question plays its part from the part’s start, with one of that part’s captions', async () => {
    const cell = demoCells().find((c) => c.testimonies.some((t) => 'questions' in t && 'chapters' in t))
    if (!cell) throw new Error('the demo has no cell with questions')
    await enterCell(page, cell.id)
    await page.click('[data-role="ask-open"]')
    await page.waitForSelector('[data-role="ask-panel"][data-ask="ready"]')
    const targets = await page.eval<string[]>(
      `[...document.querySelectorAll('[data-role="ask-suggestions"] [data-ask-question]')].map((e) => e.dataset.askQuestion)`,
    )
    // Not the first: a part that starts well into its recording, so that the seek is what is heard.
    const target = targets.find((x) => Number(x.split('#')[1]) > 0)
    if (!target) throw new Error(`no suggested question leads past a first part (${targets.join(', ')})`)
    const [id = '', n = ''] = target.split('#')
    const testimony = cell.testimonies.find((t) => t.id === id) as unknown as {
      chapters: { en: string }
      captions: { en: string }
    }
    const span = cues(testimony.chapters.en)[Number(n)]!
    const lines = cues(testimony.captions.en)
      .filter((c) => c.start < span.end && c.end > span.start)
      .map((c) => c.text)
    await page.click(`[data-role="ask-suggestions"] [data-ask-question="${target}"]`)
    await page.waitForSelector(`[data-role="ask-panel"][data-ask-part="${target}"]`)
    await page.waitForSelector(`#root[data-playing="${id}"][data-audio="playing"]`)
    // The voice is heard from the part's start on (not from the recording's beginning), and goes on from there.
    const heardFrom = await page.waitForValue<number>(`(${audioTime}) > 0 && (${audioTime})`, 'the voice under way')
    expect(heardFrom).toBeGreaterThanOrEqual(span.start - 0.05)
    expect(heardFrom).toBeLessThan(span.end)
    await page.waitFor(`(${audioTime}) > ${heardFrom + 1}`, 'a second more of the voice')
    expect(lines).toContain(await captionShown(page))
  })
})
