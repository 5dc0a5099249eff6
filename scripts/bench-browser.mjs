// One place that serves the build and starts the benchmarks' Chromium (WebGL through SwiftShader, no sound heard).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { launchChromium } from './chromium.mjs'

/**
 * Builds `dist/` if it is missing, serves it on a free localhost port and launches Chromium
 * (`CHROMIUM_PATH`, else the one in `@sparticuz/chromium`).
 * @returns the server, its base URL and the browser; close both when done
 */
export async function serveAndLaunch({ dist = 'dist', args = [] } = {}) {
  if (dist === 'dist' && !existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' })
  const { preview } = await import('vite')
  const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  const base = `http://127.0.0.1:${server.httpServer.address().port}/`
  const browser = await launchChromium({ args: ['--autoplay-policy=no-user-gesture-required', ...args] })
  return { server, base, browser }
}
