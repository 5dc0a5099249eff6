import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { begin, demoCells, enterCell, newContext, roomTexturesIn, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })
const [cell] = demoCells()

/** Turns the view by dragging across the scene, one step every other animation frame. */
async function drag(page: Page, steps: number): Promise<void> {
  const box = (await page.locator('canvas[data-role="scene"]').boundingBox())!
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(box.x + box.width * (0.7 - i * 0.03), box.y + box.height / 2)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  }
  await page.mouse.up()
}

/** Frames drawn (`?stats`: `data-draws`) while the page runs `count` animation frames. */
async function drawsOver(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')!
        const first = Number(canvas.dataset.draws)
        let left = n
        const tick = () => {
          if (--left <= 0) resolve(Number(canvas.dataset.draws) - first)
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    count,
  )
}

describe('a view held still', () => {
  it('is not drawn again every frame; turning it, and a playing marker, are; where frames are slow, less and smaller', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await begin(page, 'en', '?stats')
    await enterCell(page, cell.id)
    await page.waitForSelector('.cell-view[data-room="shown"]')
    // each texture arriving draws a frame: counted from when they are all in
    await roomTexturesIn(page)

    // Still: redrawn only now and then (every STILL_REDRAW_MS), not on each of 60 frames.
    const still = await drawsOver(page, 60)
    expect(still).toBeLessThan(20)

    // Dragging turns the view: the frames of the drag are drawn.
    const before = Number(await page.locator('canvas[data-role="scene"]').getAttribute('data-draws'))
    await drag(page, 8)
    const after = Number(await page.locator('canvas[data-role="scene"]').getAttribute('data-draws'))
    expect(after - before).toBeGreaterThanOrEqual(6)

    // A playing marker pulses: it keeps being drawn while the voice speaks.
    await page.locator(`[data-testimony="${cell.testimonies[0].id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${cell.testimonies[0].id}"]`)
    const scene = page.locator('canvas[data-role="scene"]')
    expect(await drawsOver(page, 60)).toBeGreaterThan(still)

    // On a device that takes longer than SLIDESHOW_FRAME_MS to draw a frame (here: each frame holds the main thread
    // 300 ms), the pulse is not drawn: the voice keeps the main thread, the marker's colour says it plays.
    await page.evaluate(() => {
      const hold = () => {
        const until = performance.now() + 300
        while (performance.now() < until);
        requestAnimationFrame(hold)
      }
      requestAnimationFrame(hold)
    })
    await expect.poll(async () => Number(await scene.getAttribute('data-frame-ms'))).toBeGreaterThan(250)
    expect(await drawsOver(page, 12)).toBeLessThanOrEqual(1)
    expect(await page.locator('#root').getAttribute('data-playing')).toBe(cell.testimonies[0].id)

    // Turning the view there draws it at half the resolution from then on: a quarter of the pixels, drawn sooner.
    const sharpness = () => scene.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)
    expect(await sharpness()).toBe(1)
    await drag(page, 8)
    await expect.poll(sharpness).toBeCloseTo(0.5, 2)
    // and so it stays when the page around the view changes (a new language names the view anew)
    await page.selectOption('[data-role="language"]', 'uk')
    await page.waitForSelector('#root[data-lang="uk"]')
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    expect(await sharpness()).toBeCloseTo(0.5, 2)
    await context.close()
  })
})
