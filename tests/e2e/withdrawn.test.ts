import { describe, expect, it } from 'vitest'
import { begin, demoCells, enterCell, root, useBrowser } from './harness'

const browser = useBrowser()

describe('a cell whose every testimony has been withdrawn', () => {
  it('is entered without a crash, says why it is silent, and the other cells still speak', async () => {
    const [sizo, basement] = demoCells()
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // Consent withdrawn for every speaker of the first cell, as a curator would mark it.
    await page.route(new RegExp(`/content/cells/${sizo.id}\\.json$`), async (r) => {
      const cell = await (await r.fetch()).json()
      for (const t of cell.testimonies) t.speaker = { ...t.speaker, demo: false, consent: 'withdrawn' }
      await r.fulfill({ json: cell })
    })
    await begin(page)

    await expect(page.locator(`[data-cell-card="${sizo.id}"] .cell-count`).textContent()).resolves.toMatch(/^0 /)
    await enterCell(page, sizo.id)
    await page.locator('[data-role="no-testimonies"]').waitFor()
    await expect(page.locator('[data-testimony]').count()).resolves.toBe(0)
    await expect(root(page).getAttribute('data-audio')).resolves.toBe('idle')
    await page.locator('[data-role="take-action"]').waitFor()

    await page.click('[data-role="back"]')
    await enterCell(page, basement.id)
    const first = basement.testimonies[0]
    if (!first) throw new Error('the demo basement has no testimony')
    await page.locator(`[data-testimony="${first.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${first.id}"]`)
    expect(errors).toEqual([])
    await page.close()
  })
})
