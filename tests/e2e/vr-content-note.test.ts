import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { holdRightController, xrFrames } from './controller'
import { begin, demoCells, enterCell, installEmulatedHeadset, newContext, root, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })
const [cell] = demoCells()

/** What the headset's captions panel says, as the scene publishes it on the canvas. */
const panelText = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrText ?? '')

describe('content notes in an emulated Meta Quest 3', () => {
  it('a marker the controller points at shows its title and content note in the HUD before anything plays', async () => {
    const context = await newContext(browser(), { viewport: { width: 1024, height: 700 } })
    await installEmulatedHeadset(context)
    const page = await context.newPage()
    await begin(page, 'en')
    await enterCell(page, cell.id)
    await page.click('[data-role="enter-vr"]')
    await page.waitForSelector('#root[data-xr-mode="immersive-vr"]')
    await page.waitForSelector('canvas[data-role="scene"][data-vr-text]')
    await xrFrames(page, 3)
    const target = cell.testimonies[0] as (typeof cell.testimonies)[0] & {
      contentNote: Record<string, string>
      title: Record<string, string>
    }
    const note = target.contentNote.en
    await expect(panelText(page)).resolves.not.toContain(note)

    // The ray rests on the marker; no trigger is pulled.
    const [sx, , sz] = cell.start.position
    const hand: [number, number, number] = [0.2, 1.3, -0.3]
    await holdRightController(page, hand, [target.position[0] - sx, target.position[1], target.position[2] - sz])
    await page.waitForFunction(
      (n) => document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrText?.includes(n),
      note,
    )
    const text = await panelText(page)
    expect(text).toContain(target.title.en)
    expect(text).toContain(`Content note: ${note}`)
    await expect(root(page).getAttribute('data-playing')).resolves.toBe('')

    // Pointed away, the panel says how to choose again.
    await holdRightController(page, hand, [hand[0], hand[1] + 5, hand[2]])
    await page.waitForFunction(
      (n) => !document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')?.dataset.vrText?.includes(n),
      note,
    )
    await context.close()
  })
})
