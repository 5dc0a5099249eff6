import type { Browser } from 'playwright-core'

export const CHROMIUM_FLAGS: readonly string[]
export function chromiumExecutable(): Promise<string>
export function launchChromium(options?: { args?: string[]; executablePath?: string }): Promise<Browser>
