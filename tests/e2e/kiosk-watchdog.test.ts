import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { baseURL, demoCells, openKiosk, pauseClock, root, settle, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })

/** The kiosk's quiet time and countdown in these tests, in seconds. */
const IDLE = 30
const COUNTDOWN = 10

/**
 * A kiosk with the test's clock installed, a visitor inside the demo's first cell, and the clock stopped: from here
 * it moves only when the test moves it. The page is marked, so a reload shows as the mark gone.
 */
async function visitorInside(): Promise<Page> {
  const [cell] = demoCells()
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true })
  const page = await openKiosk(context, `lang=en&idle=${IDLE}&countdown=${COUNTDOWN}&offline=0`)
  // Under the installed clock Playwright's wait for an element to hold still costs seconds per click.
  await page.locator('[data-start-lang="en"]').tap({ force: true })
  await page.click(`[data-enter-cell="${cell.id}"]`, { force: true })
  await page.waitForSelector(`#root[data-phase="cell"][data-cell="${cell.id}"]`)
  await page.waitForSelector('canvas[data-role="scene"]')
  await page.evaluate(() => {
    ;(window as unknown as { __samePage: boolean }).__samePage = true
  })
  await pauseClock(page, 200)
  return page
}

const samePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage === true)

/**
 * Moves the clock on by `ms` in steps of five seconds (the watchdog's check), letting the page act after each, the
 * way a kiosk's time passes. The frame loop runs once per step, as a slow machine's would.
 */
async function passTime(page: Page, ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 5_000) {
    await page.clock.fastForward(5_000)
    await settle(page)
  }
}

/**
 * The visitor who entered the cell `elapsed` ms ago is left alone until the kiosk's quiet time and countdown have
 * run: only then does the kiosk return to its attract screen and, there, reload itself.
 */
async function reloadsWhenQuiet(page: Page, elapsed: number): Promise<void> {
  await passTime(page, (IDLE + COUNTDOWN) * 1000 - 5_000 - elapsed)
  // Not while someone may still be there: the countdown is still running.
  expect(await samePage(page)).toBe(true)
  await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
  await page.clock.fastForward(10_000)
  await page.clock.resume()
  await page.waitForFunction(() => (window as unknown as { __samePage?: boolean }).__samePage !== true)
  await page.waitForSelector('#root[data-phase="attract"][data-cell=""]')
}

describe('an unattended kiosk', () => {
  it('starts over on its attract screen after an error nothing handled', async () => {
    const [cell] = demoCells()
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await openKiosk(context, 'lang=en&idle=600&offline=0', { clock: false })
    await page.locator('[data-start-lang="en"]').tap()
    await page.click(`[data-enter-cell="${cell.id}"]`)
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${cell.id}"]`)

    // A fault in the page's code that nothing catches, as a broken content or a browser bug would cause.
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('an unhandled fault')
      }, 0)
    })
    await page.waitForSelector('#root[data-phase="attract"][data-cell=""]')
    await context.close()
  })

  it('asks its heartbeat path on this site at the set interval, saying where it is', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await context.newPage()
    const beat = page.waitForRequest((r) => new URL(r.url()).pathname === '/kiosk-alive')
    await page.goto(`${baseURL()}?mode=kiosk&lang=en&offline=0&heartbeat=/kiosk-alive&heartbeatEvery=5`)
    const request = await beat
    expect(new URL(request.url()).origin).toBe(new URL(baseURL()).origin)
    expect(new URL(request.url()).searchParams.get('phase')).toBe('attract')
    await context.close()
  })

  it('reloads on its attract screen, once the visitor has gone, after its 3D view stopped drawing', async () => {
    const page = await visitorInside()
    // The frame loop stops (a driver or browser fault): the page asks for frames and none ever comes.
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0
    })
    // The watchdog sees no new frame over three checks (15 s), then waits for a quiet moment.
    await passTime(page, 25_000)
    await reloadsWhenQuiet(page, 25_000)
    await page.context().close()
  })

  it('says so, and reloads on its attract screen once the visitor has gone, after WebGL is lost for good', async () => {
    const page = await visitorInside()
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')!
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
      gl?.getExtension('WEBGL_lose_context')?.loseContext()
    })
    // The visitor is told over the view; the browser never gives the context back.
    await passTime(page, 10_000)
    await page.locator('[data-role="context-lost"]').waitFor()
    await passTime(page, 5_000)
    await reloadsWhenQuiet(page, 15_000)
    await page.context().close()
  })
})
