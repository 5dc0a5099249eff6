import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../src/i18n/languages'
import { HUD_BUTTONS, VR_LANGUAGES, hudPoint } from '../../src/xr/vr-layout'
import { endSession, select, xrFrames, type V3 } from './controller'
import {
  baseURL,
  cspViolations,
  cueTexts,
  demoCells,
  foreignRequests,
  installEmulatedHeadset,
  newContext,
  pauseClock,
  readJson,
  recordRequests,
  root,
  settle,
  useBrowser,
  watchCsp,
  type CellFile,
} from './harness'
import { readQrCodes } from './qr'

// A trigger pull and the guided order must be allowed to start speech; the one tap still begins everything.
const browser = useBrowser({ autoplay: true })
const manifest = readJson<{ actions: { petition: { url: string } } }>('content/manifest.json')
const cells = demoCells()

type Device = {
  position: { x: number; y: number; z: number }
  fovy: number
  activeSession?: XRSession
  updateVisibilityState(state: XRVisibilityState): void
}

/** A Quest 3 at an exhibition, opened at the headset's address; `clock`: with the test's clock installed. */
async function openHeadset(query: string, { clock = false } = {}) {
  const context = await newContext(browser(), { viewport: { width: 1024, height: 760 } })
  const requests = recordRequests(context)
  await watchCsp(context)
  await installEmulatedHeadset(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  if (clock) await page.clock.install()
  // The offline cache has tests of its own; installing it here would only compete with the headset for the CPU.
  await page.goto(`${baseURL()}?mode=exhibition&offline=0&${query}`)
  return { page, requests, errors }
}

/** Nothing left the site, nothing broke the Content-Security-Policy, no script failed. */
async function expectClean(page: Page, requests: string[], errors: string[]) {
  expect(errors).toEqual([])
  expect(await cspViolations(page)).toEqual([])
  expect(foreignRequests(requests)).toEqual([])
}

/** The one action a visitor takes: a single tap on Start in VR. */
async function startInVR(page: Page, cellId: string) {
  await page.locator('[data-role="start-vr"]').click()
  await page.waitForSelector(`#root[data-xr-mode="immersive-vr"][data-phase="cell"][data-cell="${cellId}"]`)
  await xrFrames(page, 3)
}

const setVisibility = (page: Page, state: XRVisibilityState) =>
  page.evaluate((s) => (window as unknown as { __xrDevice: Device }).__xrDevice.updateVisibilityState(s), state)

/**
 * Takes the headset off ("hidden") or puts it back on ("visible") under a paused clock. IWER applies a visibility
 * change on the session's next frame, so the clock runs a few frames' worth (a tenth of a second) for it.
 */
async function turnHeadset(page: Page, state: XRVisibilityState) {
  await setVisibility(page, state)
  await page.clock.runFor(100)
  await expect(
    page.evaluate(() => (window as unknown as { __xrDevice: Device }).__xrDevice.activeSession?.visibilityState),
  ).resolves.toBe(state)
}

/**
 * The next visitor puts the headset on. IWER applies visibility changes only on a session's frames, so without a
 * session it would carry "hidden" into the next one; a real headset starts each session visible.
 */
const putOn = (page: Page) =>
  page.evaluate(() => {
    const device = (window as unknown as { __xrDevice: Record<symbol, unknown> }).__xrDevice
    const key = Object.getOwnPropertySymbols(device).find((s) => s.description === '@iwer/xr-device')
    const state = key && (device[key] as { visibilityState: string; pendingVisibilityState: string | null })
    if (!state) throw new Error('the emulated headset has changed: no device state to put it on')
    state.visibilityState = 'visible'
    state.pendingVisibilityState = null
  })

const audioState = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
    return el ? { paused: el.paused, src: el.getAttribute('src') } : null
  })

/** A spot on the HUD panels, where src/xr/vr-layout.ts places them in front of the emulated head. */
async function onPanels(page: Page, x: number, y: number): Promise<V3> {
  const head = await page.evaluate(() => {
    const p = (window as unknown as { __xrDevice: Device }).__xrDevice.position
    return [p.x, p.y, p.z] as V3
  })
  return hudPoint(head, x, y)
}

const HAND: V3 = [0.15, 1.25, -0.25]

async function chooseLanguageInVR(page: Page, lang: Language) {
  const target = await onPanels(page, VR_LANGUAGES.columns[lang], VR_LANGUAGES.y)
  await select(page, HAND, target, `#root[data-lang="${lang}"]`)
}

/** Selects a testimony's marker (the XR origin stands at the cell's start, yaw 0 in the demo cells). */
async function playInVR(page: Page, cell: CellFile, index: number) {
  const [sx, , sz] = cell.start.position
  const p = cell.testimonies[index].position
  await select(page, [0.2, 1.3, -0.3], [p[0] - sx, p[1], p[2] - sz], '#root:not([data-audio="idle"])')
  await page.waitForSelector(`#root[data-playing="${cell.testimonies[index].id}"]`)
}

/** The headset's panels whose text did not fit them, as the scene's canvas names them (none: undefined). */
const textCut = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrTextCut)

describe('exhibition headset (emulated Meta Quest 3)', () => {
  it('one tap into VR, Ukrainian chosen in VR, a testimony and Take action; taking the headset off resets it', async () => {
    const { page, requests, errors } = await openHeadset('hidden=0.5')
    const [cell] = cells
    await expect(root(page).getAttribute('data-lang')).resolves.toBe('en')
    await startInVR(page, cell.id)

    await chooseLanguageInVR(page, 'uk')
    // A testimony, selected with the controller, speaks with Ukrainian captions.
    await playInVR(page, cell, 0)
    const ukCues = cueTexts(cell.testimonies[0].captions.uk)
    await page.waitForFunction(
      (cues) => cues.includes(document.querySelector('[data-role="captions"] .caption-line')?.textContent ?? ''),
      ukCues,
    )

    // Take action: the petition as a QR code in the headset's view (a narrow view, as a phone camera would see it).
    await select(page, HAND, await onPanels(page, HUD_BUTTONS.actions, 0), '[data-role="action-panel"]')
    await page.evaluate(() => {
      ;(window as unknown as { __xrDevice: Device }).__xrDevice.fovy = 0.9
    })
    await expect.poll(async () => readQrCodes(await page.screenshot(), 4)).toContain(manifest.actions.petition.url)
    // Every panel's Ukrainian text is whole on it: a long label or line is drawn smaller, never cut off.
    await expect(textCut(page)).resolves.toBeUndefined()

    // The visitor takes the headset off: hidden beyond the half-second grace time.
    await setVisibility(page, 'hidden')
    await page.waitForSelector('#root[data-phase="landing"][data-xr-mode="none"][data-playing=""]')
    await expect(root(page).getAttribute('data-lang')).resolves.toBe('en')
    await expect(root(page).getAttribute('data-cell')).resolves.toBe('')
    expect(await audioState(page)).toEqual({ paused: true, src: null })
    await expect(page.locator('[data-role="start-vr"]').textContent()).resolves.toBe('Start in VR')

    // The next visitor puts it on and starts: English, silence, and no Take action panel left open.
    await putOn(page)
    await startInVR(page, cell.id)
    await xrFrames(page, 3)
    await expect(root(page).getAttribute('data-lang')).resolves.toBe('en')
    await expect(root(page).getAttribute('data-playing')).resolves.toBe('')
    await expect(page.locator('[data-role="action-panel"]').count()).resolves.toBe(0)
    expect(readQrCodes(await page.screenshot(), 4)).toEqual([])
    await expectClean(page, requests, errors)
  })

  it('keeps everything when the headset is off for less than the grace time, and starts over when off longer', async () => {
    const { page, requests, errors } = await openHeadset('hidden=4', { clock: true })
    const [cell] = cells
    await startInVR(page, cell.id)
    await chooseLanguageInVR(page, 'de')
    await playInVR(page, cell, 0)
    await expect(textCut(page)).resolves.toBeUndefined()

    // From here the clock moves only when the test moves it: a busy machine's real seconds are not time off. (The
    // seconds it jumps to pause are worn ones, which nothing counts.) Media time does not follow these jumps, so the
    // voice briefly reads as stalled; the jumps stay well short of the time after which a stall is given up.
    await pauseClock(page, 3_000)
    // Lifted for a moment: hidden for a second, then worn again.
    await turnHeadset(page, 'hidden')
    await page.clock.fastForward(1_000)
    await turnHeadset(page, 'visible')
    // Past the grace time since it was hidden: the visitor is still inside, listening, in German.
    await page.clock.fastForward(5_000)
    await page.clock.resume()
    await settle(page)
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
    await expect(root(page).getAttribute('data-xr-mode')).resolves.toBe('immersive-vr')
    await expect(root(page).getAttribute('data-lang')).resolves.toBe('de')
    // The voice goes on; on a machine slow enough that its seconds have run out meanwhile, it ended by itself (a
    // reset would have stopped it and left the cell).
    const voice = await page.evaluate(() => {
      const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
      const playing = document.getElementById('root')?.dataset.playing
      return el && { playing, paused: el.paused, ended: el.ended }
    })
    if (voice?.ended) expect(voice).toMatchObject({ playing: '', paused: true })
    else expect(voice).toEqual({ playing: cell.testimonies[0].id, paused: false, ended: false })

    // Taken off for longer than the grace time: the next visitor starts afresh.
    await turnHeadset(page, 'hidden')
    await page.clock.fastForward(4_000)
    await page.waitForSelector('#root[data-phase="landing"][data-xr-mode="none"][data-playing=""]')
    await expectClean(page, requests, errors)
  })

  it('guided: the configured cell opens with its first testimony, and the next follows when one ends', async () => {
    const cell = cells[1]
    const { page, requests, errors } = await openHeadset(`guided&cell=${cell.id}`)
    await startInVR(page, cell.id)
    const [first, second] = cell.testimonies
    await page.waitForSelector(`#root[data-playing="${first.id}"]`)

    // Close to the end of the first recording: it ends, and after a short pause the second speaks.
    await page.waitForFunction(
      () => (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.duration ?? 0) > 1,
    )
    await page.evaluate(() => {
      const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')!
      el.currentTime = el.duration - 0.3
    })
    await page.waitForSelector('#root[data-audio="ended"]')
    await page.waitForSelector(`#root[data-playing="${second.id}"]`)
    await page.waitForFunction(
      () => (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0) > 0.3,
    )
    await expectClean(page, requests, errors)
  })

  it('an unknown cell is named on the landing and the first opens; a session ended by the browser resets', async () => {
    const { page, requests, errors } = await openHeadset('cell=attic&lang=pl')
    const [cell] = cells
    const notice = page.locator('[data-role="unknown-cell"]')
    await notice.waitFor()
    await expect(notice.textContent()).resolves.toContain('„attic”')
    await startInVR(page, cell.id)
    await chooseLanguageInVR(page, 'en')
    await playInVR(page, cell, 0)

    // The browser ends the session (the headset's own exit, or off for long): the next visitor starts afresh.
    await endSession(page)
    await page.waitForSelector('#root[data-phase="landing"][data-xr-mode="none"][data-playing=""]')
    await expect(root(page).getAttribute('data-lang')).resolves.toBe('pl')
    expect(await audioState(page)).toEqual({ paused: true, src: null })
    await page.locator('[data-role="start-vr"]').waitFor()
    await expectClean(page, requests, errors)
  })
})
