// A WebKitGTK MiniBrowser window driven over WebDriver (webdriver.mjs), for the WebKit tests and the playback
// benchmark; the browser itself runs in the services webkit.mjs starts.
/** @import { Sampled } from './media-sampling.mjs' */
import { START_SAMPLING, STOP_SAMPLING, sampledEnough } from './media-sampling.mjs'
import { miniBrowserPath } from './webkit.mjs'
import { KEYS, Session } from './webdriver.mjs'

/** How long a wait for something a person would see may take before the test fails (a busy two-core machine). */
const WAIT_MS = 60_000

/** @typedef {{ width: number; height: number }} Viewport */

/** @type {Viewport} */
export const PHONE = { width: 390, height: 844 }
/** @type {Viewport} */
export const DESKTOP = { width: 1280, height: 800 }

/**
 * A WebKitGTK MiniBrowser window whose page is `viewport` in CSS pixels, where media plays only after a user
 * gesture, as on iOS. WebDriver clicks are real input events, so they count as gestures. Made by `open` or `attach`.
 */
export class WebKitPage {
  /** @param {Session} session */
  constructor(session) {
    /** @readonly */
    this.session = session
  }

  /**
   * Starts the browser. Starting and ending it takes a while, and WebKitGTK's media teardown can keep a closing
   * browser busy, so a test run opens one and every test file attaches to it.
   * @param {string} driverURL
   * @param {Viewport} viewport
   * @returns {Promise<WebKitPage>}
   */
  static async open(driverURL, viewport) {
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

  /**
   * The browser a test run opened, at `viewport`, on a blank page.
   * @param {string} driverURL
   * @param {string} sessionId
   * @param {Viewport} viewport
   * @returns {Promise<WebKitPage>}
   */
  static async attach(driverURL, sessionId, viewport) {
    const page = new WebKitPage(Session.attach(driverURL, sessionId))
    await page.goto('about:blank')
    await page.resize(viewport)
    return page
  }

  /**
   * Sizes the window so that the page itself (innerWidth × innerHeight) is `viewport`.
   * @param {Viewport} viewport
   * @returns {Promise<void>}
   */
  async resize({ width, height }) {
    await this.session.setWindowRect({ width, height })
    /** @type {[number, number]} */
    const inner = await this.eval('[innerWidth, innerHeight]')
    await this.session.setWindowRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] })
  }

  /**
   * Leaves the page first, so its media pipelines end while the browser still runs, then ends the browser.
   * @returns {Promise<void>}
   */
  async close() {
    await this.goto('about:blank').catch(() => undefined)
    await this.session.close()
  }

  /**
   * @param {string} url
   * @returns {Promise<void>}
   */
  goto(url) {
    return this.session.navigate(url)
  }

  /**
   * The value of a JavaScript expression in the page.
   * @template T
   * @param {string} expression
   * @param {...unknown} args
   * @returns {Promise<T>}
   */
  eval(expression, ...args) {
    return this.session.execute(`return (${expression})`, ...args)
  }

  /**
   * Waits, checking every 50 ms in the page, until `expression` is truthy; fails with `what` after `timeoutMs`.
   * @param {string} expression
   * @param {string} [what]
   * @param {number} [timeoutMs]
   * @returns {Promise<void>}
   */
  async waitFor(expression, what = expression, timeoutMs = WAIT_MS) {
    await this.waitForValue(expression, what, timeoutMs)
  }

  /**
   * Like waitFor, and returns the truthy value, read in the same moment it was checked.
   * @template T
   * @param {string} expression
   * @param {string} [what]
   * @param {number} [timeoutMs]
   * @returns {Promise<T>}
   */
  async waitForValue(expression, what = expression, timeoutMs = WAIT_MS) {
    /** @type {{ ok: boolean; value: T }} */
    const { ok, value } = await this.session.executeAsync(
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

  /**
   * @param {string} selector
   * @param {number} [timeoutMs]
   * @returns {Promise<void>}
   */
  waitForSelector(selector, timeoutMs = WAIT_MS) {
    return this.waitFor(`document.querySelector(${JSON.stringify(selector)})`, selector, timeoutMs)
  }

  /**
   * Waits until `selector` is on the page and clicks it as a person would.
   * @param {string} selector
   * @returns {Promise<void>}
   */
  async click(selector) {
    await this.waitForSelector(selector)
    await this.session.click(selector)
  }

  /**
   * Chooses an option of a <select> by clicking it, as a person would.
   * @param {string} selector
   * @param {string} value
   * @returns {Promise<void>}
   */
  async select(selector, value) {
    await this.click(`${selector} option[value="${value}"]`)
    await this.waitFor(`document.querySelector(${JSON.stringify(selector)}).value === ${JSON.stringify(value)}`)
  }

  /**
   * Turns the view with the arrow keys, as a person would look around, until the marker is on screen.
   * @param {string} id
   * @returns {Promise<void>}
   */
  async lookAtMarker(id) {
    const visible = `document.querySelector('[data-testimony="${id}"]')?.style.visibility === 'visible'`
    await this.waitForSelector(`[data-testimony="${id}"]`)
    for (let turns = 0; turns < 36 && !(await this.eval(visible)); turns++) {
      await this.session.press(KEYS.ArrowLeft)
      // The marker moves on the next frame.
      await this.eval(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`)
    }
    await this.waitFor(visible, `marker ${id} on screen`)
  }

  /**
   * @param {string} selector
   * @param {string} name
   * @returns {Promise<string | null>}
   */
  attribute(selector, name) {
    return this.eval(`document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? null`, selector, name)
  }

  /**
   * Starts sampling the testimony's media time every 20 ms; returns the page clock's now.
   * @returns {Promise<number>}
   */
  startMediaSampling() {
    return this.eval(START_SAMPLING)
  }

  /**
   * Waits until `file` has played from its start to `seconds` of media time (or `limitMs` pass), stops sampling
   * and returns what was sampled.
   * @param {string} file
   * @param {number} [seconds]
   * @param {number} [limitMs]
   * @returns {Promise<Sampled>}
   */
  async mediaSamples(file, seconds = 5, limitMs = 12_000) {
    await this.waitFor(sampledEnough(file, seconds), `${file} at ${seconds} s`, limitMs).catch(() => undefined)
    return this.eval(STOP_SAMPLING)
  }
}
