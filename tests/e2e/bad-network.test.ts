import { statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { GIVE_UP_MS } from '../../src/audio/testimony-player'
import en from '../../src/i18n/locales/en'
import { STALLED_SPEECH_MS } from '../../src/kiosk/speech-hold'
import { xrFrames } from './controller'
import { startFaultServer, type FaultServer } from './fault-server'
import {
  bounded,
  cspViolations,
  demoCells,
  foreignRequests,
  installEmulatedHeadset,
  newContext,
  openKiosk,
  pauseClock,
  recordRequests,
  root,
  settle,
  useBrowser,
  watchCsp,
} from './harness'

// The recordings start at a tap; these tests are about what happens to them on the way.
const browser = useBrowser({ autoplay: true })
const [cell] = demoCells()
const [window_, bunk, door] = cell.testimonies
/** Where the site asks for a testimony's recording (Chromium plays the Opus file). */
const recording = (t: { audio: { opus: string } }) => `/${t.audio.opus}`
/** The AAC file, which a browser without Opus (Safari, or Chromium told so by `preferAac`) plays. */
const aacRecording = (t: { audio: { aac: string } }) => `/${t.audio.aac}`

/**
 * Makes the page's browser say it cannot play Opus, as Safari does, so it plays the AAC files. Their index comes
 * first (`moov` before the sound), so a recording starts while it still arrives and can stall mid-sentence, the same
 * way an iPhone meets a bad network.
 */
async function preferAac(context: BrowserContext) {
  await context.addInitScript(() => {
    const canPlayType = HTMLMediaElement.prototype.canPlayType
    HTMLMediaElement.prototype.canPlayType = function (this: HTMLMediaElement, type: string) {
      return type.includes('opus') ? '' : canPlayType.call(this, type)
    }
  })
}

let server: FaultServer
beforeAll(async () => {
  server = await startFaultServer()
})
beforeEach(() => server.fix())
afterAll(async () => {
  await server?.close()
})

const audio = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
    return {
      time: el?.currentTime ?? 0,
      paused: el?.paused ?? true,
      state: document.getElementById('root')?.dataset.audio ?? '',
    }
  })

/** Resolves once the voice has moved on by `seconds` of media time from where it is now (a person hears it speak). */
async function heardFor(page: Page, seconds: number): Promise<void> {
  const from = (await audio(page)).time
  await page.waitForFunction(
    (to) => (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0) >= to,
    from + seconds,
  )
}

/**
 * Resolves once the voice has stood still for `frames` animation frames in a row (the server stopped sending and
 * what had arrived is spent): what a listener hears as silence.
 */
async function stoodStill(page: Page, frames = 20): Promise<void> {
  await bounded(
    'the voice standing still',
    page.evaluate(
      (needed) =>
        new Promise<void>((resolve) => {
          let last = -1
          let still = 0
          const tick = () => {
            const t = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0
            still = t > 0 && t === last ? still + 1 : 0
            last = t
            if (still >= needed) resolve()
            else requestAnimationFrame(tick)
          }
          requestAnimationFrame(tick)
        }),
      frames,
    ),
  )
}

/** A visitor's page on the fault server, in the demo's first cell; `clock`: with the test's clock installed. */
async function openCell(query = '', { clock = false, aac = false } = {}) {
  const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
  if (aac) await preferAac(context)
  const requests = recordRequests(context)
  await watchCsp(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  if (clock) await page.clock.install()
  await page.goto(`${server.url}?lang=en${query}`)
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-role="begin"]')?.disabled)
  await page.click('[data-role="begin"]')
  await page.click(`[data-enter-cell="${cell.id}"]`)
  await page.waitForSelector(`#root[data-phase="cell"][data-cell="${cell.id}"]`)
  await page.locator(`[data-testimony="${bunk.id}"]`).waitFor()
  return { context, page, requests, errors }
}

/** Nothing left the site, nothing broke the Content-Security-Policy, no script failed. */
async function expectClean(page: Page, requests: string[], errors: string[]) {
  expect(errors).toEqual([])
  expect(await cspViolations(page)).toEqual([])
  expect(foreignRequests(requests, server.url)).toEqual([])
}

// Under the installed clock Playwright's wait for an element to hold still costs seconds per click; a finger does
// not wait for it either.
const FINGER = { force: true }

describe('a recording on a bad network', () => {
  it('stalls: buffering within a second, an error with Try again after the give-up time, and Try again plays', async () => {
    // About five seconds of speech arrive, then nothing more.
    server.fault(aacRecording(bunk), { stallAfter: 60_000 })
    const { page, requests, errors } = await openCell('', { clock: true, aac: true })
    await page.locator(`[data-testimony="${bunk.id}"]`).click(FINGER)
    await page.waitForSelector(`#root[data-playing="${bunk.id}"][data-audio="playing"]`)
    await stoodStill(page)

    // From the moment the voice fell silent the clock moves only when the test moves it.
    await pauseClock(page, 200)
    await page.clock.fastForward(1_000)
    await settle(page)
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('loading')

    // Not given up a moment early…
    await page.clock.fastForward(GIVE_UP_MS - 2_000)
    await settle(page)
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('loading')
    // …then said, with a way to try again.
    await page.clock.fastForward(1_500)
    await page.waitForSelector('#root[data-audio="error"]')
    await expect(page.locator('[data-role="audio-error"]').textContent()).resolves.toContain(bunk.audio.aac)
    const retry = page.locator('[data-role="resume"]')
    await expect(retry.textContent()).resolves.toBe('Try again')

    // The network comes back: Try again asks the server afresh and the voice speaks.
    server.fix()
    const asked = server.requested.filter((p) => p === aacRecording(bunk)).length
    await page.clock.resume()
    await retry.click(FINGER)
    await page.waitForSelector('#root[data-audio="playing"]')
    await heardFor(page, 1)
    expect(server.requested.filter((p) => p === aacRecording(bunk)).length).toBeGreaterThan(asked)
    await expect(page.locator('[data-role="audio-error"]').count()).resolves.toBe(0)
    await expectClean(page, requests, errors)
  })

  it('trickles: shows loading while the voice waits for the network, and plays as it arrives', async () => {
    // Four fifths of the recording's own rate (its bytes over its length): the voice must wait, again and again.
    const bytesPerSecond =
      statSync(fileURLToPath(new URL(`../../public/${bunk.audio.aac}`, import.meta.url))).size / bunk.duration
    server.fault(aacRecording(bunk), { trickle: Math.round(0.8 * bytesPerSecond) })
    const { page, requests, errors } = await openCell('', { aac: true })
    // Every state the page shows, with where the voice was at the time.
    await page.evaluate(() => {
      const w = window as unknown as { __states: [string, number][] }
      w.__states = []
      const el = document.getElementById('root')!
      new MutationObserver(() => {
        const time = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0
        w.__states.push([el.dataset.audio ?? '', time])
      }).observe(el, { attributes: true, attributeFilter: ['data-audio'] })
    })
    await page.locator(`[data-testimony="${bunk.id}"]`).click()
    // Once the voice has started, it runs out of what has arrived, says so, and goes on when more comes.
    await page.waitForFunction(() => {
      const shown = (window as unknown as { __states: [string, number][] }).__states.map(([s]) => s).join(' ')
      return / playing.* loading.* playing/.test(` ${shown}`)
    })
    await heardFor(page, 0.5)
    const states = await page.evaluate(() => (window as unknown as { __states: [string, number][] }).__states)
    const shown = states.map(([s]) => s)
    expect(shown[0]).toBe('loading')
    expect(shown).not.toContain('error')
    await expectClean(page, requests, errors)
  })

  it('waits: the speaker card and the marker say the voice is coming, busy for assistive technology', async () => {
    // Nothing of the recording arrives (the connection stays open).
    server.fault(recording(bunk), { stallAfter: 0 })
    const { page, requests, errors } = await openCell()
    const marker = page.locator(`[data-testimony="${bunk.id}"]`)
    await marker.click()
    await page.waitForSelector(`#root[data-playing=""][data-audio="loading"]`)
    const wait = page.locator('[data-role="player-wait"]')
    await wait.waitFor()
    await expect(wait.textContent()).resolves.toBe(en.waitingVoice)
    await expect(page.locator('[data-role="speaker-card"]').getAttribute('aria-busy')).resolves.toBe('true')
    await expect(marker.getAttribute('aria-busy')).resolves.toBe('true')
    await expect(marker.getAttribute('class')).resolves.toContain('is-waiting')
    // The network comes back and another voice is chosen: it speaks, and nothing says "waiting" any more.
    server.fix()
    await page.locator(`[data-testimony="${window_.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${window_.id}"][data-audio="playing"]`)
    await expect(wait.count()).resolves.toBe(0)
    await expect(page.locator('[data-role="speaker-card"]').getAttribute('aria-busy')).resolves.toBe('false')
    await expect(page.locator('.marker-button.is-waiting').count()).resolves.toBe(0)
    await expectClean(page, requests, errors)
  })

  it('is cut short: a recording that ends well before its stated duration is reported as incomplete', async () => {
    // About six seconds of a 32-second recording, served as if that were the whole file.
    server.fault(recording(bunk), { truncateTo: 30_000 })
    const { page, requests, errors } = await openCell()
    await page.locator(`[data-testimony="${bunk.id}"]`).click()
    await page.waitForSelector('#root[data-audio="playing"]')
    // The visitor listens to its end, at eight times the speed rather than six seconds of real time (a WebM file
    // states its whole duration in its header, so only playing it finds where the data stops).
    await page.evaluate(() => {
      document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!.playbackRate = 8
    })
    await page.waitForSelector('#root[data-audio="error"]')
    const message = await page.locator('[data-role="audio-error"]').textContent()
    expect(message).toContain(bunk.audio.opus)
    expect(message).toContain('incomplete')
    await expectClean(page, requests, errors)
  })

  it('fails (500, 404): each says which recording, and the rest of the cell keeps working', async () => {
    server.fault(recording(bunk), { status: 500 })
    server.fault(recording(window_), { status: 404 })
    const { page, requests, errors } = await openCell()
    for (const broken of [bunk, window_]) {
      await page.locator(`[data-testimony="${broken.id}"]`).click()
      await page.waitForSelector('#root[data-audio="error"]')
      // Said as a recording that cannot be played, at once: not left to the give-up time of a stalled one.
      const message = await page.locator('[data-role="audio-error"]').textContent()
      expect(message).toContain(broken.audio.opus)
      expect(message).toContain('could not be played')
    }
    // The cell's other voice, behind the visitor, is reached from the list and speaks, with its captions.
    await page.locator('.testimony-list summary').click()
    await page.locator(`[data-testimony-item="${door.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${door.id}"][data-audio="playing"]`)
    await heardFor(page, 0.5)
    await page.locator('.caption-line').waitFor()
    await expectClean(page, requests, errors)
  })

  it('many quick taps on one marker: never "loading" while the voice is speaking', async () => {
    const { page, requests, errors } = await openCell()
    /** `count` taps on the marker, `gap` ms apart (all of them within a second). */
    const taps = (count: number, gap: number) =>
      page.evaluate(
        async ({ id, count, gap }) => {
          const marker = document.querySelector<HTMLButtonElement>(`[data-testimony="${id}"]`)!
          for (let i = 0; i < count; i++) {
            marker.click()
            await new Promise((resolve) => setTimeout(resolve, gap))
          }
        },
        { id: window_.id, count, gap },
      )
    /**
     * What the page says once the taps are over agrees with what is heard: paused and silent, or playing while the
     * voice goes on for a second. "Loading" while it speaks, or "playing" while silent, never settles.
     */
    const settlesTruthfully = async () => {
      const from = (await audio(page)).time
      await page.waitForFunction((from) => {
        const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!
        const state = document.getElementById('root')?.dataset.audio
        return el.paused ? state === 'paused' : state === 'playing' && el.currentTime >= from + 1
      }, from)
    }
    // Bursts of 20 and 21 taps in different rhythms, from silence and while it speaks.
    for (const [count, gap] of [
      [21, 40],
      [20, 40],
      [20, 0],
      [21, 10],
      [20, 25],
    ]) {
      await taps(count, gap)
      await settlesTruthfully()
    }
    // And twenty real clicks through the browser's input, as fast as it takes them.
    const box = (await page.locator(`[data-testimony="${window_.id}"]`).boundingBox())!
    for (let i = 0; i < 20; i++) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await settlesTruthfully()
    await expectClean(page, requests, errors)
  })
})

describe('an exhibition and a kiosk on a bad network', () => {
  it('guided order: a broken second recording is named, skipped, and the third follows', async () => {
    server.fault(recording(bunk), { status: 404 })
    const context = await newContext(browser(), { viewport: { width: 1024, height: 760 } })
    const requests = recordRequests(context)
    await watchCsp(context)
    await installEmulatedHeadset(context)
    // Every message about a recording shown while the order runs (each stays only until the next testimony).
    await context.addInitScript(() => {
      const w = window as unknown as { __notes: string[] }
      w.__notes = []
      new MutationObserver(() => {
        const note = document.querySelector('[data-role="audio-error"]')?.textContent
        if (note && w.__notes.at(-1) !== note) w.__notes.push(note)
      }).observe(document, { subtree: true, childList: true, characterData: true })
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${server.url}?mode=exhibition&offline=0&guided&cell=${cell.id}`)
    await page.locator('[data-role="start-vr"]').click()
    await page.waitForSelector(`#root[data-xr-mode="immersive-vr"][data-phase="cell"][data-cell="${cell.id}"]`)
    await xrFrames(page, 3)
    await page.waitForSelector(`#root[data-playing="${window_.id}"]`)
    await page.waitForFunction(
      () => (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.duration ?? 0) > 1,
    )
    await page.evaluate(() => {
      const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!
      el.currentTime = el.duration - 0.3
    })
    // The second cannot be fetched: the visitor is told which, and the order goes on with the third.
    await page.waitForSelector(`#root[data-playing="${door.id}"][data-audio="playing"]`)
    await heardFor(page, 0.5)
    const notes = await page.evaluate(() => (window as unknown as { __notes: string[] }).__notes)
    expect(notes.some((n) => n.includes(bunk.audio.opus))).toBe(true)
    await expectClean(page, requests, errors)
  })

  it("headset: the panel says a voice is coming while its recording's data is awaited", async () => {
    server.fault(recording(window_), { stallAfter: 0 })
    const context = await newContext(browser(), { viewport: { width: 1024, height: 760 } })
    await installEmulatedHeadset(context)
    const page = await context.newPage()
    await page.goto(`${server.url}?mode=exhibition&offline=0&guided&cell=${cell.id}&lang=en`)
    await page.locator('[data-role="start-vr"]').click()
    await page.waitForSelector(`#root[data-xr-mode="immersive-vr"][data-phase="cell"][data-audio="loading"]`)
    await xrFrames(page, 3)
    await page.waitForFunction(
      (w) => document.querySelector<HTMLElement>('canvas[data-role="scene"]')?.dataset.vrText?.includes(w),
      en.waitingVoice,
    )
  })

  it('kiosk: a voice that stalls still lets the kiosk start over after the stall hold, quiet time and countdown', async () => {
    const idle = 30
    const countdown = 10
    server.fault(aacRecording(bunk), { stallAfter: 60_000 })
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    await preferAac(context)
    const page = await openKiosk(context, `lang=en&idle=${idle}&countdown=${countdown}&offline=0`, {
      site: server.url,
    })
    await page.locator('[data-start-lang="en"]').tap(FINGER)
    await page.click(`[data-enter-cell="${cell.id}"]`, FINGER)
    // The marker is placed over its spot by the first frames; touch it once it shows.
    await page.locator(`[data-testimony="${bunk.id}"]`).waitFor()
    await page.locator(`[data-testimony="${bunk.id}"]`).click(FINGER)
    await page.waitForSelector('#root[data-audio="playing"]')
    await stoodStill(page)

    // The visitor walked away; the kiosk waits out the stall hold, its quiet time and the countdown, no more.
    await pauseClock(page, 200)
    const total = STALLED_SPEECH_MS + (idle + countdown) * 1000 + 1000
    for (let t = 0; t < total; t += 5_000) {
      // Nobody is sent away before the quiet time has passed.
      if (t <= idle * 1000) await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
      await page.clock.fastForward(5_000)
      await settle(page)
    }
    await page.waitForSelector('#root[data-phase="attract"][data-playing=""]')
    await context.close()
  })
})
