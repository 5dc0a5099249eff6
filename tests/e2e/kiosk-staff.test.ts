import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { STAFF_CORNER_PX, STAFF_HOLD_MS } from '../../src/kiosk/staff-gesture'
import { demoCells, newContext, openKiosk, pauseClock, settle, useBrowser } from './harness'

const browser = useBrowser()
const CODE = '2468'
const hash = createHash('sha256').update(CODE).digest('hex')
const IDLE = 30
const COUNTDOWN = 5
const query = `lang=en&offline=0&idle=${IDLE}&countdown=${COUNTDOWN}&staff=${hash}`

const staffView = (page: Page) => page.locator('[data-role="staff-view"]')

/** Under the installed clock Playwright's wait for an element to hold still costs seconds per click. */
const FINGER = { force: true }

/**
 * The kiosk with its clock stopped: time moves only when the test moves it (the attract scene is not drawn over and
 * over for the seconds a finger is held).
 */
async function stoppedKiosk(q: string, options = {}): Promise<Page> {
  const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, ...options })
  const page = await openKiosk(context, q)
  await page.locator('[data-start-lang]').first().waitFor()
  await pauseClock(page, 1000)
  return page
}

/** Back on the attract screen the way a kiosk gets there: nobody touches it until "Still there?" runs out. */
async function untilAttract(page: Page) {
  await page.clock.fastForward(IDLE * 1000)
  await settle(page)
  await page.clock.fastForward(COUNTDOWN * 1000 + 500)
  await page.waitForSelector('#root[data-phase="attract"]')
}

/** A finger down at (x, y), held `ms` by the page's clock, moved to `to` halfway if given, and lifted. */
async function press(page: Page, x: number, y: number, ms: number, to?: [number, number]) {
  await page.mouse.move(x, y)
  await page.mouse.down()
  if (to) {
    await page.clock.fastForward(ms / 2)
    await page.mouse.move(...to)
    await page.clock.fastForward(ms / 2)
  } else await page.clock.fastForward(ms)
  await settle(page)
  await page.mouse.up()
  await settle(page)
}

describe('the kiosk staff view', () => {
  it('is never reached by visitors: taps in the corner, a long press elsewhere, a slide, random taps', async () => {
    const page = await stoppedKiosk(query)
    const corner = STAFF_CORNER_PX / 2
    // A tap in the corner is a tap like any other.
    await press(page, corner, corner, 300)
    await expect(staffView(page).count()).resolves.toBe(0)
    await untilAttract(page)
    // Held as long as staff hold it, but in the middle of the screen.
    await press(page, 640, 300, STAFF_HOLD_MS * 2)
    await expect(staffView(page).count()).resolves.toBe(0)
    await untilAttract(page)
    // Held long, in the corner at first, then slid out of it.
    await press(page, corner, corner, STAFF_HOLD_MS * 2, [300, 300])
    await expect(staffView(page).count()).resolves.toBe(0)
    await untilAttract(page)
    // Taps anywhere, on whatever is shown.
    let seed = 7
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) as number
    for (let i = 0; i < 25; i++) {
      await press(page, Math.floor(next() * 1280), Math.floor(next() * 800), 100 + Math.floor(next() * 900))
      await expect(staffView(page).count()).resolves.toBe(0)
    }
  })

  it('opens with the gesture and the code, shows the day’s counts, restarts and cache, saves CSV, and leaves to attract', async () => {
    const page = await stoppedKiosk(query, { acceptDownloads: true })
    // A visitor: begins, enters a cell; the kiosk starts over after them.
    await page.click('[data-start-lang="en"]', FINGER)
    await page.waitForSelector('#root[data-phase="cells"]')
    const cell = demoCells()[0]!.id
    await page.click(`[data-enter-cell="${cell}"]`, FINGER)
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${cell}"]`)
    await untilAttract(page)
    // An error nothing handled: the watchdog starts the kiosk over, and keeps why.
    await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { message: 'staff test fault' })))
    await settle(page)

    // Without the code, the gesture shows only the code form; a wrong code opens nothing.
    await page.mouse.move(STAFF_CORNER_PX / 2, STAFF_CORNER_PX / 2)
    await page.mouse.down()
    await page.clock.fastForward(STAFF_HOLD_MS + 100)
    await page.mouse.up()
    await staffView(page).waitFor()
    await expect(page.locator('#root').getAttribute('data-phase')).resolves.toBe('attract')
    await expect(staffView(page).getAttribute('data-open')).resolves.toBe('false')
    await page.fill('[data-role="staff-code"]', '1357')
    await page.press('[data-role="staff-code"]', 'Enter')
    await page.locator('[data-role="staff-wrong"]').waitFor()
    await expect(staffView(page).getAttribute('data-open')).resolves.toBe('false')
    await expect(page.locator('[data-role="staff-today"]').count()).resolves.toBe(0)

    await page.fill('[data-role="staff-code"]', CODE)
    await page.press('[data-role="staff-code"]', 'Enter')
    await page.waitForSelector('[data-role="staff-view"][data-open="true"]')
    const today = (event: string) => page.locator(`[data-role="staff-today"] [data-event="${event}"] dd`).textContent()
    await expect(today('begin')).resolves.toBe('1')
    await expect(today('cell')).resolves.toBe('1')
    await expect(page.locator('[data-role="staff-restarts"]').textContent()).resolves.toContain('staff test fault')
    // This kiosk runs without its offline cache (offline=0): the view says the cache is not there.
    await expect
      .poll(() => page.locator('[data-role="staff-offline"] p').textContent())
      .toContain('no offline cache installed')

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-role="staff-save"]')])
    expect(download.suggestedFilename()).toMatch(/^prisonersvoice-counts-\d{4}-\d\d-\d\d\.csv$/)
    const csv = readFileSync(await download.path(), 'utf8').split('\n')
    expect(csv[0]).toBe('day,event,cell,testimony,lang,mode,heard,count')
    expect(csv.some((l) => /^\d{4}-\d\d-\d\d,begin,,,en,kiosk,,1$/.test(l))).toBe(true)

    await page.click('[data-role="staff-leave"]', FINGER)
    await page.locator('[data-role="attract"]').waitFor()
    await expect(staffView(page).count()).resolves.toBe(0)
    // The kiosk is still locked down: no context menu.
    const prevented = await page.evaluate(() => {
      const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
      document.body.dispatchEvent(e)
      return e.defaultPrevented && document.documentElement.classList.contains('kiosk')
    })
    expect(prevented).toBe(true)
  })

  it('does not exist where the deployment set no staff code', async () => {
    const page = await stoppedKiosk('lang=en&offline=0')
    await page.mouse.move(STAFF_CORNER_PX / 2, STAFF_CORNER_PX / 2)
    await page.mouse.down()
    await page.clock.fastForward(STAFF_HOLD_MS * 2)
    await page.mouse.up()
    await settle(page)
    await expect(staffView(page).count()).resolves.toBe(0)
  })
})
