import { existsSync } from 'node:fs'

/**
 * A headless Chromium that needs no download at test time: $CHROMIUM_PATH if set, else the build carried inside
 * the @sparticuz/chromium npm package (unpacked to /tmp on first use), else Debian's /usr/bin/chromium.
 */
export async function chromiumExecutable(): Promise<string> {
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
