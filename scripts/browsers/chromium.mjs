// The one place that finds and starts a headless Chromium for the tests, the benchmarks, the screenshots and the
// content tool's preview images (WebGL through SwiftShader, no sound heard), with one set of flags.
/** @import { Browser } from 'playwright-core' */
import { existsSync } from 'node:fs'

/** Flags every headless Chromium of this project runs with: software WebGL, no network of its own, no sound. */
const CHROMIUM_FLAGS = /** @type {readonly string[]} */ ([
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--mute-audio',
])

/** Media may start without a user gesture: for runs that are not about the audio unlock. */
const AUTOPLAY_FLAG = '--autoplay-policy=no-user-gesture-required'
/** `window.gc()` in pages: for runs that a page's work survives a garbage collection. */
const EXPOSE_GC_FLAG = '--js-flags=--expose-gc'

/**
 * A headless Chromium that needs no download at run time: $CHROMIUM_PATH if set, else the build carried inside
 * the @sparticuz/chromium npm package (unpacked to /tmp on first use), else Debian's /usr/bin/chromium.
 * @returns {Promise<string>}
 */
export async function chromiumExecutable() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`)
    return fromEnv
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium')
    return await chromium.executablePath()
  } catch (e) {
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
    throw new Error(`No Chromium found (@sparticuz/chromium failed: ${String(e)}); set CHROMIUM_PATH.`)
  }
}

/**
 * @typedef {object} LaunchOptions
 * @property {boolean} [autoplay] let media start without a user gesture (not for runs about the audio unlock)
 * @property {boolean} [exposeGc] `window.gc()` in pages
 * @property {string} [executablePath] a Chromium found before (default: `chromiumExecutable()`)
 */

/**
 * Starts that Chromium headless with the project's flags, and the ones `options` ask for beside them.
 * @example const browser = await launchChromium({ autoplay: true })
 * @param {LaunchOptions} [options]
 * @returns {Promise<Browser>}
 */
export async function launchChromium({ autoplay = false, exposeGc = false, executablePath } = {}) {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: executablePath ?? (await chromiumExecutable()),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(autoplay ? [AUTOPLAY_FLAG] : []), ...(exposeGc ? [EXPOSE_GC_FLAG] : [])],
  })
}
