import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoCells } from '../e2e/harness'
import { begin, enterCell, openApp } from './app'
import { DESKTOP, type WebKitPage } from './browser'

const audioTime = `document.querySelector('audio[data-role="testimony-audio"]')?.currentTime ?? -1`

/** WebKit's media pipeline is not Chromium's: a voice chosen again while it speaks must go on there too. */
describe('a voice chosen again while it speaks, in WebKit', () => {
  let page: WebKitPage
  beforeAll(async () => {
    page = await openApp(DESKTOP)
    await begin(page, 'en')
  })
  afterAll(async () => {
    await page?.goto('about:blank')
  })

  it('once, twice or fifty times from its marker: it speaks on, says "playing", and is never given up', async () => {
    const [cell] = demoCells()
    const voice = cell?.testimonies[0]
    if (!cell || !voice) throw new Error('the demo has no cell with a testimony')
    await enterCell(page, cell.id)
    const marker = `[data-testimony="${voice.id}"]`
    await page.waitFor(`getComputedStyle(document.querySelector('${marker}')).visibility === 'visible'`, 'the marker')
    await page.click(marker)
    await page.waitForSelector(`#root[data-playing="${voice.id}"][data-audio="playing"]`)
    for (const taps of [1, 2, 50]) {
      for (let i = 0; i < taps; i++) await page.click(marker)
      await page.waitForSelector(`#root[data-playing="${voice.id}"][data-audio="playing"]`)
    }
    // Twenty seconds of the voice later, as the visitor hears it: still speaking, and no error.
    const from = await page.eval<number>(audioTime)
    await page.waitFor(`(${audioTime}) > ${from + 20}`, 'twenty more seconds of the voice', 120_000)
    expect(await page.eval<string>(`document.getElementById('root').dataset.audio`)).toBe('playing')
    expect(await page.eval<number>(`document.querySelectorAll('[data-role="audio-error"]').length`)).toBe(0)
  })
})
