import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { begin, demoCells, enterCell, newContext, pauseClock, roomTexturesIn, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })
const [cell] = demoCells()

/** The app's own: frames slower than this are a slideshow (src/scene/draw-on-change.tsx, a .tsx the tests cannot import). */
const SLIDESHOW_FRAME_MS = 250
/** A frame on a device that draws 60 a second, and one on a device that draws under four (here: 300 ms). */
const QUICK_FRAME_MS = 16
const SLOW_FRAME_MS = 300

/** Page time the test's jumps may add up to before the voice must have moved on: STALL_MS less two readings. */
const VOICE_CHECK_MS = 500 - 2 * 100
const jumped = new WeakMap<Page, number>()

/**
 * Runs the page's next animation frame `ms` after the one before: the installed clock stands still between the test's
 * moves, so the app measures the cost the test chooses for each frame, however fast this machine draws.
 */
async function frame(page: Page, ms: number): Promise<void> {
  // A playing voice runs in real time, the page's clock in the test's jumps: the voice moves on before the jumps add
  // up to a stall, or the player would take them for a voice standing still (STALL_MS, read every PROGRESS_TICK_MS:
  // src/audio/progress-watch.ts).
  const since = (jumped.get(page) ?? 0) + ms
  jumped.set(page, since)
  if (since < VOICE_CHECK_MS) return page.clock.fastForward(ms)
  jumped.set(page, ms)
  const voiceAt = await page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
    return audio && !audio.paused ? audio.currentTime : null
  })
  if (voiceAt !== null)
    await page.waitForFunction((t) => {
      const audio = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
      return !audio || audio.paused || audio.currentTime > t
    }, voiceAt)
  // The clock's frames fall every 16 ms; jumping past one fires it once, at the end of the jump.
  await page.clock.fastForward(ms)
}

async function frames(page: Page, count: number, ms: number): Promise<void> {
  for (let i = 0; i < count; i++) await frame(page, ms)
}

const draws = async (page: Page) => Number(await page.locator('canvas[data-role="scene"]').getAttribute('data-draws'))

/** Frames drawn (`?stats`: `data-draws`) over `count` frames `ms` apart. */
async function drawsOver(page: Page, count: number, ms: number): Promise<number> {
  const first = await draws(page)
  await frames(page, count, ms)
  return (await draws(page)) - first
}

/** Turns the view by dragging across the scene, one step every other frame `ms` apart. */
async function drag(page: Page, steps: number, ms: number): Promise<void> {
  const box = (await page.locator('canvas[data-role="scene"]').boundingBox())!
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + box.width * (0.7 - i * 0.03), box.y + box.height / 2)
    await frames(page, 2, ms)
  }
  await page.mouse.up()
}

describe('a view held still', () => {
  it('is not drawn again every frame; turning it, and a playing marker, are; where frames are slow, less and smaller', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.clock.install()
    await begin(page, 'en', '?stats')
    await enterCell(page, cell.id)
    await page.waitForSelector('.cell-view[data-room="shown"]')
    // each texture arriving draws a frame: counted from when they are all in
    await roomTexturesIn(page)
    // From here a frame is drawn only when the test moves the clock.
    await pauseClock(page, 1000)

    // Still: redrawn only now and then (every STILL_REDRAW_MS), not on each of 60 frames.
    const still = await drawsOver(page, 60, QUICK_FRAME_MS)
    expect(still).toBeLessThan(20)

    // Dragging turns the view: the frames of the drag are drawn.
    const before = await draws(page)
    await drag(page, 8, QUICK_FRAME_MS)
    expect((await draws(page)) - before).toBeGreaterThanOrEqual(6)

    // A playing marker pulses: it keeps being drawn while the voice speaks.
    await page.locator(`[data-testimony="${cell.testimonies[0].id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${cell.testimonies[0].id}"]`)
    const scene = page.locator('canvas[data-role="scene"]')
    expect(await drawsOver(page, 60, QUICK_FRAME_MS)).toBeGreaterThan(still)

    // On a device that takes longer than SLIDESHOW_FRAME_MS to draw a frame, the pulse is not drawn: the voice keeps
    // the main thread, the marker's colour says it plays.
    // (the pulse draws the first slow frame, the next measures it, the third publishes it for `?stats`)
    await frames(page, 3, SLOW_FRAME_MS)
    expect(Number(await scene.getAttribute('data-frame-ms'))).toBeGreaterThan(SLIDESHOW_FRAME_MS)
    expect(await drawsOver(page, 12, SLOW_FRAME_MS)).toBeLessThanOrEqual(1)
    expect(await page.locator('#root').getAttribute('data-playing')).toBe(cell.testimonies[0].id)

    // Turning the view there draws it at half the resolution from then on: a quarter of the pixels, drawn sooner.
    const sharpness = () => scene.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)
    expect(await sharpness()).toBe(1)
    await drag(page, 8, SLOW_FRAME_MS)
    await expect.poll(sharpness).toBeCloseTo(0.5, 2)
    // and so it stays when the page around the view changes (a new language names the view anew)
    await page.selectOption('[data-role="language"]', 'uk')
    await page.waitForSelector('#root[data-lang="uk"]')
    await frames(page, 2, SLOW_FRAME_MS)
    expect(await sharpness()).toBeCloseTo(0.5, 2)
    await context.close()
  })
})
