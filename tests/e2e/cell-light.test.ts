import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { MODEL_BUDGET } from '../../scripts/content/model-budget.mjs'
import { begin, demoCells, enterCell, frames, newPage, roomTexturesIn, useBrowser } from './harness'

const browser = useBrowser()

/** Relative luminance (WCAG) of an sRGB colour 0..255. */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const v = c / 255
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** The luminance of every pixel of the 3D view, sorted, and their spread. */
function luminances(shot: Buffer): Float64Array {
  const image = PNG.sync.read(shot)
  const out = new Float64Array(image.width * image.height)
  for (let i = 0; i < out.length; i++)
    out[i] = luminance(image.data[i * 4], image.data[i * 4 + 1], image.data[i * 4 + 2])
  return out.sort()
}
const percentile = (sorted: Float64Array, p: number) => sorted[Math.floor((sorted.length - 1) * p)]

/** Opens a cell at its start view (with `?stats`, plus `query`), waits for its model to be drawn, returns the canvas. */
async function view(page: Page, id: string, query: string, light: 'baked' | 'live') {
  await begin(page, 'en', `?stats${query}`)
  await enterCell(page, id)
  const canvas = page.locator(`canvas[data-role="scene"][data-model="shown"][data-light="${light}"]`)
  await canvas.waitFor()
  // the textures fetched, transcoded and uploaded: they follow the room's first frame
  await roomTexturesIn(page)
  await frames(page, 20)
  return canvas
}

/** The marker's own colour (markers.tsx, idle), drawn unlit so it stays readable in a dark room. */
const MARKER = luminance(0xff, 0xd2, 0x7a)

describe('cells shown with their baked light', () => {
  for (const cell of demoCells())
    it(`${cell.id}: lit by its baked light (shadows darker than the unlit room), within budget, markers readable`, async () => {
      const size = { width: 800, height: 500 }
      const lit = await newPage(browser(), { viewport: size })
      const canvas = await view(lit, cell.id, '', 'baked')
      const stats = await canvas.evaluate((el) => ({ ...(el as HTMLElement).dataset }))
      expect(Number(stats.drawCalls)).toBeGreaterThan(0)
      expect(Number(stats.drawCalls)).toBeLessThan(MODEL_BUDGET.drawCalls)
      expect(Number(stats.triangles)).toBeLessThan(MODEL_BUDGET.triangles)
      expect(Number(stats.textureBytes)).toBeLessThanOrEqual(MODEL_BUDGET.textureBytes)
      const withLight = luminances(await canvas.screenshot())

      const flat = await newPage(browser(), { viewport: size })
      const flatCanvas = await view(flat, cell.id, '&unlit', 'live')
      const unlit = luminances(await flatCanvas.screenshot())

      // not blank: the room is there, with light and dark in it
      expect(percentile(withLight, 0.9) - percentile(withLight, 0.1)).toBeGreaterThan(0.02)
      // shadows: the darkest tenth of the lit room is darker than the same view under flat, even light
      expect(percentile(withLight, 0.1)).toBeLessThan(percentile(unlit, 0.1) * 0.8)
      // a dim room: most of it is darker than the flat render of the same view
      expect(percentile(withLight, 0.5)).toBeLessThan(percentile(unlit, 0.5))
      // markers stand out from the room (WCAG's 3:1 for graphics) against most of what surrounds them
      expect((MARKER + 0.05) / (percentile(withLight, 0.75) + 0.05)).toBeGreaterThan(3)
    })
})
