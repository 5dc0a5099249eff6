import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

const require = createRequire(import.meta.url)

export const baseURL = () => inject('baseURL')

export interface LaunchOptions {
  /** Let media start without a user gesture: for tests that are not about the audio unlock. */
  autoplay?: boolean
}

export async function launch({ autoplay = false }: LaunchOptions = {}): Promise<Browser> {
  const args = [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--mute-audio',
  ]
  if (autoplay) args.push('--autoplay-policy=no-user-gesture-required')
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args })
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

/** Installs the IWER WebXR emulator (Meta Quest 3) and, for AR, a recorded room to hit-test against. */
export async function installEmulatedHeadset(context: BrowserContext, { room = false } = {}): Promise<void> {
  await context.addInitScript({ path: require.resolve('iwer/build/iwer.min.js') })
  if (room) {
    await context.addInitScript({ path: require.resolve('@iwer/sem/build/iwer-sem.min.js') })
    const capture = readFileSync(require.resolve('@iwer/sem/captures/office_small.json'), 'utf8')
    await context.addInitScript({ content: `window.__room = ${capture};` })
  }
  await context.addInitScript(() => {
    const w = window as unknown as {
      IWER: { XRDevice: new (config: unknown) => unknown; metaQuest3: unknown }
      IWER_SEM?: { SyntheticEnvironmentModule: unknown }
      __room?: unknown
      __xrDevice: unknown
    }
    const device = new w.IWER.XRDevice(w.IWER.metaQuest3) as {
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
  })
}

export interface CellFile {
  id: string
  start: { position: [number, number, number]; yaw: number }
  testimonies: { id: string; position: [number, number, number]; captions: Record<string, string> }[]
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8')) as T
}

export function demoCells(): CellFile[] {
  const manifest = readJson<{ cells: string[] }>('content/manifest.json')
  return manifest.cells.map((c) => readJson<CellFile>(`content/${c}`))
}

/** The cue texts of a caption file, read straight from the WebVTT (the app's parser is not used to check itself). */
export function cueTexts(path: string): string[] {
  const text = readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8')
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.includes('-->'))
    .map((block) => {
      const lines = block.split(/\r?\n/)
      const at = lines.findIndex((l) => l.includes('-->'))
      return lines
        .slice(at + 1)
        .join(' ')
        .replace(/<[^>]*>/g, '')
        .trim()
    })
}

export const root = (page: Page) => page.locator('#root')

/** Opens the site (with `query`, e.g. `?stats`) and taps Begin, in `lang` if given. */
export async function begin(page: Page, lang?: string, query = ''): Promise<void> {
  await page.goto(`${baseURL()}${query}`)
  const button = page.locator('[data-role="begin"]')
  await button.waitFor()
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-role="begin"]')?.disabled)
  if (lang) await page.selectOption('[data-role="language"]', lang)
  await button.click()
  await page.waitForSelector('#root[data-phase="cells"]')
}

export async function enterCell(page: Page, id: string): Promise<void> {
  await page.click(`[data-enter-cell="${id}"]`)
  await page.waitForSelector(`#root[data-phase="cell"][data-cell="${id}"]`)
  await page.waitForSelector('canvas[data-role="scene"]')
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

/** One Chromium for a test file, closed after it. */
export function useBrowser(options: LaunchOptions = {}): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch(options)
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser has not started')
    return browser
  }
}
