import type { Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { begin, demoCells, enterCell, newContext, useBrowser } from './harness'

// The order of the connection on a slow phone (docs/performance.md: The first voice on a slow connection), seen in the requests the
// page makes: the test holds the answers back, as a thin connection would, and lets them go when it chooses.
const browser = useBrowser({ autoplay: true })
const cell = demoCells()[0]
const [first, second] = cell.testimonies

/** Holds back the answers to the requests it handles until `release()`. */
function holdBack() {
  const held: Route[] = []
  let open = false
  return {
    handle: (route: Route) => (open ? route.continue() : void held.push(route)),
    release: async () => {
      open = true
      // a request the page gave up meanwhile (a recording opened ahead, then tapped away from) has nothing to answer
      for (const route of held.splice(0)) await route.continue().catch(() => undefined)
    },
  }
}

const after = (urls: string[], from: number, pattern: RegExp) => urls.slice(from).filter((u) => pattern.test(u))
const TEXTURES = /\.ktx2$|basis_transcoder/
const ROOM_TONE = /\/audio\/ambient-/

describe('the first voice on a slow connection', () => {
  it("comes before the room's textures and room tone: opened when the cell is entered, and waited for by them", async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const urls: string[] = []
    page.on('request', (r) => urls.push(new URL(r.url()).pathname))
    const model = holdBack()
    const recordings = holdBack()
    await page.route(/\.glb$/, model.handle)
    await page.route(/\/audio\/(?!ambient-).*\.(webm|m4a)$/, recordings.handle)
    await begin(page, 'en')
    const entered = urls.length
    await enterCell(page, cell.id)

    // Entering the cell asks for the beginning of the recording most likely tapped first, before any texture.
    await expect.poll(() => after(urls, entered, /\/audio\//)[0]).toBe(`/${first.audio.opus}`)

    // A voice tapped from the list before the room is in: while it waits for its data, the room comes (its model is
    // let through), and its textures, their transcoder and the room tone wait.
    await page.click('.testimony-list summary')
    await page.click(`[data-testimony-item="${second.id}"]`)
    await page.waitForSelector(`#root[data-audio="loading"]`)
    await model.release()
    await page.waitForSelector('.cell-view[data-room="shown"]')
    await page.locator('[data-role="player-wait"]').waitFor()
    // Frames go by with the room on screen and the voice still waiting: nothing that can wait is asked for.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let frames = 30
          const tick = () => (--frames ? requestAnimationFrame(tick) : resolve())
          requestAnimationFrame(tick)
        }),
    )
    expect(after(urls, entered, TEXTURES)).toEqual([])
    expect(after(urls, entered, ROOM_TONE)).toEqual([])

    // The voice's data comes: it speaks, and then the textures and the room tone come in.
    const spoke = urls.length
    await recordings.release()
    await page.waitForSelector(`#root[data-playing="${second.id}"][data-audio="playing"]`)
    await page.waitForSelector('canvas[data-role="scene"][data-room-textures="in"]')
    expect(after(urls, spoke, TEXTURES).length).toBeGreaterThan(0)
    await expect.poll(() => after(urls, spoke, ROOM_TONE).length).toBeGreaterThan(0)
    await context.close()
  })
})
