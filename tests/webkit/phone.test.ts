import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIN_ROOM_SHARE } from '../../src/ui/phone-layout'
import { demoCells } from '../e2e/harness'
import { probeScript, roomShare, textOverlaps, unreachable, type RoomShare } from '../e2e/layout-probe'
import { begin, captionShown, enterCell, openApp, stopVoice } from './app'
import { PHONE, type WebKitPage } from '../../scripts/browsers/webkit-page.mjs'

// The engine of every iPhone: the phone's view inside a cell, held upright and on its side.
describe.each([
  { size: 'upright', viewport: PHONE },
  { size: 'on its side', viewport: { width: PHONE.height, height: PHONE.width } },
])('WebKit, a phone held $size', ({ viewport }) => {
  let page: WebKitPage
  beforeAll(async () => {
    page = await openApp(viewport)
    await begin(page, 'en')
  })
  afterAll(async () => {
    // The window stays for the next test file; the page goes, and with it its sound.
    await page?.goto('about:blank')
  })

  it('with a voice and its caption, the room takes most taps, no text lies over text, Take action is in reach', async () => {
    const [cell] = demoCells()
    await enterCell(page, cell!.id)
    await page.waitFor(`document.querySelector('.cell-view')?.dataset.room === 'shown'`, 'the room drawn')
    const id = await page.waitForValue<string>(
      `[...document.querySelectorAll('[data-testimony]')].find((m) => m.style.visibility === 'visible')?.dataset.testimony`,
      'a marker in view',
    )
    await page.click(`[data-testimony="${id}"]`)
    await page.waitForSelector(`#root[data-playing="${id}"]`)
    await captionShown(page)

    const where = `${viewport.width}×${viewport.height}`
    const room = await page.eval<RoomShare>(probeScript(roomShare, 10))
    console.log(`WebKit room share ${where}: ${(room.share * 100).toFixed(1)} %`)
    expect(
      room.share,
      `${where}: share of taps that reach the room; the rest: ${JSON.stringify(room.blockers)}`,
    ).toBeGreaterThanOrEqual(MIN_ROOM_SHARE)
    expect(await page.eval<string[]>(probeScript(textOverlaps, 1)), `${where}: text over text`).toEqual([])

    await page.click('[data-role="take-action"]')
    await page.waitForSelector('[data-role="action-panel"]')
    const out = await page.eval<string[]>(
      probeScript(unreachable, '[data-role="write-letter"], [data-role="close-actions"]'),
    )
    expect(out, `${where}: Take action's last button and Close, without scrolling`).toEqual([])
    expect(
      await page.eval<string[]>(probeScript(textOverlaps, 1)),
      `${where}: text over text, Take action open`,
    ).toEqual([])
    await page.click('[data-role="close-actions"]')
    await stopVoice(page)
  })
})
