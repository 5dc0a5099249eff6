import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { shareEn } from '../../src/share/messages'
import { parseAddress } from '../../src/links/address'
import { baseURL, begin, demoCells, enterCell, openCellMenu, openKiosk, useBrowser } from './harness'

const browser = useBrowser()

/** Records what the page hands the system share sheet (headless Chromium on Linux has none of its own). */
async function withShareSheet(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shared: ShareData[] = []
    Object.assign(window, { sharedLinks: shared })
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => (shared.push(data), Promise.resolve()),
    })
  })
}
const sharedLinks = (page: Page) => page.evaluate(() => (window as unknown as { sharedLinks: ShareData[] }).sharedLinks)

describe('passing a cell or a voice on', () => {
  const [sizo] = demoCells()

  it("hands the system share sheet the cell's address and a line with the campaign's hashtag", async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await withShareSheet(page)
    await begin(page)
    await enterCell(page, sizo.id)
    // On a phone, Share is in the cell's menu: two taps.
    await openCellMenu(page)
    await page.click('[data-role="share"]')
    await expect.poll(() => sharedLinks(page)).toHaveLength(1)
    const [link] = await sharedLinks(page)
    expect(new URL(link?.url ?? '').pathname).toBe(`/en/cells/${sizo.id}/`)
    expect(link?.text).toContain('#PrisonersVoice')
  })

  it('shares a playing voice from the moment it has reached, and the link leads back to that moment', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await withShareSheet(page)
    await begin(page)
    await enterCell(page, sizo.id)
    const voice = sizo.testimonies[0]
    if (!voice) throw new Error('the demo cell has no testimony')
    await page.locator(`[data-testimony="${voice.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${voice.id}"]`)
    await page.waitForFunction(
      () => (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0) >= 2,
    )
    // The one-line player opens into the speaker card, which has Share from here.
    await page.click('[data-role="player-more"]')
    await page.click('[data-role="share-moment"]')
    await expect.poll(() => sharedLinks(page)).toHaveLength(1)
    const [link] = await sharedLinks(page)
    const url = new URL(link?.url ?? '')
    const { place } = parseAddress(url.pathname, url.search)
    expect(place).toMatchObject({ kind: 'testimony', cell: sizo.id, testimony: voice.id })
    expect(place.kind === 'testimony' && place.at).toBeGreaterThanOrEqual(2)
  })

  it('copies the link, and says so, where the browser has no share sheet (Firefox desktop)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL()).origin })
    const page = await context.newPage()
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined })
    })
    await begin(page)
    await enterCell(page, sizo.id)
    await page.click('[data-role="share"]')
    const status = page.locator('[data-role="share-result"][role="status"]')
    await status.waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(copied).pathname).toBe(`/en/cells/${sizo.id}/`)
    await expect(status.textContent()).resolves.toBe(shareEn.linkCopied.replace('{url}', copied))
  })

  it('shows a QR code of the address at a kiosk, where nothing opens or copies', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } })
    const page = await openKiosk(context, 'lang=en', { clock: false })
    await page.mouse.click(640, 400)
    await page.waitForSelector('#root[data-phase="cells"]')
    await enterCell(page, sizo.id)
    await page.click('[data-role="share"]')
    const qr = page.locator('[data-role="share-result"] [data-qr]')
    await qr.waitFor()
    const url = new URL((await qr.getAttribute('data-qr')) ?? '')
    expect(url.pathname).toBe(`/en/cells/${sizo.id}/`)
    await expect(page.locator('[data-role="share-result"] figcaption').textContent()).resolves.toBe(shareEn.shareQr)
  })
})
