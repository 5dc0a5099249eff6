import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Provenance } from '../../src/content/provenance'
import { VR_HOW_WE_KNOW, hudPoint } from '../../src/xr/vr-layout'
import { select, type V3 } from './controller'
import { PHONE_SIZES } from './layout-probe'
import {
  begin,
  demoCells,
  enterCell,
  installEmulatedHeadset,
  newContext,
  openCellMenu,
  openKiosk,
  readJson,
  root,
  useBrowser,
} from './harness'

const browser = useBrowser({ autoplay: true })
const [cell] = demoCells() as (ReturnType<typeof demoCells>[number] & { provenance: string })[]
if (!cell) throw new Error('the demo content has no cell')
const record = readJson<Provenance>(cell.provenance)
const first = cell.testimonies[0]
if (!first) throw new Error('the demo cell has no testimony')
const recording = record.testimonies[first.id]
if (!recording) throw new Error(`the demo record says nothing of ${first.id}`)
const cellFile = new RegExp(`/content/cells/${cell.id}\\.json$`)
const recordFile = new RegExp(`/${cell.provenance.replace(/[.]/g, '\\.')}$`)

/** Links in a part of the page that would leave it: none at a kiosk. */
const linksIn = (page: Page, selector: string) =>
  page.locator(`${selector} a[href], ${selector} area[href], ${selector} form[action]`).count()

const dialog = '[data-role="how-we-know"]'

/** Opens How we know from the cell's header and waits for the record to be shown. */
async function openHowWeKnow(page: Page, state = 'shown') {
  await page.click('[data-role="how-we-know-open"]')
  await page.waitForSelector(`${dialog}[data-record="${state}"]`)
}

/** The cell file with its first testimony agreed for visitors' own screens only. */
async function onlyOnScreen(r: Route) {
  const json = await (await r.fetch()).json()
  json.testimonies[0].consentScope = { ...json.testimonies[0].consentScope, where: ['web'] }
  await r.fulfill({ json })
}

async function playFirst(page: Page) {
  await page.locator(`[data-testimony-item="${first!.id}"]`).dispatchEvent('click')
  await page.waitForSelector(`#root[data-playing="${first!.id}"]`)
}

describe('How we know', () => {
  it('on screen: the sources, elements and maker, in English and German; Escape closes it and the focus returns', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    const asked: string[] = []
    page.on('request', (r) => recordFile.test(r.url()) && asked.push(r.url()))
    await begin(page, 'en')
    await enterCell(page, cell.id)
    await playFirst(page)
    // Nothing of the record is fetched before the visitor asks for it.
    expect(asked).toEqual([])
    await openHowWeKnow(page)
    expect(asked).toHaveLength(1)
    const shown = page.locator(dialog)
    await expect(shown.locator('h2').textContent()).resolves.toContain('How we know')
    if (record.demo) await expect(shown.locator('[data-role="record-demo"]').textContent()).resolves.toContain('demo')
    await expect(shown.locator('[data-role="record-sources"] li').count()).resolves.toBe(record.room.sources.length)
    const firstSource = record.room.sources[0]!
    await expect(shown.locator('[data-role="record-sources"] li').first().textContent()).resolves.toContain(
      firstSource.title.en,
    )
    const kinds = { document: 'Document', illustration: 'Illustration', testimony: 'Testimony' } as Record<
      string,
      string
    >
    if (kinds[firstSource.kind])
      await expect(shown.locator('[data-role="record-sources"] li strong').first().textContent()).resolves.toBe(
        kinds[firstSource.kind],
      )
    const elements = record.room.elements ?? []
    await expect(shown.locator('[data-role="record-elements"] li').count()).resolves.toBe(elements.length)
    if (elements[0]?.basis === 'illustration')
      await expect(shown.locator('[data-role="record-elements"] li').first().textContent()).resolves.toContain(
        'an illustration',
      )
    await expect(shown.locator('[data-role="record-made"]').textContent()).resolves.toContain(record.room.madeBy.en)

    // Escape closes the dialog only: the voice goes on, and the focus is back on the button that opened it.
    await page.keyboard.press('Escape')
    await page.waitForSelector(dialog, { state: 'detached' })
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-role') ?? document.activeElement?.tagName),
    ).resolves.toBe('how-we-know-open')
    await expect(root(page).getAttribute('data-playing')).resolves.toBe(first.id)

    // In German: the same record, in the visitor's language.
    await page.selectOption('[data-role="language"]', 'de')
    await page.waitForSelector('#root[data-lang="de"]')
    await openHowWeKnow(page)
    await expect(shown.locator('h2').textContent()).resolves.toContain('Woher wir es wissen')
    if (firstSource.title.de)
      await expect(shown.locator('[data-role="record-sources"] li').first().textContent()).resolves.toContain(
        firstSource.title.de,
      )
    await expect(shown.locator('[data-role="record-made"]').textContent()).resolves.toContain('Erstellt von')
    await page.click('[data-role="how-we-know-close"]')
    await page.waitForSelector(dialog, { state: 'detached' })
  })

  it("on the speaker's card while a voice plays: About this recording, and a synthetic voice said plainly", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await begin(page, 'en')
    await enterCell(page, cell.id)
    await playFirst(page)
    const card = page.locator('[data-role="speaker-card"]')
    if (recording.audioEdits.includes('synthetic'))
      await expect(card.locator('[data-role="voice-plain"]').textContent()).resolves.toContain('synthetic')
    const about = card.locator('[data-role="about-recording"]')
    // It reads as a disclosure, with the ▸ marker that the card's other disclosures show.
    await expect(about.locator('summary').evaluate((s) => getComputedStyle(s).display)).resolves.toBe('list-item')
    await about.locator('summary').click()
    await about.locator('dl').waitFor()
    const text = await about.textContent()
    expect(text).toContain('Recorded')
    expect(text).toContain(recording.recorded.slice(0, 4))
    expect(text).toContain(recording.transcribedBy.en)
    expect(text).toContain('What the speaker agreed to')
    expect(text).toContain(recording.agreed.en)
    expect(text).toMatch(/To withdraw it, contact \S+/)
  })

  it('at a kiosk: the same, touch-sized, with no link leading off the page', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await openKiosk(context, 'lang=en&idle=600&offline=0', { clock: false })
    await page.locator('[data-start-lang="en"]').tap()
    await page.waitForSelector('#root[data-phase="cells"]')
    await enterCell(page, cell.id)
    await openHowWeKnow(page)
    await expect(page.locator('[data-role="record-sources"] li').count()).resolves.toBe(record.room.sources.length)
    await expect(linksIn(page, dialog)).resolves.toBe(0)
    const close = await page.locator('[data-role="how-we-know-close"]').boundingBox()
    expect(close!.height).toBeGreaterThanOrEqual(44)
    await page.locator('[data-role="how-we-know-close"]').tap()
    await page.waitForSelector(dialog, { state: 'detached' })

    await playFirst(page)
    const about = page.locator('[data-role="about-recording"]')
    await about.locator('summary').tap()
    await about.locator('[data-role="withdraw-contact"]').waitFor()
    await expect(linksIn(page, '[data-role="speaker-card"]')).resolves.toBe(0)
  })

  it('on a 360×640 phone: the record scrolls under a Close button that stays in sight and takes a tap', async () => {
    const context = await newContext(browser(), { viewport: PHONE_SIZES[0], hasTouch: true, isMobile: true })
    const page = await context.newPage()
    await begin(page, 'uk')
    await enterCell(page, cell.id)
    await openCellMenu(page)
    await openHowWeKnow(page)
    // The record is longer than the phone's screen: it must scroll, or there is nothing to keep in sight.
    const scroll = () =>
      page.locator(dialog).evaluate((el) => ({ top: el.scrollTop, height: el.scrollHeight, shown: el.clientHeight }))
    expect((await scroll()).height).toBeGreaterThan((await scroll()).shown)
    /** Whether the Close button is whole on screen and nothing lies over its middle. */
    const closeInSight = () =>
      page.locator('[data-role="how-we-know-close"]').evaluate((el) => {
        const r = el.getBoundingClientRect()
        const inside = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth
        return inside && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el
      })
    await expect(closeInSight()).resolves.toBe(true)
    await page.locator(dialog).evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }))
    await expect.poll(async () => (await scroll()).top).toBeGreaterThan(0)
    await expect(closeInSight()).resolves.toBe(true)
    const close = await page.locator('[data-role="how-we-know-close"]').boundingBox()
    expect(Math.min(close!.width, close!.height)).toBeGreaterThanOrEqual(44)
    await page.locator('[data-role="how-we-know-close"]').tap()
    await page.waitForSelector(dialog, { state: 'detached' })
  })

  it('a broken record says what is wrong, and the cell still plays', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.route(recordFile, (r) => r.fulfill({ json: { ...record, demo: 'perhaps' } }))
    await begin(page, 'en')
    await enterCell(page, cell.id)
    await openHowWeKnow(page, 'broken')
    const problem = await page.locator(`${dialog} [data-role="record-problem"]`).textContent()
    expect(problem).toContain('could not be read')
    expect(problem).toContain(cell.provenance)
    expect(problem).toContain('demo')
    await page.keyboard.press('Escape')
    await page.waitForSelector(dialog, { state: 'detached' })
    await playFirst(page)
    await page.waitForSelector('#root[data-audio="playing"]')
    expect(errors).toEqual([])
  })

  it('a testimony whose consent does not name kiosks is offered on screen but not at a kiosk', async () => {
    const screen = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await screen.route(cellFile, onlyOnScreen)
    await begin(screen, 'en')
    await enterCell(screen, cell.id)
    await screen.locator(`[data-testimony-item="${first.id}"]`).waitFor({ state: 'attached' })
    await expect(screen.locator(`[data-testimony="${first.id}"]`).count()).resolves.toBe(1)
    // A page left drawing its room slows the kiosk's.
    await screen.close()

    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    await context.route(cellFile, onlyOnScreen)
    const kiosk = await openKiosk(context, 'lang=en&idle=600&offline=0', { clock: false })
    await kiosk.locator('[data-start-lang="en"]').tap()
    await kiosk.waitForSelector('#root[data-phase="cells"]')
    await enterCell(kiosk, cell.id)
    const other = cell.testimonies[1]
    if (other) await kiosk.locator(`[data-testimony-item="${other.id}"]`).waitFor({ state: 'attached' })
    await expect(kiosk.locator(`[data-testimony-item="${first.id}"]`).count()).resolves.toBe(0)
    await expect(kiosk.locator(`[data-testimony="${first.id}"]`).count()).resolves.toBe(0)
  })
})

describe('How we know in an emulated Meta Quest 3', () => {
  it('opens as a panel from the HUD and says what the room was rebuilt from', async () => {
    const context = await newContext(browser(), { viewport: { width: 1024, height: 700 } })
    await installEmulatedHeadset(context)
    const page = await context.newPage()
    await begin(page, 'en')
    await enterCell(page, cell.id)
    await page.click('[data-role="enter-vr"]')
    await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
    await page.waitForSelector('canvas[data-role="scene"][data-vr-text]')
    const head = await page.evaluate(() => {
      const p = (window as unknown as { __xrDevice: { position: { x: number; y: number; z: number } } }).__xrDevice
        .position
      return [p.x, p.y, p.z] as V3
    })
    const { button } = VR_HOW_WE_KNOW
    await select(
      page,
      [0.15, 1.25, -0.25],
      hudPoint(head, button.x, button.y),
      'canvas[data-role="scene"][data-vr-how-we-know]',
    )
    const firstSource = record.room.sources[0]!
    await page.waitForFunction(
      (title) =>
        document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrHowWeKnow?.includes(title),
      firstSource.title.en,
    )
    const text = await page.evaluate(
      () => document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrHowWeKnow ?? '',
    )
    expect(text).toContain('How we know')
    expect(text).toContain(record.room.madeBy.en)
    if (record.demo) expect(text).toContain('This is demo content')
    // The whole record is on the panel, down to its Close line: drawn smaller where it is long, never cut off.
    await expect(
      page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrTextCut),
    ).resolves.toBeUndefined()
  })
})
