import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { VR_PARTS, hudPoint } from '../../src/xr/vr-layout'
import { select, xrFrames, type V3 } from './controller'
import {
  begin,
  cueTexts,
  demoCells,
  enterCell,
  installEmulatedHeadset,
  newContext,
  openKiosk,
  root,
  useBrowser,
} from './harness'

const browser = useBrowser({ autoplay: true })
afterEach(async () => {
  for (const context of browser().contexts()) await context.close()
})

const [sizo] = demoCells()
type WithParts = (typeof sizo.testimonies)[number] & { chapters: Record<string, string> }
const voice = sizo.testimonies.find((t) => t.id === 'sizo-bunk') as WithParts
/** Where each part starts (seconds), read straight from the published chapters file, not by the app's parser. */
const partStarts = (file: string) =>
  [...readFileSync(new URL(`../../public/${file}`, import.meta.url), 'utf8').matchAll(/([0-9:.]+) -->/g)].map((m) =>
    m[1].split(':').reduce((sum, n) => sum * 60 + Number(n), 0),
  )
const starts = partStarts(voice.chapters.en)
/** The titles a person reads, each after its moment ("0:04 Too many people"). */
const titled = (lang: string) => cueTexts(voice.chapters[lang]).map((title) => expect.stringMatching(`${title}$`))

const voiceTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? -1)

/** Plays the voice from its marker, opens its card's parts and waits for them. */
async function playFromMarker(page: Page, tap = false): Promise<void> {
  const marker = page.locator(`[data-testimony="${voice.id}"]`)
  await marker.waitFor()
  if (tap) await marker.tap()
  else await marker.click()
  await page.waitForSelector(`#root[data-playing="${voice.id}"]`)
  // The card offers the parts behind one toggle (their file is read only then).
  const toggle = page.locator('[data-role="parts-toggle"]')
  if (tap) await toggle.tap()
  else await toggle.click()
  await page.locator('[data-role="parts"] [data-part]').first().waitFor()
}

describe('the parts of a testimony', () => {
  it('shows them on the card in two languages; the second starts the voice from its start, marked', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await begin(page, 'uk')
    await enterCell(page, sizo.id)
    await playFromMarker(page)
    const parts = page.locator('[data-role="parts"] [data-part]')
    await expect.poll(() => parts.allTextContents()).toEqual(titled('uk'))
    // In English the same parts, with English titles.
    await page.selectOption('[data-role="language"]', 'en')
    await expect.poll(() => parts.allTextContents()).toEqual(titled('en'))

    // By keyboard: the third part, then back to the second, each from its start.
    await parts.nth(2).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => voiceTime(page)).toBeGreaterThanOrEqual(starts[2])
    await expect.poll(() => parts.nth(2).getAttribute('aria-current')).toBe('true')
    await parts.nth(1).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => voiceTime(page)).toBeLessThan(starts[2])
    expect(await voiceTime(page)).toBeGreaterThanOrEqual(starts[1])
    // A seek may wait a moment for its data (a busy machine): then it speaks again.
    await expect.poll(() => root(page).getAttribute('data-playing')).toBe(voice.id)
    await expect.poll(() => parts.nth(1).getAttribute('aria-current')).toBe('true')
    await expect(parts.nth(2).getAttribute('aria-current')).resolves.toBeNull()
    // It speaks on from there.
    const at = await voiceTime(page)
    await expect.poll(() => voiceTime(page)).toBeGreaterThan(at)
  })

  it('at a kiosk the parts take a finger, and are large enough for one', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await openKiosk(context, 'lang=en&idle=600&countdown=20&offline=0', { clock: false })
    await page.locator('[data-start-lang="en"]').tap()
    await page.waitForSelector('#root[data-phase="cells"]')
    await page.locator(`[data-enter-cell="${sizo.id}"]`).tap()
    await page.waitForSelector('canvas[data-role="scene"]')
    await playFromMarker(page, true)
    const third = page.locator('[data-role="parts"] [data-part="2"]')
    const box = await third.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
    expect(await voiceTime(page)).toBeLessThan(starts[2])
    await third.tap()
    await expect.poll(() => voiceTime(page)).toBeGreaterThanOrEqual(starts[2])
    await expect.poll(() => third.getAttribute('aria-current')).toBe('true')
  })

  it('in an emulated headset the parts are a list beside the HUD, and the controller starts one', async () => {
    const context = await newContext(browser(), { viewport: { width: 1024, height: 700 } })
    await installEmulatedHeadset(context)
    const page = await context.newPage()
    await begin(page, 'en')
    await enterCell(page, sizo.id)
    await playFromMarker(page)
    // Into its second part, so that choosing the first takes the voice back.
    await expect.poll(() => voiceTime(page), { timeout: 20_000 }).toBeGreaterThan(starts[1] + 0.5)
    await page.click('[data-role="enter-vr"]')
    await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
    await xrFrames(page, 3)
    const head = await page.evaluate(() => {
      const p = (window as unknown as { __xrDevice: { position: { x: number; y: number; z: number } } }).__xrDevice
        .position
      return [p.x, p.y, p.z] as V3
    })
    const hand: V3 = [0.2, 1.3, -0.3]
    await select(page, hand, hudPoint(head, VR_PARTS.x, VR_PARTS.top), null)
    await expect.poll(() => voiceTime(page)).toBeLessThan(starts[1])
    // and speaks on from there
    await expect.poll(() => root(page).getAttribute('data-playing')).toBe(voice.id)
    const at = await voiceTime(page)
    await expect.poll(() => voiceTime(page)).toBeGreaterThan(at)
  })

  it('shows the part titles as headings in the transcript, each starting its part', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await begin(page, 'de')
    await enterCell(page, sizo.id)
    await page.locator(`[data-testimony="${voice.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${voice.id}"]`)
    await page.click('[data-role="transcript-toggle"]')
    const headings = page.locator('[data-role="transcript-parts"] h3')
    await expect.poll(() => headings.allTextContents()).toEqual(cueTexts(voice.chapters.de))
    // each heading stands before its part's words: the third part's first caption opens the text under it
    const third = page.locator('[data-transcript-part="2"] p')
    const opening = cueTexts(voice.captions.de)[3]
    await expect.poll(async () => (await third.textContent())?.startsWith(opening)).toBe(true)
    await page.locator('[data-transcript-part="2"] [data-role="transcript-part"]').click()
    await expect.poll(() => voiceTime(page)).toBeGreaterThanOrEqual(starts[2])
  })

  it('a broken chapters file is named, and the testimony still plays whole', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.route(/\.chapters\.[a-z]+\.vtt$/, (r) => r.fulfill({ status: 200, body: 'these are not chapters' }))
    await begin(page, 'en')
    await enterCell(page, sizo.id)
    await page.locator(`[data-testimony="${voice.id}"]`).click()
    await page.click('[data-role="parts-toggle"]')
    const problem = page.locator('[data-role="parts-error"]')
    await expect.poll(() => problem.textContent()).toContain(voice.chapters.en)
    await expect(page.locator('[data-role="parts"]').count()).resolves.toBe(0)
    await page.waitForSelector(`#root[data-playing="${voice.id}"]`)
    const at = await voiceTime(page)
    await expect.poll(() => voiceTime(page)).toBeGreaterThan(at)
  })
})
