import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { failedModule, retryStep, siteAnswers } from '../../src/parts/part-retry'

describe('Try again for a part that could not be fetched', () => {
  it('does nothing while offline, tries in place first, and reloads only if the site answers', () => {
    expect(retryStep(0, false)).toBe('wait-online')
    expect(retryStep(3, false)).toBe('wait-online')
    expect(retryStep(0, true)).toBe('in-place')
    expect(retryStep(1, true)).toBe('reload-if-answers')
  })

  it('counts the site as answering only on a good answer, never on a network failure', async () => {
    const asked: RequestInit[] = []
    const answer =
      (status: number): typeof fetch =>
      (_url, init) => {
        asked.push(init ?? {})
        return Promise.resolve(new Response('', { status }))
      }
    expect(await siteAnswers('/', answer(200))).toBe(true)
    expect(await siteAnswers('/', answer(503))).toBe(false)
    expect(await siteAnswers('/', () => Promise.reject(new TypeError('Failed to fetch')))).toBe(false)
    // Asked of the server itself, not of the browser's cache.
    expect(asked.every((init) => init.cache === 'no-store')).toBe(true)
  })

  it('names the module a failed import names, on this site only, so that it can be asked for under a fresh address', () => {
    const page = 'https://example.org/cells/sizo?lang=uk'
    const chromium = new TypeError(
      'Failed to fetch dynamically imported module: https://example.org/assets/action-sheet-BgFXyWhr.js',
    )
    expect(failedModule(chromium, page)).toBe('https://example.org/assets/action-sheet-BgFXyWhr.js')
    const firefox = new TypeError('error loading dynamically imported module: https://example.org/assets/x-1.js')
    expect(failedModule(firefox, page)).toBe('https://example.org/assets/x-1.js')
    // Safari names none; another site's address is never fetched.
    expect(failedModule(new TypeError('Importing a module script failed.'), page)).toBeNull()
    expect(
      failedModule(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/x.js'), page),
    ).toBeNull()
  })

  it("reads the build's own words for a stylesheet it could not preload (Vite's preload helper)", () => {
    // Try again asks for such a stylesheet itself (loadAgain): an upgrade that rewords the error must fail here.
    const dir = 'node_modules/vite/dist/node/chunks'
    const helper = readdirSync(dir).some((f) =>
      readFileSync(join(dir, f), 'utf8').includes('Unable to preload CSS for ${dep}'),
    )
    expect(helper).toBe(true)
  })
})
