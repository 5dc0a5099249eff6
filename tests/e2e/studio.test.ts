import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStudio } from '../../scripts/content/studio.mjs'
import { copyOfPublic } from '../pipeline/fixtures'
import { begin, enterCell, newContext, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })
const ID = 'sizo-window'
let work: string
let root: string
let studio: Awaited<ReturnType<typeof startStudio>>

beforeAll(async () => {
  ;({ work, root } = copyOfPublic('pv-studio-'))
  studio = await startStudio({ root, port: 0, cacheDir: join(work, '.vite'), by: 'Studio test' })
}, 120_000)
afterAll(async () => {
  await studio?.close()
  rmSync(work, { recursive: true, force: true })
})

const savedCell = () => JSON.parse(readFileSync(join(root, 'content/cells/sizo-cell.json'), 'utf8'))

/** Where the app puts the testimony's marker button on screen, in the built app, with `cellJson` as its content. */
async function markerOnScreen(page: Page, cellJson?: string) {
  if (cellJson)
    await page.route(/\/content\/cells\/sizo-cell\.json$/, (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: cellJson }),
    )
  await begin(page)
  await enterCell(page, 'sizo-cell')
  const button = page.locator(`[data-testimony="${ID}"]`)
  await page.waitForFunction((id) => {
    const box = document.querySelector(`[data-testimony="${id}"]`)?.getBoundingClientRect()
    return !!box && box.width > 0 && box.x > 0
  }, ID)
  const box = (await button.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

describe('the studio (development server only)', () => {
  it('places a marker with a click, saves it through the content tool, and the app plays the testimony there', async () => {
    const context = await newContext(browser(), { viewport: { width: 1200, height: 800 } })
    const page = await context.newPage()
    // The development server builds each module on its first request: the studio is ready when it says so, not when
    // the page's load event has waited for all of them.
    await page.goto(`${studio.studio}?cell=sizo-cell`, { waitUntil: 'commit' })
    await page.waitForSelector('#studio[data-ready="true"]', { timeout: 90_000 })
    const item = page.locator(`[data-studio-item="${ID}"]`)
    const before = await item.getAttribute('data-position')
    await item.locator('input').check()
    // a click in the middle of the view meets the far wall
    await page.locator('[data-role="studio-canvas"]').click()
    await page.waitForFunction(
      ([id, old]) => document.querySelector(`[data-studio-item="${id}"]`)?.getAttribute('data-position') !== old,
      [ID, before] as const,
    )
    const placed = (await item.getAttribute('data-position'))!.split(',').map(Number)
    await page.click('[data-role="studio-listen"]')
    await page.waitForSelector(`#studio[data-listening="${ID}"]`)
    await page.click('[data-role="studio-save"]')
    await page.waitForSelector('[data-role="studio-status"][data-state="saved"]')

    const saved = savedCell().testimonies.find((t: { id: string }) => t.id === ID)
    expect(saved.position).toEqual(placed)
    expect(saved.anchor).toBeUndefined()
    expect(readdirSync(join(work))).not.toContain('.content-staging')

    // The built app, with the shipped cell and then with the saved one: the marker has moved, and it plays.
    // One view drawn at a time: a page left open keeps drawing its scene and slows the next one down.
    await page.close()
    const app = await context.newPage()
    const shipped = await markerOnScreen(app)
    await app.close()
    const moved = await context.newPage()
    const now = await markerOnScreen(moved, readFileSync(join(root, 'content/cells/sizo-cell.json'), 'utf8'))
    expect(Math.hypot(now.x - shipped.x, now.y - shipped.y)).toBeGreaterThan(20)
    await moved.locator(`[data-testimony="${ID}"]`).click()
    await moved.waitForSelector(`#root[data-playing="${ID}"]`)
    await context.close()
  }, 180_000)

  it('refuses a marker outside the room, naming the problem, and changes nothing', async () => {
    const before = readFileSync(join(root, 'content/cells/sizo-cell.json'), 'utf8')
    const response = await fetch(`${studio.url}__studio/save`, {
      method: 'POST',
      body: JSON.stringify({ cell: 'sizo-cell', positions: { [ID]: [0, 1, 40] } }),
    })
    expect(response.status).toBe(422)
    const { problems } = (await response.json()) as { problems: string[] }
    expect(problems.join('\n')).toMatch(/testimonies\[\d\]\.position: lies outside the cell's dimensions/)
    expect(readFileSync(join(root, 'content/cells/sizo-cell.json'), 'utf8')).toBe(before)
  })

  it('is not in the production build', () => {
    expect(existsSync('dist/studio.html')).toBe(false)
    const built = readdirSync('dist/assets').filter((f) => f.endsWith('.js'))
    for (const file of built) expect(readFileSync(join('dist/assets', file), 'utf8')).not.toContain('__studio')
  })
})
