/**
 * A small W3C WebDriver client over fetch: the commands the WebKit tests use, typed, nothing downloaded.
 * https://www.w3.org/TR/webdriver2/
 */

/** The key under which WebDriver returns an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'

/** WebDriver's code points for keys that have no character. */
export const KEYS = {
  Escape: '\uE00C',
  Tab: '\uE004',
  Enter: '\uE007',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
} as const

export interface ElementRef {
  [ELEMENT]: string
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

class WebDriverError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`)
  }
}

/** No command waits longer than this for its answer (page scripts are bounded by the session's own timeouts). */
const COMMAND_TIMEOUT_MS = 150_000

async function call<T>(
  server: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  timeoutMs = COMMAND_TIMEOUT_MS,
): Promise<T> {
  const response = await fetch(server + path, {
    method,
    signal: AbortSignal.timeout(timeoutMs),
    headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json: { value?: unknown }
  try {
    json = JSON.parse(text) as { value?: unknown }
  } catch {
    throw new WebDriverError('invalid response', `${method} ${path}: ${response.status} ${text.slice(0, 200)}`)
  }
  const value = json.value as { error?: string; message?: string } | undefined
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new WebDriverError(value?.error ?? String(response.status), `${method} ${path}: ${value?.message ?? text}`)
  }
  return json.value as T
}

/** Whether a WebDriver server answers at `server` (e.g. `http://127.0.0.1:4444`). */
export async function driverReady(server: string): Promise<boolean> {
  try {
    const status = await call<{ ready: boolean }>(server, 'GET', '/status')
    return status.ready
  } catch {
    return false
  }
}

/** One browser session. */
export class Session {
  private constructor(
    private readonly server: string,
    readonly id: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  /** A session another process created (e.g. a test run's global setup). */
  static attach(server: string, id: string): Session {
    return new Session(server, id, {})
  }

  static async create(server: string, capabilities: Record<string, unknown>): Promise<Session> {
    const created = await call<{ sessionId: string; capabilities: Record<string, unknown> }>(
      server,
      'POST',
      '/session',
      {
        capabilities: { alwaysMatch: capabilities },
      },
    )
    return new Session(server, created.sessionId, created.capabilities)
  }

  private cmd<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, timeoutMs?: number): Promise<T> {
    return call<T>(this.server, method, `/session/${this.id}${path}`, body, timeoutMs)
  }

  /** Bounds script, page-load and element-finding waits, in milliseconds. */
  setTimeouts(timeouts: { script?: number; pageLoad?: number; implicit?: number }): Promise<void> {
    return this.cmd('POST', '/timeouts', timeouts)
  }

  navigate(url: string): Promise<void> {
    return this.cmd('POST', '/url', { url })
  }

  setWindowRect(rect: Partial<Rect>): Promise<Rect> {
    return this.cmd('POST', '/window/rect', rect)
  }

  async find(selector: string): Promise<ElementRef> {
    return this.cmd('POST', '/element', { using: 'css selector', value: selector })
  }

  findAll(selector: string): Promise<ElementRef[]> {
    return this.cmd('POST', '/elements', { using: 'css selector', value: selector })
  }

  /** Clicks the element's centre as a person would: scrolled into view, and refused if something covers it. */
  async click(target: string | ElementRef): Promise<void> {
    const el = typeof target === 'string' ? await this.find(target) : target
    await this.cmd('POST', `/element/${el[ELEMENT]}/click`, {})
  }

  async type(target: string | ElementRef, text: string): Promise<void> {
    const el = typeof target === 'string' ? await this.find(target) : target
    await this.cmd('POST', `/element/${el[ELEMENT]}/value`, { text })
  }

  async text(target: string | ElementRef): Promise<string> {
    const el = typeof target === 'string' ? await this.find(target) : target
    return this.cmd('GET', `/element/${el[ELEMENT]}/text`)
  }

  /** Presses and releases each key in turn on whatever has focus (`KEYS` names the special ones). */
  async press(...keys: string[]): Promise<void> {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ])
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] })
  }

  /** Runs `body` (a function body using `arguments`) in the page and returns its result. */
  execute<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.cmd('POST', '/execute/sync', { script: body, args })
  }

  /** Runs `body` in the page; it finishes by calling `arguments[arguments.length - 1](result)`. */
  executeAsync<T>(body: string, ...args: unknown[]): Promise<T> {
    return this.cmd('POST', '/execute/async', { script: body, args })
  }

  /** A PNG of the viewport, or of one element. */
  async screenshot(target?: string | ElementRef): Promise<Buffer> {
    let base64: string
    if (target === undefined) base64 = await this.cmd('GET', '/screenshot')
    else {
      const el = typeof target === 'string' ? await this.find(target) : target
      base64 = await this.cmd('GET', `/element/${el[ELEMENT]}/screenshot`)
    }
    return Buffer.from(base64, 'base64')
  }

  /** Ends the session and its browser, waiting at most `timeoutMs`. */
  async close(timeoutMs = 20_000): Promise<void> {
    await this.cmd('DELETE', '', undefined, timeoutMs)
  }
}
