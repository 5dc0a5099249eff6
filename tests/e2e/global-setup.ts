import type { TestProject } from 'vitest/node'
import { existsSync } from 'node:fs'
import { preview } from 'vite'
import { chromiumExecutable } from '../../scripts/browsers/chromium.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromiumPath: string
  }
}

/** Serves the production build (made by `npm test` before this runs) and finds a Chromium once for every test file. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first (npm test does).')
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('preview server has no port')
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`)
  project.provide('chromiumPath', await chromiumExecutable())
  return async () => {
    await server.close()
  }
}
