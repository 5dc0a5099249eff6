import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { preview } from 'vite'
import { DESKTOP, WebKitPage } from '../../scripts/browsers/webkit-page.mjs'
import { startWebKit } from '../../scripts/browsers/webkit.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    webkitDriver: string
    webkitSession: string
  }
}

/**
 * Serves the production build (made by `npm test` before this runs), starts WebKitWebDriver in a virtual display with
 * a real-time silent sound server, and opens the one browser window every WebKit test file attaches to.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first (npm test does).')
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  const webkit = await startWebKit().catch(async (e: unknown) => {
    await server.close()
    throw e
  })
  const browser = await WebKitPage.open(webkit.driverURL, DESKTOP).catch(async (e: unknown) => {
    await webkit.stop()
    await server.close()
    throw e
  })
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`)
  project.provide('webkitDriver', webkit.driverURL)
  project.provide('webkitSession', browser.session.id)
  return async () => {
    await browser.close().catch(() => undefined) // what does not end by itself, webkit.stop() ends
    await webkit.stop()
    await server.close()
  }
}
