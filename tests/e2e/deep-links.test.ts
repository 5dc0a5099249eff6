import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en'
import {
  baseURL,
  demoCells,
  enterCell,
  installEmulatedHeadset,
  newContext,
  openKiosk,
  readJson,
  root,
  useBrowser,
} from './harness'

const browser = useBrowser()

const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search

/** Opens an address as a visitor from a link would, and taps Begin once the app has taken over the landing. */
async function openAndBegin(page: Page, address: string, onLanding?: () => Promise<void>): Promise<void> {
  await page.goto(new URL(address, baseURL()).href)
  await page.waitForSelector('#root[data-app="ready"]')
  await onLanding?.()
  await page.click('[data-role="begin"]')
}

const audioTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? -1)

describe('links to cells and testimonies', () => {
  const [sizo, basement] = demoCells()
  // Each visit in a browser of its own making: a page left open by one test (on a cell choice, its sound running)
  // kept a later headset's session from starting in Chromium.
  afterEach(async () => {
    for (const context of browser().contexts()) await context.close()
  })
  const texts = readJson<{ testimonies: { id: string; title: { en: string }; speaker: { label: { en: string } } }[] }>(
    `content/cells/${sizo.id}.json`,
  )
  const voice = sizo.testimonies.find((t) => t.id === 'sizo-window') ?? sizo.testimonies[0]
  if (!voice) throw new Error('the demo cell has no testimony')

  it('a testimony link with a moment: one tap on Begin, and that voice speaks from that moment in its cell', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    // Before any script runs, the page the build wrote for the link says where it leads.
    await page.route(/\.js$/, (r) => r.abort())
    await page.goto(new URL(`cells/${sizo.id}/${voice.id}/?at=0:05`, baseURL()).href)
    const line = page.locator('[data-role="link-target"]')
    await expect(line.textContent()).resolves.toContain(texts.testimonies.find((t) => t.id === voice.id)?.title.en)
    await page.unroute(/\.js$/)
    await openAndBegin(page, `cells/${sizo.id}/${voice.id}/?at=0:05`, async () => {
      // The app keeps the line, and adds the moment.
      await expect(line.textContent()).resolves.toMatch(/The window.*From 0:05/)
    })
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${sizo.id}"][data-playing="${voice.id}"]`)
    expect(await audioTime(page)).toBeGreaterThanOrEqual(5)
    // The address names the testimony while it is chosen (a reload or a share comes back to it).
    expect(new URL(page.url()).pathname).toBe(`/cells/${sizo.id}/${voice.id}/`)
    await page.keyboard.press('Escape')
    await page.waitForSelector('#root[data-audio="idle"]')
    await expect.poll(() => path(page)).toBe(`/cells/${sizo.id}/`)
  })

  it('Back and Forward move between the landing, the cell choice and a cell; a reload stays in the cell', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await openAndBegin(page, '')
    await page.waitForSelector('#root[data-phase="cells"]')
    expect(path(page)).toBe('/cells/')
    await enterCell(page, basement.id)
    expect(path(page)).toBe(`/cells/${basement.id}/`)

    await page.goBack()
    await page.waitForSelector('#root[data-phase="cells"]')
    expect(path(page)).toBe('/cells/')
    await page.goForward()
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${basement.id}"]`)
    await page.goBack()
    await page.waitForSelector('#root[data-phase="cells"]')
    await page.goBack()
    await page.waitForSelector('#root[data-phase="landing"]')
    expect(path(page)).toBe('/')

    // In the cell again, then a reload: the landing asks for its one tap, and Begin returns to the same cell.
    await page.click('[data-role="begin"]')
    await enterCell(page, sizo.id)
    await page.reload()
    await page.waitForSelector('#root[data-app="ready"][data-phase="landing"]')
    await page.click('[data-role="begin"]')
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${sizo.id}"]`)
  })

  it('a link in a language opens in it, and changing the language changes the link', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await openAndBegin(page, `uk/cells/${basement.id}/`)
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${basement.id}"][data-lang="uk"]`)
    await page.selectOption('.top-lang select, [data-role="language"]', 'de')
    await page.waitForSelector('#root[data-lang="de"]')
    await expect.poll(() => path(page)).toBe(`/de/cells/${basement.id}/`)
  })

  it('a link to a cell or testimony that is gone opens the cell choice and says so', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const notice = page.locator('[data-role="link-notice"]')

    await openAndBegin(page, 'cells/no-such-cell/')
    await page.waitForSelector('#root[data-phase="cells"]')
    await expect(notice.textContent()).resolves.toBe(en.cellGone)
    await page.locator(`[data-cell-card="${sizo.id}"]`).waitFor()
    await enterCell(page, sizo.id)
    await expect(notice.count()).resolves.toBe(0)

    await openAndBegin(page, `cells/${sizo.id}/no-such-testimony/`)
    await page.waitForSelector('#root[data-phase="cells"]')
    await expect(notice.textContent()).resolves.toBe(en.testimonyGone)
  })

  it("a withdrawn testimony's link says it was withdrawn, and nothing more about it", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    const withdrawn = texts.testimonies[1] ?? texts.testimonies[0]
    if (!withdrawn) throw new Error('the demo cell has no testimony')
    await page.route(new RegExp(`/content/cells/${sizo.id}\\.json$`), async (r) => {
      const cell = await (await r.fetch()).json()
      for (const t of cell.testimonies)
        if (t.id === withdrawn.id) t.speaker = { ...t.speaker, demo: false, consent: 'withdrawn' }
      await r.fulfill({ json: cell })
    })
    await openAndBegin(page, `cells/${sizo.id}/${withdrawn.id}/`)
    await page.waitForSelector('#root[data-phase="cells"]')
    await expect(page.locator('[data-role="link-notice"]').textContent()).resolves.toBe(en.testimonyWithdrawn)
    const text = await page.locator('body').innerText()
    expect(text).not.toContain(withdrawn.title.en)
    expect(text).not.toContain(withdrawn.speaker.label.en)
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('idle')
  })

  it("in a headset's browser, a cell's link leads into that cell, and VR starts there", async () => {
    const context = await newContext(browser(), { viewport: { width: 1024, height: 760 } })
    await installEmulatedHeadset(context)
    const page = await context.newPage()
    await openAndBegin(page, `cells/${basement.id}/`)
    await page.waitForSelector(`#root[data-phase="cell"][data-cell="${basement.id}"]`)
    await page.click('[data-role="enter-vr"]')
    await page.waitForSelector(`#root[data-xr-mode="immersive-vr"][data-cell="${basement.id}"]`)
    expect(path(page)).toBe(`/cells/${basement.id}/`)
  })

  it('a kiosk keeps its own address', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } })
    const page = await openKiosk(context, 'lang=en', { clock: false })
    await page.mouse.click(640, 400)
    await page.waitForSelector('#root[data-phase="cells"]')
    await enterCell(page, sizo.id)
    expect(path(page)).toBe('/?mode=kiosk&lang=en')
  })
})
