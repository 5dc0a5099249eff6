import { Document, NodeIO } from '@gltf-transform/core'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { PNG } from 'pngjs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { optimizeModel } from '../../scripts/content/model.mjs'
import { texturedPrimitive } from '../pipeline/scan-model.mjs'
import type { BrowserContext } from 'playwright-core'
import { begin, cspViolations, enterCell, foreignRequests, recordRequests, useBrowser, watchCsp } from './harness'

const browser = useBrowser()
let work: string
let model: Buffer
let textureBytes: number
/** The model's one texture, a KTX2 file beside it, and its name (the GLB names it). */
let texture: Buffer
let textureName: string

/**
 * A room the size of the demo's SIZO cell, walls, floor and ceiling facing in, with a red-and-blue checker texture,
 * put through the content tool: its texture becomes KTX2.
 */
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pv-ktx2-'))
  const square = 128
  const checker = Buffer.alloc(1024 * 1024 * 3)
  for (let y = 0; y < 1024; y++)
    for (let x = 0; x < 1024; x++) {
      const red = (Math.floor(x / square) + Math.floor(y / square)) % 2 === 0
      checker.set(red ? [220, 40, 30] : [30, 60, 220], (y * 1024 + x) * 3)
    }
  const png = await sharp(checker, { raw: { width: 1024, height: 1024, channels: 3 } })
    .png()
    .toBuffer()

  const doc = new Document()
  const material = doc
    .createMaterial('walls')
    .setBaseColorTexture(doc.createTexture('checker').setImage(new Uint8Array(png)).setMimeType('image/png'))
    .setDoubleSided(true)
  const [w, h, d] = [1.5, 2.9, 2.1]
  // six faces of the box, each as two triangles, with the texture once across each
  const faces = [
    [
      [-w, 0, -d],
      [w, 0, -d],
      [w, h, -d],
      [-w, h, -d],
    ],
    [
      [w, 0, d],
      [-w, 0, d],
      [-w, h, d],
      [w, h, d],
    ],
    [
      [-w, 0, d],
      [-w, 0, -d],
      [-w, h, -d],
      [-w, h, d],
    ],
    [
      [w, 0, -d],
      [w, 0, d],
      [w, h, d],
      [w, h, -d],
    ],
    [
      [-w, 0, d],
      [w, 0, d],
      [w, 0, -d],
      [-w, 0, -d],
    ],
    [
      [-w, h, -d],
      [w, h, -d],
      [w, h, d],
      [-w, h, d],
    ],
  ]
  const positions = new Float32Array(faces.flat(2))
  const uvs = new Float32Array(faces.flatMap(() => [0, 1, 1, 1, 1, 0, 0, 0]))
  const indices = new Uint16Array(faces.flatMap((_, f) => [0, 1, 2, 0, 2, 3].map((i) => f * 4 + i)))
  const prim = texturedPrimitive(doc, { positions, uvs, indices }, material)
  doc.createScene().addChild(doc.createNode('room').setMesh(doc.createMesh().addPrimitive(prim)))
  await new NodeIO().write(join(work, 'room.glb'), doc)
  const stats = await optimizeModel(join(work, 'room.glb'), join(work, 'room-ktx2.glb'))
  expect(stats.textures).toEqual(['checker: 1024×1024 png → 1024×1024 KTX2'])
  textureBytes = stats.textureBytes
  model = readFileSync(join(work, 'room-ktx2.glb'))
  expect(stats.textureFiles).toHaveLength(1)
  texture = readFileSync(stats.textureFiles[0])
  textureName = basename(stats.textureFiles[0])
  expect(textureName).toMatch(/^room-ktx2\.[0-9a-f]{10}\.ktx2$/)
  // the GLB holds the geometry; the texture is fetched beside it
  expect(model.includes(texture.subarray(0, 256))).toBe(false)
}, 120_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Shares of the view that are the checker's red and its blue. */
function checkerShares(shot: Buffer): { red: number; blue: number } {
  const image = PNG.sync.read(shot)
  let red = 0
  let blue = 0
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]]
    if (r > b + 40 && r > g + 40) red++
    if (b > r + 40 && b > g + 40) blue++
  }
  const n = image.width * image.height
  return { red: red / n, blue: blue / n }
}

/** Serves the test room as the SIZO cell's model; its texture is answered by `texture` when the page asks for it. */
async function serveRoom(context: BrowserContext, answer: (fulfil: () => Promise<void>) => Promise<void>) {
  await context.route(/\/models\/sizo-cell\.glb$/, (route) =>
    route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: model }),
  )
  await context.route(new RegExp(`/models/${textureName.replace(/\./g, '\\.')}$`), (route) =>
    answer(() => route.fulfill({ status: 200, contentType: 'image/ktx2', body: texture })),
  )
}

/** Share of the view in the checker's average colour (about 125, 50, 125 before light and tone mapping). */
function purpleShare(image: PNG): number {
  let n = 0
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]]
    if (r > g + 15 && b > g + 15 && Math.abs(r - b) < 45) n++
  }
  return n / (image.width * image.height)
}

describe('a cell whose model has KTX2 textures', () => {
  it('is drawn from its geometry first, in the texture’s average colour, then with the texture (transcoded by the site’s transcoder), reports its texture memory, and asks no other host', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 700 } })
    const requests = recordRequests(context)
    await watchCsp(context)
    // the texture is held back until the room has been seen without it
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    await serveRoom(context, async (fulfil) => {
      await held
      await fulfil()
    })
    const page = await context.newPage()
    await begin(page, 'en', '?stats')
    await enterCell(page, 'sizo-cell')
    const canvas = page.locator('canvas[data-role="scene"]')
    await page.waitForSelector('.cell-view[data-room="shown"]')
    await page.waitForSelector('canvas[data-role="scene"][data-room-textures="arriving"]')
    // no checker yet: the walls stand in the checker's average, a purple between its red and blue
    const before = PNG.sync.read(await canvas.screenshot())
    const standIn = checkerShares(PNG.sync.write(before))
    expect(standIn.red + standIn.blue, 'checker seen before its texture arrived').toBeLessThan(0.02)
    expect(purpleShare(before), 'share of the view in the average colour').toBeGreaterThan(0.3)
    release()
    await page.waitForSelector('canvas[data-role="scene"][data-room-textures="in"]')
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLCanvasElement>('canvas[data-role="scene"]')
      return Number(el?.dataset.textureBytes ?? 0) > 1024
    })
    const published = Number(await canvas.getAttribute('data-texture-bytes'))
    // Uploaded still compressed (at most a byte a texel, with mipmaps) — no more than the tool reckoned, and a
    // quarter of the 5.6 MB the same texture takes as RGBA.
    expect(published).toBeGreaterThan(0)
    expect(published).toBeLessThanOrEqual(textureBytes * 1.01)
    expect(published).toBeLessThan((1024 * 1024 * 4 * 4) / 3 / 3.9)
    const { red, blue } = checkerShares(await canvas.screenshot())
    expect(red, 'share of the view in the checker red').toBeGreaterThan(0.15)
    expect(blue, 'share of the view in the checker blue').toBeGreaterThan(0.15)
    expect(await page.locator('[data-role="model-error"]').count()).toBe(0)
    expect(await page.locator('[data-role="textures-missing"]').count()).toBe(0)
    const transcoder = requests.filter((u) => /\/assets\/basis_transcoder-[^/]+\.(js|wasm)$/.test(u))
    expect(transcoder).toHaveLength(2)
    expect(foreignRequests(requests)).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    await context.close()
  })

  it('a texture that cannot be fetched leaves its surfaces in their colour, says which file, and the cell works on', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 700 } })
    await context.route(/\/models\/sizo-cell\.glb$/, (route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: model }),
    )
    await context.route(/\.ktx2$/, (route) => route.fulfill({ status: 404, body: 'gone' }))
    const page = await context.newPage()
    await begin(page, 'en', '?stats')
    await enterCell(page, 'sizo-cell')
    const notice = page.locator('[data-role="textures-missing"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain(textureName)
    expect(await page.getAttribute('canvas[data-role="scene"]', 'data-room-textures')).toBe('missing')
    expect(purpleShare(PNG.sync.read(await page.locator('canvas[data-role="scene"]').screenshot()))).toBeGreaterThan(
      0.3,
    )
    expect(await page.locator('[data-role="model-error"]').count()).toBe(0)
    // the testimonies still play
    const marker = page.locator('[data-testimony]').first()
    const id = await marker.getAttribute('data-testimony')
    await marker.click()
    await page.waitForSelector(`#root[data-playing="${id}"]`)
    await context.close()
  })

  it('a model without KTX2 textures loads no transcoder', async () => {
    const context = await browser().newContext()
    const requests = recordRequests(context)
    // The same room as it was before the content tool: its texture a PNG (the demo models are KTX2 now).
    const plain = readFileSync(join(work, 'room.glb'))
    await context.route(/\/models\/basement\.glb$/, (route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: plain }),
    )
    const page = await context.newPage()
    await begin(page, 'en', '?stats')
    await enterCell(page, 'basement')
    // the frame with the room in it has been drawn: its model has loaded
    await page.waitForSelector('.cell-view[data-room="shown"]')
    expect(await page.locator('[data-role="model-error"]').count()).toBe(0)
    expect(requests.filter((u) => u.includes('basis_transcoder'))).toEqual([])
    await context.close()
  })
})
