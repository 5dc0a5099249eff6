import { Document, ImageUtils, type Node } from '@gltf-transform/core'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { modelIO } from '../../scripts/content/model.mjs'
import {
  animatedNodes,
  optimizeXRModel,
  registry,
  XR_CONTROLLER_MODELS,
  XR_HAND_MODEL,
  XR_MODEL_BUDGET,
} from '../../scripts/content/xr-profiles.mjs'
import { controllerModel, handModel, parseBodyModelIndex, type BodyModelIndex } from '../../src/xr/body-models'
import { publicDir, publicExists, readPublic } from './public-files'

const index: BodyModelIndex = {
  source: 'test',
  fallback: 'generic-trigger',
  hand: 'generic-hand',
  controllers: {
    'meta-quest-touch-plus': ['left', 'right'],
    'oculus-touch-v3': ['left', 'right'],
    'generic-trigger': ['left', 'right', 'none'],
  },
  hands: ['left', 'right'],
}

describe('choosing a body model', () => {
  it("gives a controller the first of its profiles that has a model for that hand: a Quest 3's Touch Plus", () => {
    const quest3 = ['meta-quest-touch-plus', 'oculus-touch-v3', 'oculus-touch', 'generic-trigger-squeeze-thumbstick']
    expect(controllerModel(index, quest3, 'left')).toEqual({
      path: 'meta-quest-touch-plus/left.glb',
      profile: 'meta-quest-touch-plus',
    })
    // A newer controller that names an older one among its fallbacks gets that one's model.
    expect(controllerModel(index, ['meta-quest-touch-plus-v9', 'oculus-touch-v3'], 'right').path).toBe(
      'oculus-touch-v3/right.glb',
    )
  })

  it('gives a controller the site has no model for the plain fallback, for its own hand or any', () => {
    expect(controllerModel(index, ['acme-wand'], 'right')).toEqual({
      path: 'generic-trigger/right.glb',
      profile: 'generic-trigger',
    })
    expect(controllerModel(index, [], 'none').path).toBe('generic-trigger/none.glb')
    // A profile with models, but not for this hand: the fallback's.
    expect(controllerModel(index, ['oculus-touch-v3'], 'none').path).toBe('generic-trigger/none.glb')
    const leftOnly = { ...index, controllers: { ...index.controllers, 'generic-trigger': ['left' as const] } }
    expect(controllerModel(leftOnly, ['acme-wand'], 'right').path).toBe('generic-trigger/left.glb')
    // Names that only look like profiles are not looked up on the object's prototype.
    expect(controllerModel(index, ['constructor', '__proto__'], 'left').profile).toBe('generic-trigger')
  })

  it('gives each tracked hand the generic hand, and nothing where it has no model', () => {
    expect(handModel(index, 'left')).toEqual({ path: 'generic-hand/left.glb', profile: 'generic-hand' })
    expect(handModel(index, 'none')).toBeNull()
  })

  it('refuses a damaged index, naming what is wrong, and ids that could leave the folder', () => {
    expect(() => parseBodyModelIndex(null)).toThrow('not an object')
    expect(() => parseBodyModelIndex({ ...index, fallback: '../x' })).toThrow('"fallback"')
    expect(() => parseBodyModelIndex({ ...index, hands: ['middle'] })).toThrow('"hands"')
    expect(() => parseBodyModelIndex({ ...index, controllers: { 'a/b': ['left'] } })).toThrow('controller "a/b"')
    expect(() => parseBodyModelIndex({ ...index, fallback: 'oculus-go' })).toThrow('fallback controller has no')
    expect(parseBodyModelIndex(index)).toEqual(index)
  })
})

describe('the controller and hand models the site serves (xr-profiles/)', () => {
  const served = parseBodyModelIndex(JSON.parse(readPublic('xr-profiles/models.json')))
  const files = [
    ...Object.entries(served.controllers).flatMap(([id, hands]) => hands.map((h) => `${id}/${h}.glb`)),
    ...served.hands.map((h) => `${served.hand}/${h}.glb`),
  ]

  it('are the ones the content tool makes, from the registry version installed, every file the index names there', () => {
    const { version } = registry()
    // After an update of @webxr-input-profiles/assets: `npm run content -- xr-profiles`.
    expect(served.source).toBe(`@webxr-input-profiles/assets@${version}`)
    expect(Object.keys(served.controllers).sort()).toEqual([...XR_CONTROLLER_MODELS].sort())
    expect(served.hand).toBe(XR_HAND_MODEL)
    expect(served.controllers[served.fallback]).toEqual(expect.arrayContaining(['left', 'right']))
    expect(served.hands.sort()).toEqual(['left', 'right'])
    for (const file of files) expect(publicExists(`xr-profiles/${file}`), file).toBe(true)
    expect(readPublic('xr-profiles/LICENSE.md')).toMatch(/MIT License/)
  })

  it(`are compressed (meshopt geometry, WebP textures) and each within ${XR_MODEL_BUDGET.bytes / 1024} KB and 2 MB of texture memory`, async () => {
    const io = await modelIO()
    const { dir } = registry()
    let total = 0
    for (const file of files) {
      const path = new URL(`xr-profiles/${file}`, publicDir)
      const bytes = statSync(path).size
      total += bytes
      const doc = await io.read(path.pathname)
      const required = doc
        .getRoot()
        .listExtensionsRequired()
        .map((e) => e.extensionName)
      expect(required, file).toContain('EXT_meshopt_compression')
      let gpu = 0
      for (const texture of doc.getRoot().listTextures()) {
        expect(texture.getMimeType(), file).toBe('image/webp')
        // decoded to RGBA with mipmaps
        gpu += ImageUtils.getVRAMByteLength(texture.getImage()!, texture.getMimeType()) ?? Infinity
      }
      expect(bytes, file).toBeLessThanOrEqual(XR_MODEL_BUDGET.bytes)
      expect(gpu, file).toBeLessThanOrEqual(XR_MODEL_BUDGET.textureBytes)
      // at most a third of the registry's file
      expect(bytes, file).toBeLessThan(statSync(join(dir, file)).size / 3)
    }
    // All of them together, what an exhibition's offline cache holds: 630 KB.
    expect(total).toBeLessThanOrEqual(700 * 1024)
  })

  it('keep every node a layout moves where the registry has it, and the hand its 25 skinned joints', async () => {
    const io = await modelIO()
    const { dir } = registry()
    const local = (n: Node) => [...n.getTranslation(), ...n.getRotation()]
    for (const file of files) {
      const profile = JSON.parse(readFileSync(join(dir, file.split('/')[0] ?? '', 'profile.json'), 'utf8'))
      const nodes = animatedNodes(profile)
      const source = await io.read(join(dir, file))
      const out = await io.read(new URL(`xr-profiles/${file}`, publicDir).pathname)
      const byName = new Map(
        out
          .getRoot()
          .listNodes()
          .map((n) => [n.getName(), n]),
      )
      for (const node of source.getRoot().listNodes()) {
        if (!nodes.has(node.getName())) continue
        const kept = byName.get(node.getName())
        expect(kept, `${file}: ${node.getName()}`).toBeDefined()
        local(kept!).forEach((v, i) => expect(v).toBeCloseTo(local(node)[i] ?? NaN, 5))
      }
    }
    for (const hand of served.hands) {
      const doc = await io.read(new URL(`xr-profiles/${served.hand}/${hand}.glb`, publicDir).pathname)
      const joints =
        doc
          .getRoot()
          .listSkins()[0]
          ?.listJoints()
          .map((j) => j.getName()) ?? []
      expect(joints).toEqual(expect.arrayContaining(['wrist', 'index-finger-tip', 'thumb-tip', 'pinky-finger-tip']))
      expect(joints.length).toBeGreaterThanOrEqual(25)
    }
  })
})

describe('compressing a registry model (content tool)', () => {
  const work = mkdtempSync(join(tmpdir(), 'pv-xr-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('moves a mesh off a node the layout animates, so that quantising it never moves that node', async () => {
    const doc = new Document()
    const buffer = doc.createBuffer()
    const position = doc
      .createAccessor()
      .setType('VEC3')
      .setBuffer(buffer)
      .setArray(new Float32Array([0, 0, 0, 0.02, 0, 0, 0, 0.03, 0.01]))
    const mesh = doc.createMesh('trigger').addPrimitive(doc.createPrimitive().setAttribute('POSITION', position))
    const value = doc.createNode('xr_standard_trigger_pressed_value').setTranslation([0.01, -0.02, 0.03]).setMesh(mesh)
    doc.createScene().addChild(value)
    const input = join(work, 'in.glb')
    const output = join(work, 'out.glb')
    const io = await modelIO()
    await io.write(input, doc)

    await optimizeXRModel(input, output, new Set(['xr_standard_trigger_pressed_value']))
    const out = await io.read(output)
    const node = out
      .getRoot()
      .listNodes()
      .find((n) => n.getName() === 'xr_standard_trigger_pressed_value')
    expect(node?.getTranslation()).toEqual([0.01, -0.02, 0.03])
    expect(node?.getScale()).toEqual([1, 1, 1])
    expect(node?.getMesh()).toBeNull()
    expect(node?.listChildren()[0]?.getMesh()).not.toBeNull()
  })
})
