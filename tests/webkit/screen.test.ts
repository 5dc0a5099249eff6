import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cueTexts, demoCells } from '../e2e/harness'
import {
  begin,
  captionShown,
  enterCell,
  leaveCell,
  openApp,
  openCellMenu,
  pictureOf,
  playAndMeasure,
  roomComplete,
  sceneShot,
  stopVoice,
} from './app'
import { DESKTOP, PHONE, type WebKitPage } from '../../scripts/browsers/webkit-page.mjs'

/** The longest the voice may stand still in a testimony's first five seconds. */
const MAX_STALL_MS = 1000

// A phone takes the AAC recordings, as an iPhone does; the desktop the Opus ones, as WebKitGTK itself would.
describe.each([
  { size: 'phone', viewport: PHONE, codec: 'aac' as const },
  { size: 'desktop', viewport: DESKTOP, codec: 'opus' as const },
])('WebKit at $size size ($codec)', ({ viewport, codec }) => {
  let page: WebKitPage
  beforeAll(async () => {
    page = await openApp(viewport, { codec })
  })
  afterAll(async () => {
    // The window stays for the next test file; the page goes, and with it its sound.
    await page?.goto('about:blank')
  })

  it('begins from the landing in English, and shows every cell', async () => {
    await begin(page, 'en')
    const offered = await page.eval<string[]>(
      `[...document.querySelectorAll('[data-enter-cell]')].map((e) => e.dataset.enterCell)`,
    )
    expect(offered).toEqual(demoCells().map((c) => c.id))
  })

  for (const cell of demoCells()) {
    it(`${cell.id}: renders, and plays every testimony from its marker without a stall, with English captions`, async () => {
      await enterCell(page, cell.id)
      const picture = pictureOf(await sceneShot(page))
      expect(picture.colours, 'distinct colours in the view').toBeGreaterThan(40)
      expect(picture.drawn, 'share of the view that is the room').toBeGreaterThan(0.8)

      for (const t of cell.testimonies) {
        await page.lookAtMarker(t.id)
        const run = await playAndMeasure(page, `[data-testimony="${t.id}"]`, t.id)
        expect(run.longestStallMs, `${t.id}: longest stall in the first 5 s (ms), ${run.stall}`).toBeLessThanOrEqual(
          MAX_STALL_MS,
        )
        expect(cueTexts(t.captions.en)).toContain(await captionShown(page))
        await stopVoice(page)
      }
      await leaveCell(page)
    })
  }

  for (const cell of demoCells()) {
    it(`${cell.id}: plays every testimony from the list without a stall, with Ukrainian captions`, async () => {
      await enterCell(page, cell.id)
      // The voices are measured in a complete room: textures that come in while a voice starts (they wait for it on a
      // slow connection) are frames that software WebGL here draws in over half a second each, blocking the page and
      // its sampling of the voice; the stall measured is the media pipeline's (docs/testing.md: the WebKit tests).
      await roomComplete(page)
      await openCellMenu(page)
      await page.select('[data-role="language"]', 'uk')
      await page.waitForSelector('#root[data-lang="uk"]')
      await page.click('.testimony-list summary')
      for (const t of cell.testimonies) {
        const run = await playAndMeasure(page, `[data-testimony-item="${t.id}"]`, t.id)
        expect(run.longestStallMs, `${t.id}: longest stall in the first 5 s (ms), ${run.stall}`).toBeLessThanOrEqual(
          MAX_STALL_MS,
        )
        expect(cueTexts(t.captions.uk ?? t.captions.en)).toContain(await captionShown(page))
        await stopVoice(page)
      }
      await openCellMenu(page)
      await page.select('[data-role="language"]', 'en')
      await leaveCell(page)
    })
  }
})
