import { describe, expect, it } from 'vitest'
import { begin, demoCells, enterCell, newPage, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })

describe('broken media', () => {
  it('a broken model, recording or caption file is named on screen, and everything else keeps working', async () => {
    const [sizo, basement] = demoCells()
    const [badAudio, badCaptions, good] = sizo.testimonies
    const page = await newPage(browser(), { viewport: { width: 1280, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.route(/\/models\/basement\.glb$/, (r) => r.fulfill({ status: 200, body: 'this is not a glTF file' }))
    await page.route(new RegExp(`/audio/${badAudio.id}\\.(webm|m4a)$`), (r) =>
      r.fulfill({ status: 200, contentType: 'audio/webm', body: Buffer.from('broken recording'.repeat(50)) }),
    )
    await page.route(/\.vtt$/, async (r) =>
      r.request().url().includes(`${badCaptions.id}.`)
        ? r.fulfill({ status: 200, body: 'not captions at all' })
        : r.continue(),
    )
    await begin(page)

    await enterCell(page, sizo.id)
    await page.locator(`[data-testimony="${badAudio.id}"]`).click()
    await page.waitForSelector('#root[data-audio="error"]')
    await expect(page.locator('[data-role="audio-error"]').textContent()).resolves.toContain(`audio/${badAudio.id}.`)

    await page.locator(`[data-testimony="${badCaptions.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${badCaptions.id}"]`)
    await expect(page.locator('.caption-error').textContent()).resolves.toContain(
      `content/captions/${badCaptions.id}.en.vtt`,
    )

    // This one stands behind the visitor: the list of the cell's testimonies reaches it too.
    await page.locator('.testimony-list summary').click()
    await page.locator(`[data-testimony-item="${good.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${good.id}"]`)
    await page.locator('.caption-line').waitFor()
    await page.click('[data-role="back"]')

    await enterCell(page, basement.id)
    const modelError = page.locator('[data-role="model-error"]')
    await modelError.waitFor()
    await expect(modelError.textContent()).resolves.toContain('models/basement.glb')
    await page.locator(`[data-testimony="${basement.testimonies[0].id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${basement.testimonies[0].id}"]`)
    expect(errors).toEqual([])
    await page.close()
  })
})
