import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en'
import { begin, demoCells, enterCell, foreignRequests, recordRequests, useBrowser } from './harness'

const browser = useBrowser({ autoplay: true })

describe('content that tries to mislead', () => {
  it("a right-to-left override in a cell's name cannot move the app's own Demo badge", async () => {
    const [cell] = demoCells()
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.route(new RegExp(`/content/cells/${cell.id}\\.json$`), async (r) => {
      const json = await (await r.fetch()).json()
      json.name.en = '\u202eA cell named backwards'
      await r.fulfill({ json })
    })
    await begin(page)
    const card = page.locator(`[data-cell-card="${cell.id}"] h2`)
    const name = await card.locator('bdi').boundingBox()
    const badge = await card.locator('.demo-badge').boundingBox()
    await expect(card.locator('.demo-badge').textContent()).resolves.toBe('Demo')
    expect(name && badge && badge.x >= name.x + name.width - 1).toBe(true)
    await page.close()
  })

  it('character references in captions are shown as the characters they stand for, never as markup', async () => {
    const [cell] = demoCells()
    const testimony = cell.testimonies[0]
    if (!testimony) throw new Error('the demo cell has no testimony')
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.route(new RegExp(`/captions/${testimony.id}\\.en\\.vtt$`), (r) =>
      r.fulfill({
        contentType: 'text/vtt',
        body: 'WEBVTT\n\n00:00.000 --> 01:00.000\nTom &amp; Jerry &lt;b&gt;here&lt;/b&gt;\n',
      }),
    )
    await begin(page)
    await enterCell(page, cell.id)
    await page.locator(`[data-testimony="${testimony.id}"]`).click()
    const line = page.locator('[data-role="captions"] .caption-line')
    await line.waitFor()
    await expect(line.textContent()).resolves.toBe('Tom & Jerry <b>here</b>')
    await expect(line.locator('b').count()).resolves.toBe(0)
    await page.close()
  })

  it('a model whose texture lives on another host is refused with a message, and that host is never asked', async () => {
    const [, basement] = demoCells()
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } })
    const requests = recordRequests(context)
    const page = await context.newPage()
    const json = new TextEncoder().encode(
      JSON.stringify({ asset: { version: '2.0' }, images: [{ uri: 'https://tracker.example/pixel.png' }] }).padEnd(80),
    )
    const glb = Buffer.alloc(20 + json.length)
    glb.writeUInt32LE(0x46546c67, 0)
    glb.writeUInt32LE(2, 4)
    glb.writeUInt32LE(glb.length, 8)
    glb.writeUInt32LE(json.length, 12)
    glb.writeUInt32LE(0x4e4f534a, 16)
    glb.set(json, 20)
    await page.route(/\/models\/basement\.glb$/, (r) => r.fulfill({ contentType: 'model/gltf-binary', body: glb }))
    await begin(page)
    await enterCell(page, basement.id)
    const error = page.locator('[data-role="model-error"]')
    await error.waitFor()
    await expect(error.textContent()).resolves.toContain(
      'images[0].uri "https://tracker.example/pixel.png" leads off the site',
    )
    // The voices still work without the room.
    const first = basement.testimonies[0]
    if (!first) throw new Error('the demo basement has no testimony')
    await page.locator(`[data-testimony="${first.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${first.id}"]`)
    expect(foreignRequests(requests)).toEqual([])
    await context.close()
  })
})

describe('graphics that do not come back', () => {
  it('a WebGL context lost for good is said to the visitor, and the list of voices still plays', async () => {
    const [cell] = demoCells()
    const testimony = cell.testimonies[1]
    if (!testimony) throw new Error('the demo cell has fewer than two testimonies')
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await begin(page)
    await enterCell(page, cell.id)
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')
      canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext()
    })
    const notice = page.locator('[data-role="context-lost"]')
    await notice.waitFor()
    await expect(notice.textContent()).resolves.toBe(en.webglLost)
    await page.locator('.testimony-list summary').click()
    await page.locator(`[data-testimony-item="${testimony.id}"]`).click()
    await page.waitForSelector(`#root[data-playing="${testimony.id}"]`)
    await page.close()
  })
})
