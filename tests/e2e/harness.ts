import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { LOAD_TIMEOUT, STATE_TIMEOUT } from './limits'
import { launchChromium } from '../../scripts/browsers/chromium.mjs'

const require = createRequire(import.meta.url)

export const baseURL = () => inject('baseURL')

export interface LaunchOptions {
  /** Let media start without a user gesture: for tests that are not about the audio unlock. */
  autoplay?: boolean
  /** `window.gc()` in pages: for tests that a page's work survives a garbage collection. */
  exposeGc?: boolean
}

/** The project's Chromium (scripts/browsers/chromium.mjs), found once by the global setup. */
export async function launch({ autoplay = false, exposeGc = false }: LaunchOptions = {}): Promise<Browser> {
  return launchChromium({ executablePath: inject('chromiumPath'), autoplay, exposeGc })
}

/** A new context whose waits, clicks and loads are bounded by the suite's limits (limits.ts), not Playwright's. */
export async function newContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  return withLimits(await browser.newContext(options))
}

/** A page in a context of its own, closed with it, bounded like `newContext`. */
export async function newPage(browser: Browser, options?: BrowserContextOptions): Promise<Page> {
  const page = await browser.newPage(options)
  withLimits(page.context())
  return page
}

function withLimits(context: BrowserContext): BrowserContext {
  context.setDefaultTimeout(STATE_TIMEOUT)
  context.setDefaultNavigationTimeout(LOAD_TIMEOUT)
  return context
}

/** `work`, or an error naming `what` once it has taken longer than a wait may (`page.evaluate` has no limit of its own). */
export async function bounded<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${STATE_TIMEOUT} ms`)), STATE_TIMEOUT)
  })
  try {
    return await Promise.race([work, limit])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Waits until the room on `canvas[data-role=<role>]` has its textures in: they are fetched after the room's first
 * frame (src/scene/ktx2.ts), which is drawn in their average colours. Tests that compare pixels or count draws wait
 * for this, so a texture arriving is not taken for motion or light.
 */
export async function roomTexturesIn(page: Page, role = 'scene'): Promise<void> {
  await page.waitForFunction(
    (r) => document.querySelector<HTMLElement>(`canvas[data-role="${r}"]`)?.dataset.roomTextures === 'in',
    role,
  )
}

/**
 * Resolves after the page has run `count` more animation frames: the time a drawn scene takes to move or settle,
 * counted in frames, so a slow machine waits longer. Not inside an immersive session (see `xrFrames`).
 */
export async function frames(page: Page, count: number): Promise<void> {
  await bounded(
    `${count} animation frames`,
    page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          let left = n
          const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick))
          requestAnimationFrame(tick)
        }),
      count,
    ),
  )
}

/**
 * Lets the page act on what has just happened (a timer the installed clock fired, a touch): a few turns of its task
 * queue, behind the tasks in which React renders what a store changed and runs its effects. After it, a change that
 * is not on the page did not happen. Works with the installed clock paused (no animation frame is needed).
 */
export async function settle(page: Page): Promise<void> {
  const turns = page.evaluate(async (turns) => {
    for (let i = 0; i < turns; i++)
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          channel.port1.close()
          resolve()
        }
        channel.port2.postMessage(null)
      })
  }, 5)
  await bounded('the page settling', turns)
}

/**
 * Stops the page's installed clock `ahead` milliseconds from its present: from then on time moves only when the test
 * moves it, and a busy machine's real seconds do not count. (Playwright pauses only at a time still to come; `ahead`
 * must outlast the round trip, and the app must have nothing timed that the jump would set off.)
 */
export async function pauseClock(page: Page, ahead: number): Promise<void> {
  // On a loaded machine the round trip can outlast `ahead`: then read the page's time again and ask again.
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(() => Date.now())
    try {
      return await page.clock.pauseAt(now + ahead)
    } catch (e) {
      if (attempt >= 4 || !String(e).includes('to the past')) throw e
    }
  }
}

/** Every URL the pages of a context ask for, to prove nothing leaves for another host. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = []
  context.on('request', (r) => urls.push(r.url()))
  return urls
}

/** The requests that went to any host but the site's own (by default the preview server of the build). */
export function foreignRequests(urls: readonly string[], site: string = baseURL()): string[] {
  const own = new URL(site).host
  return urls.filter((u) => {
    const url = new URL(u)
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false
    return url.host !== own
  })
}

/**
 * Installs the IWER WebXR emulator (Meta Quest 3) and, for AR, a recorded room to hit-test against. `controllerProfile`
 * gives its controllers another WebXR input profile id, with no fallbacks (a controller the site has no model for).
 */
export async function installEmulatedHeadset(
  context: BrowserContext,
  { room = false, controllerProfile = '' } = {},
): Promise<void> {
  await context.addInitScript({ path: require.resolve('iwer/build/iwer.min.js') })
  if (room) {
    await context.addInitScript({ path: require.resolve('@iwer/sem/build/iwer-sem.min.js') })
    const capture = readFileSync(require.resolve('@iwer/sem/captures/office_small.json'), 'utf8')
    await context.addInitScript({ content: `window.__room = ${capture};` })
  }
  await context.addInitScript((controllerProfile) => {
    const w = window as unknown as {
      IWER: { XRDevice: new (config: unknown) => unknown; metaQuest3: { controllerConfig: object } }
      IWER_SEM?: { SyntheticEnvironmentModule: unknown }
      __room?: unknown
      __xrDevice: unknown
    }
    const quest3 = w.IWER.metaQuest3
    const config = controllerProfile
      ? {
          ...quest3,
          controllerConfig: { ...quest3.controllerConfig, profileId: controllerProfile, fallbackProfileIds: [] },
        }
      : quest3
    const device = new w.IWER.XRDevice(config) as {
      installRuntime(o?: unknown): void
      installSEM(c: unknown): void
      sem?: { loadEnvironment(json: unknown): void }
    }
    device.installRuntime({ forceInstall: true })
    if (w.IWER_SEM && w.__room) {
      device.installSEM(w.IWER_SEM.SyntheticEnvironmentModule)
      device.sem?.loadEnvironment(w.__room)
    }
    w.__xrDevice = device
  }, controllerProfile)
}

export interface CellFile {
  id: string
  start: { position: [number, number, number]; yaw: number }
  testimonies: {
    id: string
    position: [number, number, number]
    captions: Record<string, string>
    audio: { opus: string; aac: string }
    duration: number
  }[]
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8')) as T
}

export function demoCells(): CellFile[] {
  const manifest = readJson<{ cells: string[] }>('content/manifest.json')
  return manifest.cells.map((c) => readJson<CellFile>(`content/${c}`))
}

/** A WebVTT cue: its span in seconds, and its text without tags. */
export interface Cue {
  start: number
  end: number
  text: string
}

/** The cues of a caption or chapters file, read straight from the WebVTT (the app's parser is not used to check itself). */
export function cues(path: string): Cue[] {
  const seconds = (t: string) => t.split(':').reduce((sum, n) => sum * 60 + Number(n), 0)
  return readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8')
    .split(/\r?\n\r?\n/)
    .filter((block) => block.includes('-->'))
    .map((block) => {
      const lines = block.split(/\r?\n/)
      const at = lines.findIndex((l) => l.includes('-->'))
      const [from = '', to = ''] = lines[at]!.split(' --> ')
      return {
        start: seconds(from),
        end: seconds(to.split(' ')[0]!),
        text: lines
          .slice(at + 1)
          .join(' ')
          .replace(/<[^>]*>/g, '')
          .trim(),
      }
    })
}

/** The cue texts of a caption file. */
export const cueTexts = (path: string): string[] => cues(path).map((c) => c.text)

export const root = (page: Page) => page.locator('#root')

/** Opens the site (with `query`, e.g. `?stats`) and taps Begin, in `lang` if given. */
export async function begin(page: Page, lang?: string, query = ''): Promise<void> {
  // Waits for what a visitor waits for, the Begin button, not for the page's last resource to load.
  await page.goto(`${baseURL()}${query}`, { waitUntil: 'commit' })
  const button = page.locator('[data-role="begin"]')
  await button.waitFor()
  // The app has taken over the landing (a tap before it runs is kept; see early-begin.test.ts).
  await page.waitForSelector('#root[data-app="ready"]')
  if (lang) await page.selectOption('[data-role="language"]', lang)
  await button.click()
  await page.waitForSelector('#root[data-phase="cells"]')
}

/**
 * A kiosk on its attract screen: `query` after `?mode=kiosk&` (e.g. `lang=en&idle=60&offline=0`), the page clock
 * installed unless `clock: false`, and fullscreen requests answered without entering it (headless Chromium stops
 * drawing frames for seconds after entering fullscreen).
 */
export async function openKiosk(
  context: BrowserContext,
  query: string,
  { clock = true, site = baseURL() }: { clock?: boolean; site?: string } = {},
): Promise<Page> {
  await context.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.resolve()
  })
  const page = await context.newPage()
  if (clock) await page.clock.install()
  await page.goto(`${site}?mode=kiosk&${query}`)
  await page.waitForSelector('#root[data-phase="attract"]')
  return page
}

export async function enterCell(page: Page, id: string): Promise<void> {
  await page.click(`[data-enter-cell="${id}"]`)
  await page.waitForSelector(`#root[data-phase="cell"][data-cell="${id}"]`)
  await page.waitForSelector('canvas[data-role="scene"]')
}

/**
 * Opens the cell's menu where the phone's layout folds language, comfort, a break and turning the phone into it;
 * on a wider screen those stand in the header already and nothing is done.
 */
export async function openCellMenu(page: Page): Promise<void> {
  const toggle = page.locator('[data-role="cell-menu-toggle"]')
  if (!(await toggle.count()) || (await toggle.getAttribute('aria-expanded')) === 'true') return
  await toggle.click()
  await page.locator('[data-role="cell-menu"]').waitFor()
}

/** Collects Content-Security-Policy violations in every page of a context (the app must cause none). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
}

/** One Chromium for a test file, closed after it; the contexts a test opens are closed after that test. */
export function useBrowser(options: LaunchOptions = {}): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch(options)
  })
  // Passed or failed: a page left open (in VR, on a moving scene) keeps rendering and slows every test after it.
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser has not started')
    return browser
  }
}
