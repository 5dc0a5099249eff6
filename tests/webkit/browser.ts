import { miniBrowserPath } from './services'
import { KEYS, Session } from './webdriver'

/** How long a wait for something a person would see may take before the test fails (a busy two-core machine). */
const WAIT_MS = 60_000

export interface Viewport {
  width: number
  height: number
}

export const PHONE: Viewport = { width: 390, height: 844 }
export const DESKTOP: Viewport = { width: 1280, height: 800 }

/** One sample of the testimony's media element: wall time (ms, page clock), media time (s) and its file. */
export interface MediaSample {
  at: number
  time: number
  src: string
  /** readyState, networkState, paused, and the end of the last buffered range (s): what a stall looked like. */
  ready?: number
  network?: number
  paused?: boolean
  buffered?: number
  /** Frames the scene had drawn so far (`?stats`), and its canvas's pixels per CSS pixel. */
  draws?: number
  dpr?: number
  /** The sound's AudioContext time (s) and state, and the seeks the element made so far. */
  ctxTime?: number
  ctxState?: string
  seeks?: number
}

/** How a testimony started: from the tap to the first advance of media time, and the longest stall after it. */
export interface PlaybackRun {
  /** Tap → media time first advanced from the start of `file`, ms. */
  startMs: number
  /** Longest wall-clock gap with media time standing still once it had started, until `mediaLimit` s, ms. */
  longestStallMs: number
  /** Media time reached at the end of sampling, s. */
  reached: number
  /** The longest stall as the element showed it (media time, readyState, buffered, sampling gaps), for a failure. */
  stall: string
}

/**
 * Reads the samples the page collected while `file` played: when its media time first advanced from the start,
 * and its longest standstill after that within the first `mediaLimit` seconds. Samples of another file, or of this
 * one before it was started from the beginning, are not counted.
 */
export function playbackRun(
  samples: readonly MediaSample[],
  file: string,
  tappedAt: number,
  mediaLimit = 5,
): PlaybackRun {
  const own = samples.filter((s) => s.src.endsWith(file))
  const start = own.findIndex((s, i) => i > 0 && s.time > own[i - 1]!.time && own[i - 1]!.time < 1)
  if (start < 0) {
    const last = own.at(-1)
    return { startMs: Infinity, longestStallMs: Infinity, reached: 0, stall: `never started; last ${describe(last)}` }
  }
  let longest = 0
  let since = own[start]!
  let stall = ''
  let gap = 0
  let prev = since
  for (const s of own.slice(start + 1)) {
    gap = Math.max(gap, s.at - prev.at)
    prev = s
    if (s.time > since.time) {
      since = s
      gap = 0
    } else if (s.at - since.at > longest) {
      longest = s.at - since.at
      stall =
        `at ${since.time.toFixed(2)} s: ${describe(since)} → ${describe(s)}; longest gap between samples ` +
        `${Math.round(gap)} ms; ${(s.draws ?? 0) - (since.draws ?? 0)} frames drawn meanwhile at ${s.dpr?.toFixed(2)} px/px`
    }
    if (s.time >= mediaLimit) break
  }
  return { startMs: own[start]!.at - tappedAt, longestStallMs: longest, reached: since.time, stall }
}

function describe(s: MediaSample | undefined): string {
  if (!s) return 'no sample'
  return (
    `readyState ${s.ready} networkState ${s.network}${s.paused ? ' paused' : ''} buffered to ${s.buffered?.toFixed(1)} s, ` +
    `sound clock ${s.ctxTime?.toFixed(2)} s ${s.ctxState}, ${s.seeks} seeks so far`
  )
}

/** What the page sampled while a testimony started. */
export interface Sampled {
  samples: MediaSample[]
  /** Page clock when `#root` first said `data-audio="playing"` after sampling began, or null. */
  playingAt: number | null
  /** Every `data-audio` the root showed meanwhile, with the page clock. */
  statuses: [number, string][]
}

/**
 * Page scripts (expressions) that sample the testimony's media element every 20 ms and note when the root first says
 * it plays; shared by the WebKit tests and the playback benchmark (which runs them in Chromium too).
 * @public scripts/bench-playback.mjs loads this module through Vite's runnerImport, which knip does not follow.
 */
export const START_SAMPLING = `(() => {
  clearInterval(window.__mediaTimer)
  window.__mediaObserver?.disconnect()
  const root = document.getElementById('root')
  const sampled = (window.__sampled = { samples: [], playingAt: null, statuses: [] })
  const scene = () => document.querySelector('canvas[data-role="scene"]')
  if (window.__seeks === undefined) {
    window.__seeks = 0
    document.addEventListener('seeking', () => window.__seeks++, true)
  }
  window.__mediaTimer = setInterval(() => {
    const e = document.querySelector('audio[data-role="testimony-audio"]')
    if (e) sampled.samples.push({ at: performance.now(), time: e.currentTime, src: e.currentSrc, ready: e.readyState,
      network: e.networkState, paused: e.paused, buffered: e.buffered.length ? e.buffered.end(e.buffered.length - 1) : 0,
      draws: Number(scene()?.dataset.draws ?? -1), dpr: scene() ? scene().width / scene().clientWidth : 0,
      ctxTime: window.Howler?.ctx?.currentTime ?? -1, ctxState: window.Howler?.ctx?.state ?? 'none', seeks: window.__seeks })
  }, 20)
  window.__mediaObserver = new MutationObserver(() => {
    sampled.statuses.push([performance.now(), root.dataset.audio])
    if (root.dataset.audio === 'playing' && sampled.playingAt === null) sampled.playingAt = performance.now()
  })
  window.__mediaObserver.observe(root, { attributes: true, attributeFilter: ['data-audio'] })
  return performance.now()
})()`

/**
 * Ends the sampling and gives what it gathered (a `Sampled`).
 * @public read by scripts/bench-playback.mjs too, as START_SAMPLING.
 */
export const STOP_SAMPLING = `(() => {
  clearInterval(window.__mediaTimer)
  window.__mediaObserver?.disconnect()
  return window.__sampled
})()`

/**
 * True in the page once `file` has been sampled from its start to `seconds` of media time.
 * @public read by scripts/bench-playback.mjs too, as START_SAMPLING.
 */
export function sampledEnough(file: string, seconds: number): string {
  return `(() => {
    const own = window.__sampled.samples.filter((s) => s.src.endsWith(${JSON.stringify(file)}))
    const from = own.findIndex((s) => s.time < 1)
    return from >= 0 && own.slice(from).some((s) => s.time >= ${seconds})
  })()`
}

/**
 * A WebKitGTK MiniBrowser window whose page is `viewport` in CSS pixels, where media plays only after a user
 * gesture, as on iOS. WebDriver clicks are real input events, so they count as gestures.
 */
export class WebKitPage {
  private constructor(readonly session: Session) {}

  /**
   * Starts the browser. Starting and ending it takes a while, and WebKitGTK's media teardown can keep a closing
   * browser busy, so a test run opens one and every test file attaches to it.
   */
  static async open(driverURL: string, viewport: Viewport): Promise<WebKitPage> {
    const session = await Session.create(driverURL, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: miniBrowserPath(),
        args: [
          '--automation',
          '--media-playback-requires-user-gesture=true',
          '--enable-write-console-messages-to-stdout=true',
        ],
      },
    })
    await session.setTimeouts({ script: WAIT_MS + 10_000, pageLoad: WAIT_MS, implicit: 0 })
    const page = new WebKitPage(session)
    await page.resize(viewport)
    return page
  }

  /** The browser a test run opened, at `viewport`, on a blank page. */
  static async attach(driverURL: string, sessionId: string, viewport: Viewport): Promise<WebKitPage> {
    const page = new WebKitPage(Session.attach(driverURL, sessionId))
    await page.goto('about:blank')
    await page.resize(viewport)
    return page
  }

  /** Sizes the window so that the page itself (innerWidth × innerHeight) is `viewport`. */
  async resize({ width, height }: Viewport): Promise<void> {
    await this.session.setWindowRect({ width, height })
    const inner = await this.eval<[number, number]>('[innerWidth, innerHeight]')
    await this.session.setWindowRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] })
  }

  /** Leaves the page first, so its media pipelines end while the browser still runs, then ends the browser. */
  async close(): Promise<void> {
    await this.goto('about:blank').catch(() => undefined)
    await this.session.close()
  }

  goto(url: string): Promise<void> {
    return this.session.navigate(url)
  }

  /** The value of a JavaScript expression in the page. */
  eval<T>(expression: string, ...args: unknown[]): Promise<T> {
    return this.session.execute<T>(`return (${expression})`, ...args)
  }

  /** Waits, checking every 50 ms in the page, until `expression` is truthy; fails with `what` after `timeoutMs`. */
  async waitFor(expression: string, what = expression, timeoutMs = WAIT_MS): Promise<void> {
    await this.waitForValue(expression, what, timeoutMs)
  }

  /** Like waitFor, and returns the truthy value, read in the same moment it was checked. */
  async waitForValue<T>(expression: string, what = expression, timeoutMs = WAIT_MS): Promise<T> {
    const { ok, value } = await this.session.executeAsync<{ ok: boolean; value: T }>(
      `const done = arguments[arguments.length - 1]
       const end = performance.now() + ${timeoutMs}
       const check = () => {
         let value = null
         try { value = (${expression}) } catch (e) { value = null }
         if (value) done({ ok: true, value })
         else if (performance.now() > end) done({ ok: false, value: null })
         else setTimeout(check, 50)
       }
       check()`,
    )
    if (!ok) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    return value
  }

  waitForSelector(selector: string, timeoutMs = WAIT_MS): Promise<void> {
    return this.waitFor(`document.querySelector(${JSON.stringify(selector)})`, selector, timeoutMs)
  }

  /** Waits until `selector` is on the page and clicks it as a person would. */
  async click(selector: string): Promise<void> {
    await this.waitForSelector(selector)
    await this.session.click(selector)
  }

  /** Chooses an option of a <select> by clicking it, as a person would. */
  async select(selector: string, value: string): Promise<void> {
    await this.click(`${selector} option[value="${value}"]`)
    await this.waitFor(`document.querySelector(${JSON.stringify(selector)}).value === ${JSON.stringify(value)}`)
  }

  /** Turns the view with the arrow keys, as a person would look around, until the marker is on screen. */
  async lookAtMarker(id: string): Promise<void> {
    const visible = `document.querySelector('[data-testimony="${id}"]')?.style.visibility === 'visible'`
    await this.waitForSelector(`[data-testimony="${id}"]`)
    for (let turns = 0; turns < 36 && !(await this.eval<boolean>(visible)); turns++) {
      await this.session.press(KEYS.ArrowLeft)
      // The marker moves on the next frame.
      await this.eval(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`)
    }
    await this.waitFor(visible, `marker ${id} on screen`)
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.eval(`document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null`, selector, name)
  }

  /** Starts sampling the testimony's media time every 20 ms; returns the page clock's now. */
  startMediaSampling(): Promise<number> {
    return this.eval(START_SAMPLING)
  }

  /**
   * Waits until `file` has played from its start to `seconds` of media time (or `limitMs` pass), stops sampling
   * and returns what was sampled.
   */
  async mediaSamples(file: string, seconds = 5, limitMs = 12_000): Promise<Sampled> {
    await this.waitFor(sampledEnough(file, seconds), `${file} at ${seconds} s`, limitMs).catch(() => undefined)
    return this.eval(STOP_SAMPLING)
  }
}
