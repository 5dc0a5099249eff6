import { describe, expect, it } from 'vitest'
import { baseURL, demoCells, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })

describe('an unattended kiosk', () => {
  it('starts over on its attract screen after an error nothing handled', async () => {
    const [cell] = demoCells()
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true })
    await context.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.resolve()
    })
    const page = await context.newPage()
    await page.goto(`${baseURL()}?mode=kiosk&lang=en&idle=600&offline=0`)
    await page.waitForSelector('#root[data-phase="attract"]')
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
})
