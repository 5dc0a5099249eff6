// One place that serves the build and starts the benchmarks' Chromium (scripts/browsers/chromium.mjs: WebGL through
// SwiftShader, no sound heard, media free to start without a gesture).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { launchChromium } from '../browsers/chromium.mjs'

/**
 * Builds `dist/` if it is missing, serves it on a free localhost port and launches Chromium
 * (`CHROMIUM_PATH`, else the one in `@sparticuz/chromium`).
 * @param {{ dist?: string }} [options]
 * @returns the server, its base URL and the browser; close both when done
 */
export async function serveAndLaunch({ dist = 'dist' } = {}) {
  if (dist === 'dist' && !existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' })
  const { preview } = await import('vite')
  const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' })
  const base = `http://127.0.0.1:${listeningPort(server.httpServer)}/`
  const browser = await launchChromium({ autoplay: true })
  return { server, base, browser }
}

/**
 * The port a server listens on.
 * @param {{ address(): import('node:net').AddressInfo | string | null }} server
 * @returns {number}
 */
export function listeningPort(server) {
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the server has no port')
  return address.port
}
