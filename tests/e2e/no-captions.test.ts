import { describe, expect, it } from 'vitest'
import { begin, enterCell, readJson, useBrowser, type CellFile } from './harness'

const browser = useBrowser()

interface Testimony {
  id: string
  captions: Record<string, string>
  noCaptions?: string[]
  transcript: Record<string, string>
}

describe('a testimony published without captions in a language', () => {
  it('says so in that language and opens the transcript; in a captioned language, no note', async () => {
    const cell = readJson<CellFile & { testimonies: Testimony[] }>('content/cells/sizo-cell.json')
    const [first] = cell.testimonies
    delete first.captions.uk
    first.noCaptions = ['uk']
    const context = await browser().newContext()
    await context.route(/\/content\/cells\/sizo-cell\.json$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(cell) }),
    )
    const page = await context.newPage()
    await begin(page, 'uk')
    await enterCell(page, cell.id)
    await page.locator(`[data-testimony="${first.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${first.id}"]`)
    const note = page.locator('[data-role="no-captions"]')
    await expect(note.textContent()).resolves.toBe('Субтитрів цією мовою немає: текст свідчення нижче.')
    const transcript = page.locator('[data-role="speaker-card"] details.transcript')
    await expect(transcript.getAttribute('open')).resolves.not.toBeNull()
    await expect(transcript.locator('p').textContent()).resolves.toBe(first.transcript.uk)

    // The next testimony has Ukrainian captions: no note, the transcript folded away.
    const second = cell.testimonies[1]
    await page.locator(`[data-testimony="${second.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${second.id}"]`)
    await expect(note.count()).resolves.toBe(0)
    await expect(transcript.getAttribute('open')).resolves.toBeNull()
    await context.close()
  })
})
