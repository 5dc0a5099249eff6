import type { Browser } from 'playwright-core'

export function chromiumExecutable(): Promise<string>
export function launchChromium(options?: { args?: string[]; executablePath?: string }): Promise<Browser>
