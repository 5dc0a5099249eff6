/**
 * A small W3C WebDriver client over fetch: the commands the WebKit tests and the playback benchmark use, typed,
 * nothing downloaded.
 * https://www.w3.org/TR/webdriver2/
 */

/** The key under which WebDriver returns an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'

/** WebDriver's code points for keys that have no character. */
export const KEYS = /** @type {const} */ ({
  Escape: '\uE00C',
  Tab: '\uE004',
  Enter: '\uE007',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
})

/** @typedef {{ [ELEMENT]: string }} ElementRef */
/** @typedef {{ x: number; y: number; width: number; height: number }} Rect */
/** @typedef {'GET' | 'POST' | 'DELETE'} Method */

class WebDriverError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   */
  constructor(code, message) {
    super(`${code}: ${message}`)
    /** @readonly */
    this.code = code
  }
}

/** No command waits longer than this for its answer (page scripts are bounded by the session's own timeouts). */
const COMMAND_TIMEOUT_MS = 150_000

/**
 * @template T
 * @param {string} server
 * @param {Method} method
 * @param {string} path
 * @param {unknown} [body]
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
async function call(server, method, path, body, timeoutMs = COMMAND_TIMEOUT_MS) {
  const response = await fetch(server + path, {
    method,
    signal: AbortSignal.timeout(timeoutMs),
    headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  /** @type {{ value?: unknown }} */
  let json
  try {
    json = JSON.parse(text)
  } catch {
    throw new WebDriverError('invalid response', `${method} ${path}: ${response.status} ${text.slice(0, 200)}`)
  }
  const value = /** @type {{ error?: string; message?: string } | undefined} */ (json.value)
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new WebDriverError(value?.error ?? String(response.status), `${method} ${path}: ${value?.message ?? text}`)
  }
  return /** @type {T} */ (json.value)
}

/**
 * Whether a WebDriver server answers at `server` (e.g. `http://127.0.0.1:4444`).
 * @param {string} server
 * @returns {Promise<boolean>}
 */
export async function driverReady(server) {
  try {
    /** @type {{ ready: boolean }} */
    const status = await call(server, 'GET', '/status')
    return status.ready
  } catch {
    return false
  }
}

/** One browser session (made by `Session.create` or `Session.attach`). */
export class Session {
  /** @type {string} */
  #server

  /**
   * @param {string} server
   * @param {string} id
   * @param {Record<string, unknown>} capabilities
   */
  constructor(server, id, capabilities) {
    this.#server = server
    /** @readonly */
    this.id = id
    /** @readonly */
    this.capabilities = capabilities
  }

  /**
   * A session another process created (e.g. a test run's global setup).
   * @param {string} server
   * @param {string} id
   * @returns {Session}
   */
  static attach(server, id) {
    return new Session(server, id, {})
  }

  /**
   * @param {string} server
   * @param {Record<string, unknown>} capabilities
   * @returns {Promise<Session>}
   */
  static async create(server, capabilities) {
    /** @type {{ sessionId: string; capabilities: Record<string, unknown> }} */
    const created = await call(server, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } })
    return new Session(server, created.sessionId, created.capabilities)
  }

  /**
   * @template T
   * @param {Method} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {number} [timeoutMs]
   * @returns {Promise<T>}
   */
  #cmd(method, path, body, timeoutMs) {
    return call(this.#server, method, `/session/${this.id}${path}`, body, timeoutMs)
  }

  /**
   * Bounds script, page-load and element-finding waits, in milliseconds.
   * @param {{ script?: number; pageLoad?: number; implicit?: number }} timeouts
   * @returns {Promise<void>}
   */
  setTimeouts(timeouts) {
    return this.#cmd('POST', '/timeouts', timeouts)
  }

  /**
   * @param {string} url
   * @returns {Promise<void>}
   */
  navigate(url) {
    return this.#cmd('POST', '/url', { url })
  }

  /**
   * @param {Partial<Rect>} rect
   * @returns {Promise<Rect>}
   */
  setWindowRect(rect) {
    return this.#cmd('POST', '/window/rect', rect)
  }

  /**
   * @param {string} selector
   * @returns {Promise<ElementRef>}
   */
  async find(selector) {
    return this.#cmd('POST', '/element', { using: 'css selector', value: selector })
  }

  /**
   * @param {string} selector
   * @returns {Promise<ElementRef[]>}
   */
  findAll(selector) {
    return this.#cmd('POST', '/elements', { using: 'css selector', value: selector })
  }

  /**
   * Clicks the element's centre as a person would: scrolled into view, and refused if something covers it.
   * @param {string | ElementRef} target
   * @returns {Promise<void>}
   */
  async click(target) {
    const el = typeof target === 'string' ? await this.find(target) : target
    await this.#cmd('POST', `/element/${el[ELEMENT]}/click`, {})
  }

  /**
   * @param {string | ElementRef} target
   * @param {string} text
   * @returns {Promise<void>}
   */
  async type(target, text) {
    const el = typeof target === 'string' ? await this.find(target) : target
    await this.#cmd('POST', `/element/${el[ELEMENT]}/value`, { text })
  }

  /**
   * @param {string | ElementRef} target
   * @returns {Promise<string>}
   */
  async text(target) {
    const el = typeof target === 'string' ? await this.find(target) : target
    return this.#cmd('GET', `/element/${el[ELEMENT]}/text`)
  }

  /**
   * Presses and releases each key in turn on whatever has focus (`KEYS` names the special ones).
   * @param {...string} keys
   * @returns {Promise<void>}
   */
  async press(...keys) {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ])
    await this.#cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] })
  }

  /**
   * Runs `body` (a function body using `arguments`) in the page and returns its result.
   * @template T
   * @param {string} body
   * @param {...unknown} args
   * @returns {Promise<T>}
   */
  execute(body, ...args) {
    return this.#cmd('POST', '/execute/sync', { script: body, args })
  }

  /**
   * Runs `body` in the page; it finishes by calling `arguments[arguments.length - 1](result)`.
   * @template T
   * @param {string} body
   * @param {...unknown} args
   * @returns {Promise<T>}
   */
  executeAsync(body, ...args) {
    return this.#cmd('POST', '/execute/async', { script: body, args })
  }

  /**
   * A PNG of the viewport, or of one element.
   * @param {string | ElementRef} [target]
   * @returns {Promise<Buffer>}
   */
  async screenshot(target) {
    /** @type {string} */
    let base64
    if (target === undefined) base64 = await this.#cmd('GET', '/screenshot')
    else {
      const el = typeof target === 'string' ? await this.find(target) : target
      base64 = await this.#cmd('GET', `/element/${el[ELEMENT]}/screenshot`)
    }
    return Buffer.from(base64, 'base64')
  }

  /**
   * Ends the session and its browser, waiting at most `timeoutMs`.
   * @param {number} [timeoutMs]
   * @returns {Promise<void>}
   */
  async close(timeoutMs = 20_000) {
    await this.#cmd('DELETE', '', undefined, timeoutMs)
  }
}
