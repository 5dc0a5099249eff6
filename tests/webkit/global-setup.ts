import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { preview } from 'vite'
import { startWebKit } from './services'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    webkitDriver: string
  }
}

/**
 * Serves the production build (made by `npm test` before this runs) and starts WebKitWebDriver in a virtual display
 * with a real-time silent sound server, once for every WebKit test file.
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
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`)
  project.provide('webkitDriver', webkit.driverURL)
  return async () => {
    await webkit.stop()
    await server.close()
  }
}
