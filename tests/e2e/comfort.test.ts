import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SEATED_EYE_M, STANDING_EYE_M } from '../../src/state/comfort'
import { HUD_CAPTIONS, SPEAKER_CAPTION_DROP, VR_COMFORT, VR_SAFE_PLACE, hudPoint } from '../../src/xr/vr-layout'
import { select, xrFrames, type V3 } from './controller'
import {
  baseURL,
  begin,
  cspViolations,
  demoCells,
  enterCell,
  foreignRequests,
  frames,
  installEmulatedHeadset,
  newContext,
  openCellMenu,
  recordRequests,
  root,
  useBrowser,
  watchCsp,
} from './harness'

const browser = useBrowser({ autoplay: true })
const cells = demoCells()
const KEY = 'prisonersvoice.comfort'

const audioPaused = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.paused ?? true)

const captionFontPx = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-role="captions"] .caption-line')
    return el ? parseFloat(getComputedStyle(el).fontSize) : 0
  })

async function openComfort(page: Page) {
  await page.click('[data-role="comfort"]')
  await page.locator('[data-role="comfort-panel"]').waitFor()
}

async function closeComfort(page: Page) {
  await page.click('[data-role="comfort-close"]')
  await page.locator('[data-role="comfort-panel"]').waitFor({ state: 'detached' })
}

/** Plays a cell's testimony from the list of testimonies (the list also carries each content note). */
async function playFromList(page: Page, id: string) {
  await page.evaluate(() => document.querySelector<HTMLDetailsElement>('.testimony-list')?.setAttribute('open', ''))
  await page.click(`[data-testimony-item="${id}"]`)
  await page.waitForSelector(`#root[data-playing="${id}"]`)
}

describe('comfort settings on screen', () => {
  it('caption size and backdrop, content notes before playing, the safe place and back; remembered on this device', async () => {
    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 } })
    const requests = recordRequests(context)
    await watchCsp(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))

    // Reachable from the landing, before Begin.
    await page.goto(baseURL())
    await openComfort(page)
    await page.check('[data-role="comfort-mono"]')
    await page.check('[data-role="comfort-caption-size-2"]')
    await closeComfort(page)
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('comfort')

    await page.click('[data-role="begin"]')
    await page.waitForSelector('#root[data-phase="cells"]')
    const [cell] = cells
    await enterCell(page, cell.id)

    // Each testimony's content note is there to read before anything plays.
    await page.evaluate(() => document.querySelector<HTMLDetailsElement>('.testimony-list')?.setAttribute('open', ''))
    const notes = page.locator('[data-role="content-note"]')
    await expect(notes.count()).resolves.toBe(cell.testimonies.length)
    await expect(notes.first().isVisible()).resolves.toBe(true)
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('idle')

    const first = cell.testimonies[0]
    await playFromList(page, first.id)
    await page.waitForSelector('[data-role="captions"] .caption-line')
    const large = await captionFontPx(page)
    await openComfort(page)
    await page.check('[data-role="comfort-caption-size-0"]')
    await page.locator('[data-role="comfort-caption-backdrop"]').fill('100')
    await closeComfort(page)
    const small = await captionFontPx(page)
    expect(large / small).toBeCloseTo(1.7, 1)
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('.caption-line')!).backgroundColor),
    ).resolves.toBe('rgb(0, 0, 0)')

    // The safe place: one tap stops the voice and leaves the cell for a calm screen with a line on support.
    await page.waitForFunction(
      () => (document.querySelector<HTMLAudioElement>('audio[data-role="testimony-audio"]')?.currentTime ?? 0) > 0.2,
    )
    await page.click('[data-role="safe-place"]')
    await page.waitForSelector('#root[data-safe-place="true"]')
    await page.locator('[data-role="safe-support"]').waitFor()
    await expect(audioPaused(page)).resolves.toBe(true)
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('idle')
    await expect(page.locator('.cell-view').getAttribute('inert')).resolves.not.toBeNull()
    // Back into the same cell, when ready.
    await page.click('[data-role="safe-back"]')
    await page.waitForSelector('#root[data-safe-place="false"]')
    await expect(root(page).getAttribute('data-phase')).resolves.toBe('cell')
    await expect(root(page).getAttribute('data-cell')).resolves.toBe(cell.id)
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-role'))).resolves.toBe('safe-place')

    // Remembered on the visitor's own device.
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}')
    expect(saved).toMatchObject({ mono: true, captionSize: 0, captionBackdrop: 1 })
    await page.reload()
    await openComfort(page)
    await expect(page.isChecked('[data-role="comfort-mono"]')).resolves.toBe(true)
    await expect(page.isChecked('[data-role="comfort-caption-size-0"]')).resolves.toBe(true)

    expect(errors).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    expect(foreignRequests(requests)).toEqual([])
  })

  it('a kiosk remembers nothing, offers the safe place, and never offers turning by phone on its touchscreen', async () => {
    // A visitor's own touch phone is offered turning (the control for the kiosk below).
    const phone = await newContext(browser(), { viewport: { width: 390, height: 844 }, hasTouch: true })
    const own = await phone.newPage()
    await begin(own)
    await enterCell(own, cells[0].id)
    await openCellMenu(own)
    await own.locator('[data-role="motion-look"]').waitFor()
    await phone.close()

    const context = await newContext(browser(), { viewport: { width: 1280, height: 800 }, hasTouch: true })
    const page = await context.newPage()
    await page.goto(`${baseURL()}?mode=kiosk&offline=0`)
    await page.waitForSelector('#root[data-phase="attract"]')
    await page.locator('[data-role="attract"]').tap()
    await page.waitForSelector('#root[data-phase="cells"]')
    await enterCell(page, cells[0].id)
    await openComfort(page)
    await page.check('[data-role="comfort-mono"]')
    await page.locator('[data-role="comfort-panel"] .comfort-memory').waitFor()
    await closeComfort(page)
    await expect(page.locator('[data-role="motion-look"]').count()).resolves.toBe(0)
    await expect(page.evaluate((k) => localStorage.getItem(k), KEY)).resolves.toBeNull()

    await playFromList(page, cells[0].testimonies[0].id)
    await page.locator('[data-role="safe-place"]').tap()
    await page.waitForSelector('#root[data-safe-place="true"]')
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('idle')
    await page.locator('[data-role="safe-back"]').tap()
    await page.waitForSelector('#root[data-safe-place="false"][data-phase="cell"]')
  })
})

describe('captions on a phone', () => {
  // A German line with long compounds, as long as a real caption cue can be.
  const LONG =
    'Die Untersuchungshaftanstaltsverwaltung verweigerte jede Rechtsberatungsmöglichkeit, und der Gefängnisaufseher sagte uns, dass niemand von unserer Festnahme wisse.'
  for (const width of [390, 360])
    it(`at ${width} px a long German line at the largest size stays within the screen`, async () => {
      const context = await newContext(browser(), { viewport: { width, height: 844 } })
      const page = await context.newPage()
      await page.route(/\.vtt$/, (r) =>
        r.fulfill({ contentType: 'text/vtt', body: `WEBVTT\n\n00:00:00.000 --> 01:00:00.000\n${LONG}\n` }),
      )
      await begin(page, 'de')
      await openComfort(page)
      await page.check('[data-role="comfort-caption-size-2"]')
      await closeComfort(page)
      await enterCell(page, cells[0].id)
      await playFromList(page, cells[0].testimonies[0].id)
      await page.waitForFunction(
        (text) => document.querySelector('[data-role="captions"] .caption-line')?.textContent === text,
        LONG,
      )
      const boxes = await page.evaluate(() => {
        const el = document.querySelector('[data-role="captions"] .caption-line')!
        return [...el.getClientRects()].map((r) => ({ left: r.left, right: r.right }))
      })
      expect(boxes.length).toBeGreaterThan(1)
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(0)
        expect(b.right).toBeLessThanOrEqual(width)
      }
    })
})

describe('markers from the start view', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    it(`at ${viewport.width}×${viewport.height} every marker in view is whole on screen; all of the basement's are in view`, async () => {
      const context = await newContext(browser(), { viewport })
      const page = await context.newPage()
      // `?stats` publishes the drawn triangles, to wait for the model.
      await begin(page, undefined, '?stats')
      for (const cell of cells) {
        await enterCell(page, cell.id)
        // The cell's model is drawn and the markers have been placed over their spots.
        await page.waitForFunction(
          () => Number(document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.triangles) > 100,
        )
        await frames(page, 5)
        const markers = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-testimony]')].map((el) => {
            const r = el.getBoundingClientRect()
            return {
              id: el.dataset.testimony,
              shown: el.style.visibility === 'visible',
              left: r.left,
              right: r.right,
              top: r.top,
              bottom: r.bottom,
            }
          }),
        )
        for (const m of markers.filter((x) => x.shown)) {
          expect(m.left, `${m.id} left`).toBeGreaterThanOrEqual(0)
          expect(m.top, `${m.id} top`).toBeGreaterThanOrEqual(0)
          expect(m.right, `${m.id} right`).toBeLessThanOrEqual(viewport.width)
          expect(m.bottom, `${m.id} bottom`).toBeLessThanOrEqual(viewport.height)
        }
        if (cell.id === 'basement')
          expect(markers.filter((x) => x.shown).map((x) => x.id)).toEqual(cell.testimonies.map((x) => x.id))
        await page.click('[data-role="back"]')
        await page.waitForSelector('#root[data-phase="cells"]')
      }
    })
})

type Device = { position: { x: number; y: number; z: number; set(x: number, y: number, z: number): void } }

const eye = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.eye ?? '').split(',').map(Number),
  )
const vrCaptions = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrCaptions ?? '')
      .split(',')
      .map(Number),
  )
const head = (page: Page) =>
  page.evaluate(() => {
    const p = (window as unknown as { __xrDevice: Device }).__xrDevice.position
    return [p.x, p.y, p.z] as V3
  })
const HAND: V3 = [0.15, 1.25, -0.25]

describe('comfort in an emulated Meta Quest 3', () => {
  it('captions resized and moved below the speaker, seated height, recentring, and the safe place, read back from the scene', async () => {
    const context = await newContext(browser(), { viewport: { width: 1024, height: 700 } })
    const requests = recordRequests(context)
    await watchCsp(context)
    await installEmulatedHeadset(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await begin(page)
    const [cell] = cells
    await enterCell(page, cell.id)
    await page.click('[data-role="enter-vr"]')
    await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
    await xrFrames(page, 3)
    const canvas = 'canvas[data-role="scene"]'
    await page.waitForSelector(`${canvas}[data-eye][data-vr-captions]`)
    const [sx, , sz] = cell.start.position
    const standing = await eye(page)
    const startHead = await head(page)
    expect(standing[0]).toBeCloseTo((sx + startHead[0]) * 100, -1)

    // A testimony plays; its captions are in the HUD at the medium size.
    const target = cell.testimonies[0]
    await select(
      page,
      [0.2, 1.3, -0.3],
      [target.position[0] - sx, target.position[1], target.position[2] - sz],
      `#root[data-playing="${target.id}"]`,
    )
    await expect(vrCaptions(page).then((c) => c[3])).resolves.toBe(Math.round(HUD_CAPTIONS.height * 1.3 * 100))

    // Larger: the panel grows (text with it).
    const onRow = (x: number) => hudPoint(startHead, x, VR_COMFORT.y)
    await select(page, HAND, onRow(VR_COMFORT.columns.size), null)
    await page.waitForFunction(
      (h) =>
        document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrCaptions?.endsWith(`,${h}`),
      Math.round(HUD_CAPTIONS.height * 1.7 * 100),
    )
    // Below the speaker's spot instead of following the head.
    await select(page, HAND, onRow(VR_COMFORT.columns.place), null)
    const below = [target.position[0], target.position[1] - SPEAKER_CAPTION_DROP, target.position[2]].map((v) =>
      Math.round(v * 100),
    )
    await page.waitForFunction((want) => {
      const at = (document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrCaptions ?? '')
        .split(',')
        .map(Number)
      return want.every((v, i) => Math.abs(v - (at[i] ?? NaN)) <= 1)
    }, below)

    // Seated: the eyes are raised to standing height in the cell.
    await select(page, HAND, onRow(VR_COMFORT.columns.seated), null)
    const lift = Math.round((STANDING_EYE_M - SEATED_EYE_M) * 100)
    await page.waitForFunction(
      (y) =>
        Number(document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.eye?.split(',')[1]) ===
        y,
      standing[1] + lift,
    )

    // Recentre: a visitor who has wandered a step aside is put back on the start spot (a step short of the distance
    // at which the HUD follows them, so its buttons stay where they were).
    await page.evaluate(() => {
      const p = (window as unknown as { __xrDevice: Device }).__xrDevice.position
      p.set(p.x + 0.25, p.y, p.z + 0.1)
    })
    await xrFrames(page, 3)
    const wandered = await eye(page)
    expect(Math.abs(wandered[0] - standing[0])).toBeGreaterThan(20)
    await select(page, HAND, onRow(VR_COMFORT.columns.recentre), null)
    await page.waitForFunction(
      ([x, z]) => {
        const e = (document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.eye ?? '')
          .split(',')
          .map(Number)
        return Math.abs((e[0] ?? NaN) - x) <= 1 && Math.abs((e[2] ?? NaN) - z) <= 1
      },
      [Math.round(sx * 100), Math.round(sz * 100)],
    )

    // The safe place from the headset: the voice stops, the cell is left for a calm panel, and back.
    const here = await head(page)
    await select(page, HAND, hudPoint(here, VR_COMFORT.columns.safe, VR_COMFORT.y), '#root[data-safe-place="true"]')
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('idle')
    await expect(audioPaused(page)).resolves.toBe(true)
    await xrFrames(page, 2)
    await select(page, HAND, hudPoint(here, 0, VR_SAFE_PLACE.backY), '#root[data-safe-place="false"]')
    await expect(root(page).getAttribute('data-xr-mode')).resolves.toBe('immersive-vr')
    await expect(root(page).getAttribute('data-cell')).resolves.toBe(cell.id)

    expect(errors).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    expect(foreignRequests(requests)).toEqual([])
  })
})
