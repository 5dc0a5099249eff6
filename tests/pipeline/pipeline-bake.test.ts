import { Document, NodeIO, type Primitive } from '@gltf-transform/core'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BAKED_KEY, bakeLight } from '../../scripts/content/bake.mjs'
import { modelIO, modelStats, optimizeModel } from '../../scripts/content/model.mjs'
import { MODEL_BUDGET } from '../../scripts/content/model-budget.mjs'
import { CellBuilder } from '../../scripts/demo/model-kit/cell-builder.mjs'
import { writeGlb } from '../../scripts/demo/model-kit/glb.mjs'

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pv-bake-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

const BULB = { kind: 'bulb', position: [0, 2.4, 0], power: 1 } as const

/** A bare room 3 × 2.5 × 4 m (walls, floor and ceiling facing in, thickness outside), as the demo kit builds one. */
async function bareRoom(file: string) {
  const b = new CellBuilder('room')
  b.material('wall', { color: '#aaaaaa' })
  const [hw, hd, h, t] = [1.5, 2, 2.5, 0.2]
  b.box('wall', [-hw - t, -t, -hd - t], [hw + t, 0, hd + t])
  b.box('wall', [-hw - t, h, -hd - t], [hw + t, h + t, hd + t])
  b.box('wall', [-hw - t, 0, -hd - t], [hw + t, h, -hd])
  b.box('wall', [-hw - t, 0, hd], [hw + t, h, hd + t])
  b.box('wall', [-hw - t, 0, -hd], [-hw, h, hd])
  b.box('wall', [hw, 0, -hd], [hw + t, h, hd])
  b.anchor('middle', [0, 1.2, 0])
  await writeGlb(b, file, { generator: 'test' })
}

/** The baked light (mean of r, g, b) at the vertex of a surface facing `normal` nearest to `at`. */
function lightAt(prims: Primitive[], at: number[], normal: number[]): number {
  let best = Infinity
  let value = NaN
  for (const prim of prims) {
    const pos = prim.getAttribute('POSITION')!
    const nor = prim.getAttribute('NORMAL')!
    const col = prim.getAttribute('COLOR_0')!
    const [p, n, c]: number[][] = [[], [], []]
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, p)
      nor.getElement(i, n)
      if (n[0] * normal[0] + n[1] * normal[1] + n[2] * normal[2] < 0.99) continue
      const d = Math.hypot(p[0] - at[0], p[1] - at[1], p[2] - at[2])
      if (d >= best) continue
      best = d
      col.getElement(i, c)
      value = (c[0] + c[1] + c[2]) / 3
    }
  }
  return value
}

describe('baked light', () => {
  it('adds vertex colours that are darker in a corner than in the middle of the same wall', async () => {
    await bareRoom(join(work, 'room.glb'))
    const doc = await (await modelIO()).read(join(work, 'room.glb'))
    const report = bakeLight(doc, { sources: [BULB], ambient: 0.1 })
    const prims = doc
      .getRoot()
      .listMeshes()
      .flatMap((m) => m.listPrimitives())
    expect(prims.every((p) => p.getAttribute('COLOR_0'))).toBe(true)
    // the back wall (facing +z into the room): its bottom corner against the side wall and the floor, and its middle
    const corner = lightAt(prims, [-1.5, 0, -2], [0, 0, 1])
    const middle = lightAt(prims, [0, 1.25, -2], [0, 0, 1])
    expect(corner).toBeLessThan(middle * 0.6)
    // the floor under the bulb is lit more than the floor in a far corner (falloff, and occlusion)
    expect(lightAt(prims, [1.5, 0, 2], [0, 1, 0])).toBeLessThan(lightAt(prims, [0, 0, 0], [0, 1, 0]) * 0.6)
    // walls were cut into smaller triangles, so the light has vertices to vary over
    expect(report.triangles.after).toBeGreaterThan(report.triangles.before * 10)
    expect(report.triangles.after).toBeLessThan(MODEL_BUDGET.triangles)
  }, 60_000)

  it('is baked by the content tool when the cell describes its light, and the model keeps to the budget', async () => {
    const stats = await optimizeModel(join(work, 'room.glb'), join(work, 'baked.glb'), { light: { sources: [BULB] } })
    expect(stats.bake && 'seconds' in stats.bake && stats.bake.seconds).toBeGreaterThan(0)
    const doc = await (await modelIO()).read(join(work, 'baked.glb'))
    const prims = doc
      .getRoot()
      .listMeshes()
      .flatMap((m) => m.listPrimitives())
    expect(prims.some((p) => p.getAttribute('COLOR_0'))).toBe(true)
    const marked = doc
      .getRoot()
      .listNodes()
      .some((n) => (n.getExtras() as Record<string, { scale?: number }>)[BAKED_KEY]?.scale)
    expect(marked).toBe(true)
    expect(stats.triangles).toBeLessThan(MODEL_BUDGET.triangles)
    expect(stats.nodes['anchor-middle']).toEqual([0, 1.2, 0])
  }, 60_000)

  it('keeps a model that brings its own light map as it is', async () => {
    const doc = new Document()
    const buffer = doc.createBuffer()
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .png()
      .toBuffer()
    const lightMap = doc.createTexture('light-map').setImage(new Uint8Array(png)).setMimeType('image/png')
    const colour = doc.createTexture('colour').setImage(new Uint8Array(png)).setMimeType('image/png')
    const material = doc.createMaterial('baked-elsewhere').setBaseColorTexture(colour).setOcclusionTexture(lightMap)
    material.getOcclusionTextureInfo()!.setTexCoord(1)
    const acc = (type: 'VEC2' | 'VEC3', data: number[]) =>
      doc.createAccessor().setType(type).setArray(new Float32Array(data)).setBuffer(buffer)
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', acc('VEC3', [0, 0, 0, 1, 0, 0, 0, 1, 0]))
      .setAttribute('NORMAL', acc('VEC3', [0, 0, 1, 0, 0, 1, 0, 0, 1]))
      .setAttribute('TEXCOORD_0', acc('VEC2', [0, 0, 1, 0, 0, 1]))
      .setAttribute('TEXCOORD_1', acc('VEC2', [0.1, 0.1, 0.9, 0.1, 0.1, 0.9]))
      .setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(new Uint16Array([0, 1, 2]))
          .setBuffer(buffer),
      )
      .setMaterial(material)
    doc.createScene().addChild(doc.createNode('lit').setMesh(doc.createMesh('lit').addPrimitive(prim)))
    await new NodeIO().write(join(work, 'own.glb'), doc)
    const stats = await optimizeModel(join(work, 'own.glb'), join(work, 'own-out.glb'), { light: { sources: [BULB] } })
    expect(stats.bake).toEqual({ kept: expect.stringContaining('second UV set') })
    const out = await (await modelIO()).read(join(work, 'own-out.glb'))
    const [kept] = out
      .getRoot()
      .listMeshes()
      .flatMap((m) => m.listPrimitives())
    expect(kept.getAttribute('COLOR_0')).toBeNull()
    expect(kept.getAttribute('TEXCOORD_1')).not.toBeNull()
    expect(kept.getMaterial()?.getOcclusionTextureInfo()?.getTexCoord()).toBe(1)
  }, 60_000)
})

describe('the published demo cells', () => {
  for (const id of ['sizo-cell', 'basement'])
    it(`${id}: baked light, KTX2 textures, within the model and GPU texture budgets`, async () => {
      const site = (path: string) => fileURLToPath(new URL(`../../public/${path}`, import.meta.url))
      const cell = JSON.parse(readFileSync(site(`content/cells/${id}.json`), 'utf8')) as { model: string }
      const file = site(cell.model)
      const stats = await modelStats(file)
      expect(stats.bytes).toBeLessThanOrEqual(MODEL_BUDGET.bytes)
      expect(stats.triangles).toBeLessThan(MODEL_BUDGET.triangles)
      expect(stats.drawCalls).toBeLessThan(MODEL_BUDGET.drawCalls)
      expect(stats.textureBytes).toBeGreaterThan(0)
      expect(stats.textureBytes).toBeLessThanOrEqual(MODEL_BUDGET.textureBytes)
      const doc = await (await modelIO()).read(file)
      expect(
        new Set(
          doc
            .getRoot()
            .listTextures()
            .map((t) => t.getMimeType()),
        ),
      ).toEqual(new Set(['image/ktx2']))
      expect(
        doc
          .getRoot()
          .listMaterials()
          .some((m) => m.getNormalTexture()),
      ).toBe(true)
      const prims = doc
        .getRoot()
        .listMeshes()
        .flatMap((m) => m.listPrimitives())
      expect(prims.filter((p) => p.getAttribute('COLOR_0')).length).toBe(prims.length)
    }, 60_000)
})
