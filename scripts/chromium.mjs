// The one place that finds and starts a headless Chromium for the tests, the benchmarks and the content tool's
// preview images (WebGL through SwiftShader, no sound heard).
import { existsSync } from 'node:fs'

/** Flags every headless Chromium of this project runs with: software WebGL, no network of its own, no sound. */
const CHROMIUM_FLAGS = [
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

/**
 * A headless Chromium that needs no download at run time: $CHROMIUM_PATH if set, else the build carried inside
 * the @sparticuz/chromium npm package (unpacked to /tmp on first use), else Debian's /usr/bin/chromium.
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
 * Starts that Chromium headless with the project's flags and any `args` beside them.
 * @example const browser = await launchChromium({ args: ['--autoplay-policy=no-user-gesture-required'] })
 */
export async function launchChromium({ args = [], executablePath } = {}) {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: executablePath ?? (await chromiumExecutable()),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...args],
  })
}
