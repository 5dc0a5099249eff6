import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  baseURL,
  cspViolations,
  demoCells,
  foreignRequests,
  newContext,
  pauseClock,
  readJson,
  recordRequests,
  root,
  settle,
  useBrowser,
  watchCsp,
} from './harness'
import { readQrCodes } from './qr'

// No autoplay flag: the kiosk's first touch is the gesture that must unlock audio.
const browser = useBrowser()
const manifest = readJson<{ actions: { petition: { url: string } } }>('content/manifest.json')
const letters = readJson<{ recipients: { id: string }[]; phrases: { id: string }[] }>('content/letters.json')
const [cell] = demoCells()

/**
 * A kiosk as a deployment would configure it (here: German for each new visitor). The offline cache, tested on its
 * own, stays off: installing it in the background would race with the clock these tests move.
 */
const kioskURL = (idle = 90, countdown = 20) =>
  `${baseURL()}?mode=kiosk&lang=de&idle=${idle}&countdown=${countdown}&offline=0`

async function openKiosk(url: string, { fullscreen = false, clock = false } = {}) {
  const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
  const requests = recordRequests(context)
  await watchCsp(context)
  // Headless Chromium stops drawing frames for seconds after entering fullscreen; only the test about
  // fullscreen lets the page enter it.
  if (!fullscreen)
    await context.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.resolve()
    })
  // Counts AudioContexts: the kiosk must stay silent until someone touches it.
  await context.addInitScript(() => {
    const w = window as unknown as { __audioContexts: number; AudioContext: typeof AudioContext }
    const Original = w.AudioContext
    w.__audioContexts = 0
    w.AudioContext = class extends Original {
      constructor(options?: AudioContextOptions) {
        super(options)
        w.__audioContexts++
      }
    }
  })
  const page = await context.newPage()
  if (clock) await page.clock.install()
  await page.goto(url)
  await page.waitForSelector('#root[data-phase="attract"]')
  return { context, page, requests }
}

/** Links on the page that would leave the site or open a window. */
const waysOut = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href], area[href], form[action]')]
      .filter((a) => !(a instanceof HTMLAnchorElement) || a.origin !== location.origin || a.target === '_blank')
      .map((a) => a.outerHTML.slice(0, 120)),
  )

const audioState = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')
    return el ? { paused: el.paused, src: el.getAttribute('src') } : null
  })

/** Where the testimony's recording stands, s. */
const voiceTime = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? Infinity,
  )

describe('museum kiosk', () => {
  it('waits on an attract screen: the cells in motion, "touch to begin" in four languages, silent', async () => {
    // `stats`: the renderer says what it drew, so the test knows when the room is on screen.
    const { context, page } = await openKiosk(`${kioskURL()}&stats`, { clock: true })
    const buttons = page.locator('[data-start-lang]')
    await expect(buttons.count()).resolves.toBe(4)
    const labels = Object.fromEntries(
      await buttons.evaluateAll((els) => els.map((b) => [b.getAttribute('lang'), b.textContent])),
    )
    expect(labels).toEqual({
      de: 'Zum Starten berühren',
      en: 'Touch to begin',
      uk: 'Торкніться, щоб почати',
      pl: 'Dotknij, aby rozpocząć',
    })
    // The kiosk's own language comes first.
    await expect(buttons.first().getAttribute('lang')).resolves.toBe('de')
    // The demo banner comes with the content: waited for, as a visitor would see it arrive.
    await page.locator('[data-role="demo-banner"]').waitFor()

    // The room is drawn and the camera moves: two frames five seconds apart differ. The clock stands still while
    // each is taken, so the scene is drawn once for it, not over and over while the screenshot waits.
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLCanvasElement>('canvas[data-role="attract-scene"]')
      return Number(el?.dataset.triangles ?? 0) > 1000
    })
    await pauseClock(page, 10_000)
    // Of the page at the canvas's place (an element's screenshot would first wait for it to hold still, and its test
    // for stillness runs on the installed clock), with the buttons' pulse stopped: only the room may move.
    const clip = (await page.locator('canvas[data-role="attract-scene"]').boundingBox())!
    const shot = () => page.screenshot({ clip, animations: 'disabled' })
    const a = await shot()
    await page.clock.fastForward(5_000)
    const b = await shot()
    expect(a.equals(b)).toBe(false)

    // It stays on the attract screen, silent, however long nobody touches it (here: ten minutes, far beyond the
    // quiet time and the countdown): no audio context exists and no recording is opened until someone touches.
    await page.clock.fastForward(10 * 60_000)
    await settle(page)
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('attract')
    await expect(page.locator('[data-role="still-there"]').count()).resolves.toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __audioContexts: number }).__audioContexts)).toBe(0)
    expect(await audioState(page)).toBeNull()

    // A touch on the room behind the title (the largest thing on the screen) begins, in the kiosk's language.
    await page.clock.resume()
    const onRoom = await page.evaluate(() => {
      for (let y = 20; y < window.innerHeight; y += 20)
        for (let x = 20; x < window.innerWidth; x += 20)
          if (document.elementFromPoint(x, y)?.matches('canvas[data-role="attract-scene"]')) return { x, y }
      return null
    })
    expect(onRoom, 'a point of the screen where the room takes the touch').not.toBeNull()
    await page.touchscreen.tap(onRoom!.x, onRoom!.y)
    await page.waitForSelector('#root[data-phase="cells"][data-lang="de"]')
    await context.close()
  })

  it('keeps its language buttons where they are while the content arrives, so a touch starts the language touched', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    // The content's manifest is held back until the attract screen is on show, as on a slow start.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await context.route('**/content/manifest.json', async (route) => {
      await held
      await route.continue()
    })
    const page = await context.newPage()
    await page.goto(kioskURL())
    await page.waitForSelector('#root[data-phase="attract"] [data-start-lang="uk"]')
    const places = () =>
      page.locator('[data-start-lang]').evaluateAll((els) =>
        els.map((b) => {
          const box = b.getBoundingClientRect()
          return `${b.getAttribute('lang')} ${Math.round(box.x)},${Math.round(box.y)}`
        }),
      )
    const before = await places()
    release()
    // The content's demo mark arrives with it…
    await page.locator('[data-role="demo-banner"]').waitFor()
    // …and no button has moved under the finger.
    expect(await places()).toEqual(before)
    await page.locator('[data-start-lang="uk"]').tap()
    await page.waitForSelector('#root[data-phase="cells"][data-lang="uk"]')
    await context.close()
  })

  it('has no way out: QR codes instead of links, no zoom, no selection, no context menu, fullscreen on touch', async () => {
    const { context, page, requests } = await openKiosk(kioskURL(60, 30), { fullscreen: true })
    expect(await waysOut(page)).toEqual([])
    await page.locator('[data-start-lang="en"]').tap()
    await page.waitForSelector('#root[data-phase="cells"][data-lang="en"]')
    await expect(page.evaluate(() => document.fullscreenElement === document.documentElement)).resolves.toBe(true)
    expect(await page.evaluate(() => (window as unknown as { __audioContexts: number }).__audioContexts)).toBe(1)

    // Take action: the petition as a QR code that reads as its URL, and no link anywhere that leaves.
    await page.click('[data-role="take-action"]')
    const petition = page.locator('[data-action-item="petition"] .qr svg')
    await petition.waitFor()
    expect(readQrCodes(await petition.screenshot(), 1)).toEqual([manifest.actions.petition.url])
    expect(await waysOut(page)).toEqual([])
    await page.click(`[data-enter-cell="${cell.id}"]`)
    await page.waitForSelector('#root[data-phase="cell"]')
    await page.click('[data-role="take-action"]')
    await page.locator('[data-action-item="petition"] .qr svg').waitFor()
    expect(await waysOut(page)).toEqual([])
    await page.click('[data-role="write-letter"]')
    await page.locator('[data-recipient]').first().waitFor()
    expect(await waysOut(page)).toEqual([])
    // A shared kiosk offers no copying of one visitor's letter to the clipboard.
    await expect(page.locator('[data-role="copy"]').count()).resolves.toBe(0)

    const blocked = await page.evaluate(() => {
      const fire = (event: Event) => (document.body.dispatchEvent(event), event.defaultPrevented)
      const opts = { bubbles: true, cancelable: true }
      return {
        contextMenu: fire(new MouseEvent('contextmenu', opts)),
        ctrlWheel: fire(new WheelEvent('wheel', { ...opts, ctrlKey: true, deltaY: -100 })),
        ctrlPlus: fire(new KeyboardEvent('keydown', { ...opts, ctrlKey: true, key: '+' })),
        selectStart: fire(new Event('selectstart', opts)),
        newWindow: window.open('https://example.org/') === null,
        userSelect: getComputedStyle(document.querySelector('h1')!).userSelect,
        touchAction: getComputedStyle(document.documentElement).touchAction,
      }
    })
    expect(blocked).toEqual({
      contextMenu: true,
      ctrlWheel: true,
      ctrlPlus: true,
      selectStart: true,
      newWindow: true,
      userSelect: 'none',
      touchAction: 'pan-x pan-y',
    })
    // Typing into the letter's fields still works.
    await page.fill('[data-role="writer-name"]', 'Olena')
    await expect(page.inputValue('[data-role="writer-name"]')).resolves.toBe('Olena')

    expect(context.pages()).toHaveLength(1)
    expect(foreignRequests(requests)).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })

  it('asks "Still there?", counts down, then starts over for the next visitor; never while a testimony plays', async () => {
    // A deployment's real times; the test jumps the clock over the quiet periods instead of waiting them out.
    const { context, page } = await openKiosk(kioskURL(60, 20), { clock: true })
    // Under the installed clock Playwright's wait for an element to hold still costs seconds per click; a finger
    // does not wait for it either.
    const FINGER = { force: true }
    await page.locator('[data-start-lang="uk"]').tap(FINGER)
    await page.waitForSelector('#root[data-phase="cells"][data-lang="uk"]')

    // A visitor writes part of a letter…
    await page.click('[data-role="take-action"]', FINGER)
    // …once the panel shows its links' QR codes (their frames come with the panel, so Write a letter does not move
    // as they are drawn: actions.test.ts).
    await expect
      .poll(() => page.locator('[data-role="action-panel"] figure.qr').count())
      .toBe(Object.keys(manifest.actions).length)
    await page.click('[data-role="write-letter"]', FINGER)
    await page.waitForSelector('#root[data-phase="letter"]')
    await page.locator('[data-recipient]').first().waitFor()
    await page.selectOption('[data-role="recipient"]', letters.recipients[0].id)
    await page.check(`[data-phrase="${letters.phrases[0].id}"]`, FINGER)
    await page.fill('[data-role="writer-name"]', 'Olena')
    await page.click('[data-role="letters-back"]', FINGER)

    // …then listens to a testimony: however long it takes, nothing interrupts it.
    await page.click(`[data-enter-cell="${cell.id}"]`, FINGER)
    await page.waitForSelector('canvas[data-role="scene"]')
    const id = cell.testimonies[0].id
    // The marker is placed over its spot by the first frames; touch it once it shows.
    await page.locator(`[data-testimony="${id}"]`).waitFor()
    // From here on the clock stands still between the test's moves: real time, however much a busy machine takes, no
    // longer counts towards the kiosk's quiet time. It stops before the voice starts: the player watches the voice
    // move on against this clock (progress-watch.ts), and a jump taken just after one of its readings, before the
    // voice has moved again, is a voice that stood still for the whole jump.
    await pauseClock(page, 1000)
    await page.locator(`[data-testimony="${id}"]`).click(FINGER)
    await page.waitForSelector(`#root[data-playing="${id}"]`)
    // The voice is heard moving on from where it stood when it started playing…
    const startedAt = await voiceTime(page)
    await page.waitForFunction(
      ([t, id]) =>
        (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0) > t &&
        document.querySelector<HTMLElement>('#root')?.dataset.playing === id,
      [startedAt, id] as const,
    )
    // …and five minutes pass.
    await page.clock.fastForward(5 * 60_000)
    await settle(page)
    await expect(root(page).getAttribute('data-playing')).resolves.toBe(id)
    await expect(page.locator('[data-role="still-there"]').count()).resolves.toBe(0)

    // Paused, the quiet minute runs: not a moment early, then the question and a countdown; a touch dismisses them.
    await page.click('[data-role="pause"]', FINGER)
    await page.waitForSelector('#root[data-audio="paused"]')
    const question = page.locator('[data-role="still-there"]')
    await page.clock.fastForward(59_900)
    await settle(page)
    await expect(question.count()).resolves.toBe(0)
    await page.clock.fastForward(100)
    await question.waitFor()
    await expect(question.textContent()).resolves.toContain('Ви ще тут?')
    const seconds = async () => Number(await page.locator('[data-role="countdown"]').getAttribute('data-seconds'))
    // The whole countdown is left; five seconds later it shows five fewer.
    await expect(seconds()).resolves.toBe(20)
    await page.clock.fastForward(5_000)
    await expect.poll(seconds).toBe(15)
    await page.locator('[data-role="still-here"]').tap(FINGER)
    await question.waitFor({ state: 'detached' })
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')

    // Nobody answers the second time: the countdown reaches zero and the kiosk starts over.
    await page.clock.fastForward(60_500)
    await question.waitFor()
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
    await page.clock.fastForward(19_900)
    await settle(page)
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
    await page.clock.fastForward(100)
    await page.waitForSelector('#root[data-phase="attract"]')
    await expect(root(page).getAttribute('data-lang')).resolves.toBe('de')
    await expect(root(page).getAttribute('data-playing')).resolves.toBe('')
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('idle')
    const audio = await audioState(page)
    expect(audio?.paused).toBe(true)
    expect(audio?.src).toBeNull()
    await expect(page.locator('[data-role="action-panel"], [data-role="still-there"]').count()).resolves.toBe(0)

    // The next visitor finds an empty letter.
    await page.locator('[data-start-lang="en"]').tap(FINGER)
    await page.click('[data-role="take-action"]', FINGER)
    await expect
      .poll(() => page.locator('[data-role="action-panel"] figure.qr').count())
      .toBe(Object.keys(manifest.actions).length)
    await page.click('[data-role="write-letter"]', FINGER)
    await page.locator('[data-recipient]').first().waitFor()
    await expect(page.inputValue('[data-role="writer-name"]')).resolves.toBe('')
    await expect(page.inputValue('[data-role="recipient"]')).resolves.toBe('')
    await expect(page.locator('[data-phrase]:checked').count()).resolves.toBe(0)
    await context.close()
  })
})
