import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { begin, demoCells, enterCell, newPage, useBrowser } from './harness'

// No autoplay flag: each tap is the gesture that lets its voice start.
const browser = useBrowser()

/** Counts the media sources routed into the page's audio graph (the app makes one for speech, once). */
const COUNT_SOURCES = `(() => {
  const create = AudioContext.prototype.createMediaElementSource
  window.__mediaSources = 0
  AudioContext.prototype.createMediaElementSource = function (element) {
    window.__mediaSources++
    return create.call(this, element)
  }
})()`

const speech = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!
    return { time: el.currentTime, src: el.currentSrc, ready: el.readyState, paused: el.paused }
  })

/** Taps a marker and waits until the visitor hears it: "playing" shown, and the recording's time moving on. */
async function tapAndHear(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testimony="${id}"]`).click()
  await page.waitForSelector(`#root[data-playing="${id}"][data-audio="playing"]`)
  const start = await speech(page)
  expect(start.src).toContain(`/audio/${id}.`)
  await page.waitForFunction(
    (t0) => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!.currentTime > t0 + 0.5,
    start.time,
  )
}

describe('a voice after a voice', () => {
  it('speaks again on the second and third tap after Stop, with one media element and one voice', async () => {
    const page = await newPage(browser(), { viewport: { width: 1280, height: 800 } })
    await page.addInitScript(COUNT_SOURCES)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await begin(page)
    const cell = demoCells()[0]
    const [first, second] = cell.testimonies
    await enterCell(page, cell.id)

    await tapAndHear(page, first.id)
    await page.click('[data-role="stop"]')
    await page.waitForSelector('#root[data-playing=""][data-audio="idle"]')
    // Silent, yet still open: the next tap does not wait for the recording to be opened again.
    const stopped = await speech(page)
    expect(stopped.paused).toBe(true)
    expect(stopped.src).toContain(`/audio/${first.id}.`)
    expect(stopped.ready).toBeGreaterThanOrEqual(2) // HAVE_CURRENT_DATA

    await tapAndHear(page, second.id)
    await page.click('[data-role="stop"]')
    await page.waitForSelector('#root[data-audio="idle"]')

    // The first one again, from its beginning.
    await page.locator(`[data-testimony="${first.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${first.id}"][data-audio="playing"]`)
    expect((await speech(page)).time).toBeLessThan(5)
    await page.waitForFunction(
      () => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!.currentTime > 0.5,
    )

    // One voice: one media element in the page, routed once into the audio graph, and nothing else playing.
    expect(await page.locator('audio[data-role="testimony-audio"]').count()).toBe(1)
    expect(await page.evaluate(() => (window as unknown as { __mediaSources: number }).__mediaSources)).toBe(1)
    expect(
      await page.evaluate(
        () => [...document.querySelectorAll('audio, video')].filter((m) => !(m as HTMLMediaElement).paused).length,
      ),
    ).toBe(1)
    expect(errors).toEqual([])
  })

  for (const from of ['marker', 'list'] as const)
    it(`chosen again from its ${from} while it speaks, once, twice or fifty times, it speaks on and says so`, async () => {
      const page = await newPage(browser(), { viewport: { width: 1280, height: 800 } })
      await begin(page)
      const cell = demoCells()[0]
      await enterCell(page, cell.id)
      await page.waitForSelector('.cell-view[data-room="shown"]')
      // The longest voice whose marker is in view from the start (20 s of it must remain after the taps).
      const inView = await page.$$eval('[data-testimony]', (els) =>
        els
          .filter((el) => getComputedStyle(el).visibility === 'visible')
          .map((el) => el.getAttribute('data-testimony')),
      )
      const voice = cell.testimonies.filter((t) => inView.includes(t.id)).sort((a, b) => b.duration - a.duration)[0]
      await tapAndHear(page, voice.id)
      if (from === 'list') await page.click('.testimony-list summary')
      const box = await page
        .locator(from === 'marker' ? `[data-testimony="${voice.id}"]` : `[data-testimony-item="${voice.id}"]`)
        .boundingBox()
      if (!box) throw new Error(`the ${from} of ${voice.id} is not on screen`)
      for (const taps of [1, 2, 50]) {
        // Quick taps, as an impatient finger makes them.
        for (let i = 0; i < taps; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
        await expect(page.locator('#root').getAttribute('data-audio')).resolves.toBe('playing')
        expect((await speech(page)).paused).toBe(false)
      }
      // Twenty seconds of the voice later (its own time, as the visitor hears it): still speaking, no error.
      const t0 = (await speech(page)).time
      await page.waitForFunction(
        (t) => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!.currentTime > t + 20,
        t0,
      )
      await expect(page.locator('#root').getAttribute('data-audio')).resolves.toBe('playing')
      await expect(page.locator('[data-role="audio-error"]').count()).resolves.toBe(0)
    })
})
