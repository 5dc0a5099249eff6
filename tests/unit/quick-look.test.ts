import { Document, NodeIO } from '@gltf-transform/core'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { Vector3, type BufferGeometry, type Mesh, type MeshStandardMaterial } from 'three'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { optimizeModel } from '../../scripts/content/model.mjs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { decodeKtx2 } from '../../scripts/content/ktx2.mjs'
import {
  PHONE_TEXTURE_SIZE,
  QUICK_LOOK_BUDGET,
  quickLookBudgetProblems,
  quickLookSizeProblem,
  quickLookStats,
  writeQuickLook,
} from '../../scripts/content/quick-look.mjs'
import { countGeometry, readModel } from '../../scripts/content/model.mjs'
import { ints, num, tuples, uniqueName, usdName } from '../../scripts/content/usda.mjs'
import { packUsdz, usdzEntries, usdzProblems } from '../../scripts/content/usdz.mjs'
import {
  attribute,
  geometryOf,
  named,
  openUsdz,
  primType,
  relTargets,
  worldPosition,
  type OpenedUsdz,
} from './usd-reader'

const SCENE = '/Root/Scenes/Scene'

/** A room of 3 × 2.5 × 4 m (floor at y = 0) whose walls carry a 3000 px texture, and two anchors, one nested. */
async function writeRoom(file: string) {
  const doc = new Document()
  const buffer = doc.createBuffer()
  // stripes: the optimiser replaces a texture of one colour by a plain colour
  const pixels = Buffer.alloc(3000 * 24 * 3, 0).map((_, i) => (Math.floor(i / 3 / 50) % 2 ? 200 : 90))
  const image = await sharp(pixels, { raw: { width: 3000, height: 24, channels: 3 } })
    .png()
    .toBuffer()
  const texture = doc.createTexture('plaster').setImage(new Uint8Array(image)).setMimeType('image/png')
  const material = doc.createMaterial('plaster').setBaseColorTexture(texture).setRoughnessFactor(0.9)
  // Six inward-facing quads; unindexed, with normals and UVs.
  const [w, h, d] = [1.5, 2.5, 2]
  const quads: number[][][] = [
    [
      [-w, 0, -d],
      [w, 0, -d],
      [w, 0, d],
      [-w, 0, d],
    ], // floor
    [
      [-w, h, -d],
      [-w, h, d],
      [w, h, d],
      [w, h, -d],
    ], // ceiling
    [
      [-w, 0, -d],
      [-w, h, -d],
      [w, h, -d],
      [w, 0, -d],
    ],
    [
      [-w, 0, d],
      [w, 0, d],
      [w, h, d],
      [-w, h, d],
    ],
    [
      [-w, 0, -d],
      [-w, 0, d],
      [-w, h, d],
      [-w, h, -d],
    ],
    [
      [w, 0, -d],
      [w, h, -d],
      [w, h, d],
      [w, 0, d],
    ],
  ]
  const positions: number[] = []
  const uvs: number[] = []
  for (const q of quads)
    for (const i of [0, 2, 1, 0, 3, 2]) {
      positions.push(...q[i])
      uvs.push(i === 1 || i === 2 ? 1 : 0, i >= 2 ? 1 : 0)
    }
  const prim = doc
    .createPrimitive()
    .setAttribute(
      'POSITION',
      doc.createAccessor().setType('VEC3').setArray(new Float32Array(positions)).setBuffer(buffer),
    )
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array(uvs)).setBuffer(buffer))
    .setMaterial(material)
  const scene = doc.createScene()
  const room = doc.createNode('test-room')
  scene.addChild(room)
  room.addChild(doc.createNode('walls').setMesh(doc.createMesh('walls').addPrimitive(prim)))
  const corner = doc.createNode('corner').setTranslation([0.5, 0, 0])
  corner.addChild(doc.createNode('anchor-bunk').setTranslation([-1.5, 0.6, -1.5]))
  room.addChild(corner)
  room.addChild(doc.createNode('anchor-door').setTranslation([0.5, 1.2, 1.9]))
  await new NodeIO().write(file, doc)
}

const EVERYWHERE = ['web', 'ar', 'headset', 'exhibition', 'kiosk']
const testimony = (id: string, position: number[], consent = 'demo-synthetic', where = EVERYWHERE) => ({
  id,
  position,
  speaker: { consent },
  audio: { opus: `audio/${id}.webm`, aac: `audio/${id}.m4a` },
  consentScope: { where, withdrawContact: 'https://example.org/withdraw' },
})

let work: string
let root: string
let usdz: OpenedUsdz
/** The same room written straight from its source, with the PNG texture the optimiser would turn into KTX2. */
let raw: OpenedUsdz
const recordings: Record<string, Uint8Array> = {}
const cell = {
  id: 'test-room',
  model: 'models/test-room.glb',
  testimonies: [
    testimony('bunk-story', [-1, 0.6, -1.5]),
    testimony('door-story', [0.5, 1.2, 1.9]),
    testimony('taken-back', [0, 1, 0], 'withdrawn'),
    // its speaker agreed to the web and kiosks, not to AR: the package is AR, and a copy that can be passed on
    testimony('screen-only', [0.2, 1, 0.2], 'given', ['web', 'kiosk']),
  ],
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pv-quick-look-'))
  root = join(work, 'public')
  for (const dir of ['models', 'audio']) mkdirSync(join(root, dir), { recursive: true })
  await writeRoom(join(work, 'room.glb'))
  // Through the optimiser first, as add-cell does: meshopt, quantised positions, WebP textures.
  await optimizeModel(join(work, 'room.glb'), join(root, cell.model))
  for (const t of cell.testimonies) {
    // The package carries the AAC as it is; any bytes stand in for a recording here.
    recordings[t.id] = new Uint8Array(Array.from({ length: 5000 + t.id.length }, (_, i) => (i * 7 + t.id.length) % 251))
    writeFileSync(join(root, t.audio.aac), recordings[t.id])
  }
  await writeQuickLook({ root, cell })
  usdz = openUsdz(join(root, 'models/test-room.usdz'))
  writeFileSync(join(root, 'models/test-room-raw.glb'), readFileSync(join(work, 'room.glb')))
  await writeQuickLook({ root, cell: { ...cell, id: 'test-room-raw', model: 'models/test-room-raw.glb' } })
  raw = openUsdz(join(root, 'models/test-room-raw.usdz'))
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe("a cell's USDZ for AR Quick Look", () => {
  it('is a USDZ package: the layer first, every file stored uncompressed and starting on a 64-byte boundary', () => {
    const entries = usdzEntries(readFileSync(join(root, 'models/test-room.usdz')))
    expect(entries[0].name).toBe('test-room.usda')
    for (const e of entries) {
      expect(e.stored, e.name).toBe(true)
      expect(e.offset % 64, e.name).toBe(0)
    }
    expect(usdzProblems(entries)).toEqual([])
  })

  it("carries each audible testimony's AAC recording byte for byte, not the withdrawn one nor one not agreed for AR", () => {
    const audio = Object.keys(usdz.files).filter((f) => f.startsWith('audio/'))
    expect(audio.sort()).toEqual(['audio/bunk-story.m4a', 'audio/door-story.m4a'])
    expect(Buffer.compare(Buffer.from(usdz.files['audio/bunk-story.m4a']), Buffer.from(recordings['bunk-story']))).toBe(
      0,
    )
    expect(Buffer.compare(Buffer.from(usdz.files['audio/door-story.m4a']), Buffer.from(recordings['door-story']))).toBe(
      0,
    )
  })

  it('offers no marker and no sound for a testimony whose speaker did not agree to AR, nor for a withdrawn one', () => {
    for (const id of ['screen-only', 'taken-back']) {
      expect(named(usdz.scene, usdName(id), 'Mesh'), id).toBeUndefined()
      expect(usdz.usda, id).not.toContain(usdName(id))
    }
  })

  it('is in metres with +y up, at real size, with the floor at y = 0', () => {
    expect(usdz.usda).toMatch(/^\s*metersPerUnit = 1$/m)
    expect(usdz.usda).toMatch(/^\s*upAxis = "Y"$/m)
    // The optimiser joins the room's meshes; the markers (inside the room) do not widen its box.
    const { box } = geometryOf(usdz.scene)
    // quantised by the optimiser: a millimetre or two
    expect(box.min.toArray().map((v) => +v.toFixed(2))).toEqual([-1.5, 0, -2])
    expect(box.max.toArray().map((v) => +v.toFixed(2))).toEqual([1.5, 2.5, 2])
  })

  it("keeps the model's named nodes where they were (USD names: anchor-bunk becomes anchor_bunk)", () => {
    const bunk = named(usdz.scene, 'anchor_bunk')
    const door = named(usdz.scene, 'anchor_door')
    expect(bunk && worldPosition(bunk).map((v) => +v.toFixed(3))).toEqual([-1, 0.6, -1.5])
    expect(door && worldPosition(door).map((v) => +v.toFixed(3))).toEqual([0.5, 1.2, 1.9])
    expect(usdz.usda).toContain('string name = "anchor-bunk"')
  })

  it("has a visible marker named after each audible testimony, at the testimony's position", () => {
    for (const t of cell.testimonies.slice(0, 2)) {
      const marker = named(usdz.scene, usdName(t.id), 'Mesh')
      expect(marker, t.id).toBeDefined()
      expect(worldPosition(marker!).map((v) => +v.toFixed(3))).toEqual(t.position)
      expect(geometryOf(marker!).triangles).toBeGreaterThan(100)
      expect(primType(usdz, `${SCENE}/Testimonies/${usdName(t.id)}`)).toBe('Mesh')
    }
    expect(named(usdz.scene, 'taken_back', 'Mesh')).toBeUndefined()
    expect(usdz.usda).not.toContain('taken-back')
  })

  it('plays each recording, spatially from its marker, when the marker is tapped, and stops the other one', () => {
    for (const [t, other] of [
      ['bunk_story', 'door_story'],
      ['door_story', 'bunk_story'],
    ]) {
      const behavior = `${SCENE}/Behaviors/Tap_${t}`
      const marker = `${SCENE}/Testimonies/${t}`
      expect(primType(usdz, behavior)).toBe('Preliminary_Behavior')
      const [trigger] = relTargets(usdz, `${behavior}.triggers`)
      expect(primType(usdz, trigger)).toBe('Preliminary_Trigger')
      expect(attribute(usdz, `${trigger}.info:id`)).toBe('TapGesture')
      expect(relTargets(usdz, `${trigger}.affectedObjects`)).toEqual([marker])

      const [group] = relTargets(usdz, `${behavior}.actions`)
      expect(attribute(usdz, `${group}.info:id`)).toBe('Group')
      const actions = relTargets(usdz, `${group}.actions`)
      const play = actions.find((a) => attribute(usdz, `${a}.type`) === 'play')!
      expect(primType(usdz, play)).toBe('Preliminary_Action')
      expect(attribute(usdz, `${play}.info:id`)).toBe('Audio')
      expect(attribute(usdz, `${play}.auralMode`)).toBe('spatial')
      expect(relTargets(usdz, `${play}.affectedObjects`)).toEqual([marker])
      const file = attribute(usdz, `${play}.audio`) as string
      expect(file).toBe(`audio/${t.replace('_', '-')}.m4a`)
      expect(usdz.files[file]).toBeDefined()

      const stop = actions.find((a) => attribute(usdz, `${a}.type`) === 'stop')!
      expect(attribute(usdz, `${stop}.info:id`)).toBe('Audio')
      expect(relTargets(usdz, `${stop}.affectedObjects`)).toEqual([`${SCENE}/Testimonies/${other}`])
    }
  })

  it("carries the model's KTX2 textures, decoded, as JPEG at most 1024 px, with the stripes they had", async () => {
    const stats = await quickLookStats(join(root, 'models/test-room.usdz'))
    expect(stats.textures).toHaveLength(1)
    const [texture] = stats.textures
    expect(texture.name).toBe('textures/plaster.jpg')
    expect(Math.max(texture.width, texture.height)).toBe(PHONE_TEXTURE_SIZE)
    expect(usdz.usda).toContain('texCoord2f[] primvars:st')
    expect(usdz.usda).toContain(`asset inputs:file = @${texture.name}@`)
    // the source's stripes of 90 and 200 survive KTX2 and JPEG: not a flat colour, about the same average
    const { channels } = await sharp(usdz.files[texture.name]).stats()
    for (const c of channels.slice(0, 3)) {
      expect(c.mean).toBeGreaterThan(125)
      expect(c.mean).toBeLessThan(165)
      expect(c.stdev).toBeGreaterThan(35)
    }
    const walls = named(usdz.scene, 'walls', 'Mesh') as Mesh<BufferGeometry, MeshStandardMaterial>
    expect(walls.material.map).toBeTruthy()
    expect(walls.geometry.attributes.uv.count).toBe(walls.geometry.attributes.position.count)
  })

  it('carries the textures Quick Look reads, at most 1024 px, and the material uses them', async () => {
    const usdz = raw
    expect(usdz.usda).toContain('texCoord2f[] primvars:st')
    const stats = await quickLookStats(join(root, 'models/test-room-raw.usdz'))
    expect(stats.textures).toHaveLength(1)
    const [texture] = stats.textures
    expect(texture.name).toMatch(/^textures\/plaster\.(png|jpg)$/)
    expect(texture.width).toBe(PHONE_TEXTURE_SIZE)
    const { format } = await sharp(usdz.files[texture.name]).metadata()
    expect(['png', 'jpeg']).toContain(format)
    expect(usdz.usda).toContain(`asset inputs:file = @${texture.name}@`)
    // the reader found that file in the package and put it on the walls' material
    const walls = named(usdz.scene, 'walls', 'Mesh') as Mesh<BufferGeometry, MeshStandardMaterial>
    expect(walls.material.map).toBeTruthy()
    expect(usdz.images).toHaveLength(1)
    expect(usdz.images[0]).toMatch(/^blob:/)
    expect(quickLookBudgetProblems(stats)).toEqual([])
  })

  it('counts its polygons as a renderer does: the model and the markers', async () => {
    const stats = await quickLookStats(join(root, 'models/test-room.usdz'))
    expect(stats.polygons).toBe(geometryOf(usdz.scene).triangles)
    expect(stats.polygons).toBeGreaterThan(12)
    expect(quickLookBudgetProblems({ ...stats, polygons: 150_000 })).toEqual([
      "has 150000 polygons, over Quick Look's guidance of about 100,000",
    ])
  })

  it('rebuilds byte for byte', async () => {
    const before = readFileSync(join(root, 'models/test-room.usdz'))
    await writeQuickLook({ root, cell })
    expect(Buffer.compare(before, readFileSync(join(root, 'models/test-room.usdz')))).toBe(0)
  })
})

/**
 * A wall 2 m wide and 2 m high whose texture is red in its top half and blue in its bottom half, mapped as glTF maps
 * it (v = 0 is the image's top row) with the red at the top of the wall.
 */
async function writeWall(file: string) {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const pixels = Buffer.alloc(64 * 64 * 3).map((_, i) => {
    const top = Math.floor(i / 3 / 64) < 32
    return (top ? [220, 40, 30] : [30, 60, 220])[i % 3]
  })
  const png = await sharp(pixels, { raw: { width: 64, height: 64, channels: 3 } })
    .png()
    .toBuffer()
  const texture = doc.createTexture('halves').setImage(new Uint8Array(png)).setMimeType('image/png')
  const material = doc.createMaterial('halves').setBaseColorTexture(texture)
  const accessor = (type: 'VEC2' | 'VEC3', values: number[]) =>
    doc.createAccessor().setType(type).setArray(new Float32Array(values)).setBuffer(buffer)
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', [-1, 0, -1, 1, 0, -1, 1, 2, -1, -1, 2, -1]))
    .setAttribute('TEXCOORD_0', accessor('VEC2', [0, 1, 1, 1, 1, 0, 0, 0]))
    .setIndices(
      doc
        .createAccessor()
        .setType('SCALAR')
        .setArray(new Uint16Array([0, 1, 2, 0, 2, 3]))
        .setBuffer(buffer),
    )
    .setMaterial(material)
  doc.createScene().addChild(doc.createNode('wall').setMesh(doc.createMesh('wall').addPrimitive(prim)))
  await new NodeIO().write(file, doc)
}

describe('texture coordinates in the USDZ', () => {
  it("keep the texture's top at the top of the wall (glTF's v runs down the image, USD's t up)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pv-quick-look-uv-'))
    try {
      const site = join(dir, 'public')
      mkdirSync(join(site, 'models'), { recursive: true })
      await writeWall(join(dir, 'wall.glb'))
      await optimizeModel(join(dir, 'wall.glb'), join(site, 'models/wall.glb'))
      await writeQuickLook({ root: site, cell: { id: 'wall', model: 'models/wall.glb', testimonies: [] } })
      const wall = openUsdz(join(site, 'models/wall.usdz'))
      const file = Object.keys(wall.files).find((f) => f.startsWith('textures/'))!
      const { data, info } = await sharp(wall.files[file]).raw().toBuffer({ resolveWithObject: true })
      // the colour at a vertex's texture coordinate, read as USD (and three.js) read it: t = 0 is the bottom row
      const at = (s: number, t: number) => {
        const x = Math.min(info.width - 1, Math.max(0, Math.round(s * (info.width - 1))))
        const y = Math.min(info.height - 1, Math.max(0, Math.round((1 - t) * (info.height - 1))))
        const i = (y * info.width + x) * info.channels
        return [data[i], data[i + 1], data[i + 2]]
      }
      const mesh = named(wall.scene, 'wall', 'Mesh') as Mesh<BufferGeometry, MeshStandardMaterial>
      const { position, uv } = mesh.geometry.attributes
      const seen = { top: 0, bottom: 0 }
      for (let i = 0; i < position.count; i++) {
        const [r, , b] = at(uv.getX(i), uv.getY(i))
        // where the vertex is in the room (the optimiser quantises positions under a node transform)
        const y = new Vector3().fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld).y
        if (y > 1.9) expect(r, `top vertex ${i}`).toBeGreaterThan(b + 100)
        else expect(b, `bottom vertex ${i}`).toBeGreaterThan(r + 100)
        seen[y > 1.9 ? 'top' : 'bottom']++
      }
      // three.js gives each triangle its own corners
      expect(seen.top).toBeGreaterThanOrEqual(2)
      expect(seen.bottom).toBeGreaterThanOrEqual(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

/** The demo cells' packages as published in public/. */
const shipped = JSON.parse(readFileSync('public/content/manifest.json', 'utf8')).cells.map(
  (listed: string) =>
    JSON.parse(readFileSync(join('public/content', listed), 'utf8')) as typeof cell & { quickLook: string },
)

describe('the packages this repository ships', () => {
  for (const c of shipped)
    it(`${c.id}: every texture of its model, a phone's share of its polygons, at most 1.5 MB on the wire`, async () => {
      const file = join('public', c.quickLook)
      const stats = await quickLookStats(file)
      const model = await readModel(join('public', c.model))
      const textured = model
        .getRoot()
        .listTextures()
        .filter((t) => t.getImage())
      expect(stats.textures.length).toBeGreaterThan(0)
      expect(stats.textures).toHaveLength(textured.length)
      for (const t of stats.textures)
        expect(Math.max(t.width, t.height), t.name).toBeLessThanOrEqual(PHONE_TEXTURE_SIZE)
      // the recordings inside are downloaded with it: they count
      const audio = Object.values(stats.audio).reduce((n, a) => n + a.length, 0)
      expect(audio).toBeGreaterThan(0)
      expect(stats.wireBytes).toBeLessThanOrEqual(QUICK_LOOK_BUDGET.bytes)
      expect(stats.bytes).toBeLessThanOrEqual(QUICK_LOOK_BUDGET.bytes)
      // the wire size is the file gzipped, and that gzip gives the file back
      const archive = readFileSync(file)
      expect(stats.wireBytes).toBeLessThan(stats.bytes)
      expect(gunzipSync(gzipSync(archive, { level: 1 })).equals(archive)).toBe(true)
      expect(stats.polygons).toBeLessThan(countGeometry(model).triangles / 4)
      expect(quickLookBudgetProblems(stats)).toEqual([])
      expect(quickLookSizeProblem(stats)).toBeNull()
      expect(quickLookSizeProblem({ ...stats, wireBytes: 1.6 * 1048576 })).toBe(
        "is 1.60 MB on the wire, over the cell's 1.5 MB budget",
      )

      // an independent reader finds every textured material's image in the package, and the coordinates for it
      const opened = openUsdz(file)
      let mapped = 0
      opened.scene.traverse((o) => {
        const mesh = o as Mesh<BufferGeometry, MeshStandardMaterial>
        if (!mesh.isMesh || !mesh.material.map) return
        mapped++
        expect(mesh.geometry.attributes.uv?.count, mesh.name).toBe(mesh.geometry.attributes.position.count)
      })
      expect(mapped).toBeGreaterThanOrEqual(textured.length - 2)
      expect(opened.images.every((url) => url.startsWith('blob:'))).toBe(true)
    }, 60_000)
})

describe('KTX2 decoding', () => {
  it('gives back the pixels of a published texture: as large as the file says, not one flat colour', async () => {
    const [name] = (await import('node:fs')).readdirSync('public/models').filter((f) => f.endsWith('.ktx2'))
    const bytes = readFileSync(join('public/models', name))
    const { data, width, height } = await decodeKtx2(bytes)
    expect(data.length).toBe(width * height * 4)
    const { channels } = await sharp(Buffer.from(data), { raw: { width, height, channels: 4 } }).stats()
    expect(channels.slice(0, 3).some((c) => c.stdev > 2)).toBe(true)
    await expect(decodeKtx2(new Uint8Array(64))).rejects.toThrow(/transcoded|KTX2/)
  })
})

describe('the USD writer', () => {
  it('makes prim names USD accepts, unique among siblings', () => {
    expect(usdName('anchor-bunk')).toBe('anchor_bunk')
    expect(usdName('3d scan')).toBe('_3d_scan')
    expect(usdName('камера')).toBe('______')
    const taken = new Set<string>()
    expect([uniqueName(taken, 'a-b'), uniqueName(taken, 'a_b'), uniqueName(taken, 'a b')]).toEqual([
      'a_b',
      'a_b_1',
      'a_b_2',
    ])
  })

  it('writes numbers without exponents or negative zero', () => {
    expect(num(-0)).toBe('0')
    expect(num(1e-7)).toBe('0.0000001')
    expect(num(0.1 + 0.2)).toBe('0.3')
    expect(num(2.5)).toBe('2.5')
  })

  it('writes a mesh as tightly as USD reads it: points to a tenth of a millimetre, no spaces', () => {
    expect(tuples([1.23456789, -0.00004, 2, 0.1 + 0.2, -1e-9, 3.99996], 3, 4)).toBe('[(1.2346,0,2),(0.3,0,4)]')
    expect(tuples([0.5, 0.25], 2)).toBe('[(0.5,0.25)]')
    expect(ints([3, 3, 3])).toBe('[3,3,3]')
  })

  it('aligns every file of a package whatever the lengths of the names before it', () => {
    const entries: [string, Uint8Array][] = [['a.usda', new Uint8Array(3)]]
    for (let i = 1; i < 70; i++) entries.push([`${'x'.repeat(i)}.m4a`, new Uint8Array(i * 13)])
    const packed = usdzEntries(packUsdz(entries))
    expect(packed.map((e) => e.name)).toEqual(entries.map(([n]) => n))
    expect(packed.filter((e) => e.offset % 64 !== 0)).toEqual([])
    expect(() => packUsdz([['sound.m4a', new Uint8Array(1)]])).toThrow(/starts with its USD layer/)
  })
})
