import { createServer, type Server } from 'node:http'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import de from '../../src/i18n/locales/de'
import en from '../../src/i18n/locales/en'
import { baseURL, newContext, useBrowser } from './harness'

// The preview server sends no frame-ancestors or X-Frame-Options: a host that cannot set headers, as many static
// hosts cannot. The nginx configuration's own refusal is tested in server.test.ts.
const browser = useBrowser()

/** A page that frames `src`. */
const framing = (src: string) =>
  `<!doctype html><title>framing</title><iframe src="${src}" width="900" height="700"></iframe>`

// Another site: a server of its own on another port, so another origin (the browser would not let a page of a
// public address frame this local one). `/?src=<address>` frames that address.
let server: Server
let OTHER_SITE = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? ''
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end(framing(src.replace(/["<>&]/g, '')))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  OTHER_SITE = `http://127.0.0.1:${address.port}/`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A page of the other site framing `src`. */
async function framedBy(src: string): Promise<Page> {
  const page = await (await newContext(browser())).newPage()
  await page.goto(`${OTHER_SITE}?src=${encodeURIComponent(src)}`)
  return page
}

describe('in a frame of another site', () => {
  it('the landing does not run: a notice, in the visitor language, with a link that opens it on its own', async () => {
    const app = `${baseURL()}?lang=de`
    const page = await framedBy(app)
    const frame = page.frameLocator('iframe')
    await frame.locator('#root[data-phase="framed"]').waitFor({ state: 'attached' })
    await expect.poll(() => frame.locator('[data-role="framed"]').textContent()).toContain(de.framed)
    // Nothing of the interface is offered: no Begin, no language choice.
    expect(await frame.locator('[data-role="begin"], [data-role="language"]').count()).toBe(0)
    const link = frame.locator('[data-role="open-unframed"]')
    expect(await link.getAttribute('href')).toBe(app)
    expect(await link.getAttribute('target')).toBe('_blank')
    // The link opens the app on its own, where it runs.
    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()])
    await opened.waitForSelector('#root[data-app="ready"][data-phase="landing"]')
  })

  it('a kiosk does not run either', async () => {
    const page = await framedBy(`${baseURL()}?mode=kiosk&lang=en`)
    const frame = page.frameLocator('iframe')
    await frame.locator('#root[data-phase="framed"]').waitFor({ state: 'attached' })
    await expect.poll(() => frame.locator('[data-role="framed"]').textContent()).toContain(en.framed)
  })
  // Another site's frame between the site's own top page and the app: tests/unit/framing.test.ts (the browser's
  // local network checks keep a test page from framing this local server through another one).
})

describe('in a frame of its own site', () => {
  it('runs as usual', async () => {
    const context = await newContext(browser())
    // Served as the site's own page (the same origin as the app)
    await context.route(`${baseURL()}own-frame.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: framing(baseURL()) }),
    )
    const page = await context.newPage()
    await page.goto(`${baseURL()}own-frame.html`)
    const frame = page.frameLocator('iframe')
    await frame.locator('#root[data-app="ready"][data-phase="landing"]').waitFor({ state: 'attached' })
    await frame.locator('[data-role="begin"]').click()
    await frame.locator('#root[data-phase="cells"]').waitFor({ state: 'attached' })
  })
})
