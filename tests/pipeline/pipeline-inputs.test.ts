import { Document, NodeIO, type Texture } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { draco, meshopt } from '@gltf-transform/functions'
import draco3d from 'draco3dgltf'
import { MeshoptEncoder } from 'meshoptimizer'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCaptionFile, toWebVTT } from '../../scripts/content/captions.mjs'
import { checkIntact, probeAudio } from '../../scripts/content/audio.mjs'
import { modelIO, optimizeModel } from '../../scripts/content/model.mjs'
import { recording, transcodeKTX2 } from './fixtures'

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pv-inputs-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('caption files as subtitle editors write them', () => {
  const cues = async (text: string, name = 'c.vtt') => parseCaptionFile(text, name)

  it('WebVTT with a byte-order mark, CRLF or CR line ends', async () => {
    const expected = [{ start: 1, end: 2, text: 'Привіт' }]
    for (const text of [
      '\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nПривіт\n',
      'WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nПривіт\r\n',
      '\uFEFFWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000\r\nПривіт\r\n',
      'WEBVTT\r\r00:00:01.000 --> 00:00:02.000\rПривіт\r',
    ])
      expect(await cues(text), JSON.stringify(text)).toMatchObject(expected)
  })

  it('the rest the standard allows: header text, NOTE, STYLE and REGION blocks, identifiers, settings, tags', async () => {
    const text =
      'WEBVTT - interview\nKind: captions\n\nNOTE from the editor,\non two lines\n\nSTYLE\n::cue { color: yellow }\n\n' +
      'REGION\nid:low width:40%\n\nintro\n00:01.000 --> 00:02.500 align:start position:10% line:0 size:50%\n' +
      '<v Olena>Ми були <i>там</i> &amp; чекали</v>\n\n\n\n00:03.000 --> 00:04.000\nTwo\nlines\n'
    const parsed = await cues(text)
    expect(parsed).toMatchObject([
      { start: 1, end: 2.5, text: '<v Olena>Ми були <i>там</i> &amp; чекали</v>' },
      { start: 3, end: 4, text: 'Two\nlines' },
    ])
    // written back as WebVTT with the cue's settings kept
    expect(toWebVTT(parsed)).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.500 line:0 position:10% size:50% align:start\n' +
        '<v Olena>Ми були <i>там</i> &amp; чекали</v>\n\n00:00:03.000 --> 00:00:04.000\nTwo\nlines\n',
    )
  })

  it('SRT with a byte-order mark and CRLF', async () => {
    const srt = '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nTwo\r\n'
    expect(await cues(srt, 'c.srt')).toMatchObject([
      { start: 1, end: 2, text: 'Hello' },
      { start: 3, end: 4, text: 'Two' },
    ])
  })

  it('a cue with no blank line before it is refused, naming the line, in WebVTT and SRT', async () => {
    await expect(
      cues('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n00:00:03.000 --> 00:00:04.000\nTwo\n', 'a.vtt'),
    ).rejects.toThrow(/^a\.vtt: line 5: a cue begins here without a blank line before it/)
    await expect(
      cues(
        '\uFEFFWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000\r\nOne\r\n2\r\n00:00:03.000 --> 00:00:04.000\r\n',
        'b.vtt',
      ),
    ).rejects.toThrow(/^b\.vtt: line 7: a cue begins here without a blank line/)
    await expect(
      cues('1\n00:00:01,000 --> 00:00:02,000\nHello\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n', 'c.srt'),
    ).rejects.toThrow(/^c\.srt: line 5: a cue begins here without a blank line/)
    await expect(cues('WEBVTT\n00:00:01.000 --> 00:00:02.000\nOne\n', 'd.vtt')).rejects.toThrow(/^d\.vtt: line 2:/)
  })
})

describe('damaged recordings', () => {
  /** A recording, and the same with its bytes cut at 60 % or flipped in the middle. */
  async function damaged(ext: string) {
    const good = await recording(join(work, `good.${ext}`), 4)
    const bytes = readFileSync(good)
    const cut = join(work, `cut.${ext}`)
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    const corrupt = join(work, `corrupt.${ext}`)
    const flipped = Buffer.from(bytes)
    for (let i = Math.floor(flipped.length / 2); i < flipped.length / 2 + 600; i += 3) flipped[i] ^= 0x5a
    writeFileSync(corrupt, flipped)
    return { good, cut, corrupt }
  }
  const intact = async (file: string) => checkIntact(file, (await probeAudio(file)).duration)

  it('FLAC cut short or with corrupt frames is refused, naming the input and what is wrong', async () => {
    const { good, cut, corrupt } = await damaged('flac')
    await expect(intact(good)).resolves.toBeUndefined()
    await expect(intact(cut)).rejects.toThrow(new RegExp(`^${cut}: is damaged \\(cut short or corrupt\\)`))
    await expect(intact(corrupt)).rejects.toThrow(
      new RegExp(`^${corrupt}: is damaged \\(cut short or corrupt\\): ffmpeg cannot decode all of it: \\S`),
    )
  })

  it('MP3 cut short on a frame boundary decodes cleanly but is shorter than it says: refused as truncated', async () => {
    const good = await recording(join(work, 'cbr.mp3'), 10)
    const cut = join(work, 'cbr-cut.mp3')
    writeFileSync(cut, readFileSync(good).subarray(0, Math.floor(readFileSync(good).length / 2)))
    await expect(intact(good)).resolves.toBeUndefined()
    await expect(intact(cut)).rejects.toThrow(
      new RegExp(`^${cut}: is truncated: it says it lasts 10\\.\\d+ s, but only`),
    )
  })

  it('a WAV whose data stops before its header says is refused', async () => {
    const { cut } = await damaged('wav')
    await expect(intact(cut)).rejects.toThrow(new RegExp(`^${cut}: is damaged`))
  })
})

describe('models as they come', () => {
  /** A textured quad (two triangles) and an empty anchor node. */
  async function quad(image?: { data: Uint8Array; mime: string }) {
    const doc = new Document()
    const buffer = doc.createBuffer()
    const accessor = (type: 'VEC3' | 'VEC2' | 'SCALAR', array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>) =>
      doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', accessor('VEC3', new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0])))
      .setAttribute('TEXCOORD_0', accessor('VEC2', new Float32Array([0, 1, 1, 1, 0, 0, 1, 0])))
      .setIndices(accessor('SCALAR', new Uint16Array([0, 1, 2, 1, 3, 2])))
    const material = doc.createMaterial('wall')
    if (image) material.setBaseColorTexture(doc.createTexture('wall').setImage(image.data).setMimeType(image.mime))
    prim.setMaterial(material)
    const scene = doc.createScene()
    scene.addChild(doc.createNode('wall').setMesh(doc.createMesh().addPrimitive(prim)))
    scene.addChild(doc.createNode('anchor-here').setTranslation([0.5, 1.25, 0]))
    return doc
  }
  /** Reddish noise: a texture of one colour would become a material's colour factor instead. */
  const colour = async (format: 'png' | 'jpeg' | 'webp') => {
    const noise = { type: 'gaussian' as const, mean: 128, sigma: 6 }
    const image = sharp({ create: { width: 96, height: 64, channels: 3, background: '#000', noise } })
    const tinted = image.linear([1, 1, 1], [0xc0 - 128, 0x30 - 128, 0x20 - 128])
    return new Uint8Array(await tinted.toFormat(format).toBuffer())
  }

  /** Optimises `doc` written as `name`, and reads the result back. */
  async function throughTool(
    doc: Document,
    name: string,
    io: NodeIO = new NodeIO().registerExtensions(ALL_EXTENSIONS),
  ) {
    const input = join(work, name)
    await io.write(input, doc)
    const output = join(work, `out-${name.replace(/\.gltf$/, '.glb')}`)
    const stats = await optimizeModel(input, output)
    return { stats, out: await (await modelIO()).read(output) }
  }
  const onlyTexture = async (doc: Document) => {
    const [texture] = doc.getRoot().listTextures() as [Texture]
    return { mime: texture.getMimeType(), ...(await transcodeKTX2(texture.getImage()!)) }
  }

  for (const format of ['png', 'jpeg', 'webp'] as const)
    it(`a ${format.toUpperCase()} texture becomes KTX2 that decodes to the same size and colour`, async () => {
      const { stats, out } = await throughTool(
        await quad({ data: await colour(format), mime: `image/${format}` }),
        `${format}.glb`,
      )
      const { mime, width, height, rgba } = await onlyTexture(out)
      expect([mime, width, height]).toEqual(['image/ktx2', 96, 64])
      const mean = [0, 1, 2].map(
        (c) => rgba.filter((_, i) => i % 4 === c).reduce((a, b) => a + b, 0) / (rgba.length / 4),
      )
      expect(Math.abs(mean[0] - 0xc0) + Math.abs(mean[1] - 0x30) + Math.abs(mean[2] - 0x20)).toBeLessThan(30)
      expect(stats.nodes['anchor-here']).toEqual([0.5, 1.25, 0])
      expect(stats.textureBytes).toBeLessThan(96 * 64 * 2)
    })

  it('a KTX2 texture that comes in is kept as it is', async () => {
    const { out: first } = await throughTool(
      await quad({ data: await colour('png'), mime: 'image/png' }),
      'to-ktx2.glb',
    )
    const ktx2 = first.getRoot().listTextures()[0].getImage()!
    const { out } = await throughTool(first, 'ktx2.glb', await modelIO())
    const texture = out.getRoot().listTextures()[0]
    expect(texture.getMimeType()).toBe('image/ktx2')
    expect(Buffer.from(texture.getImage()!).equals(Buffer.from(ktx2))).toBe(true)
  })

  it('a Draco-compressed GLB is decoded, optimised and written with meshopt, anchor kept', async () => {
    const doc = await quad()
    await doc.transform(draco())
    const io = new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'draco3d.encoder': await draco3d.createEncoderModule() })
    const { stats, out } = await throughTool(doc, 'draco.glb', io)
    expect(stats.triangles).toBe(2)
    expect(stats.nodes['anchor-here']).toEqual([0.5, 1.25, 0])
    const used = out
      .getRoot()
      .listExtensionsUsed()
      .map((e) => e.extensionName)
    expect(used).toContain('EXT_meshopt_compression')
    expect(used).not.toContain('KHR_draco_mesh_compression')
  })

  it('a meshopt-compressed GLB, and a glTF with its .bin and .png beside it', async () => {
    await MeshoptEncoder.ready
    const compressed = await quad()
    await compressed.transform(meshopt({ encoder: MeshoptEncoder }))
    const io = new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
    expect((await throughTool(compressed, 'meshopt.glb', io)).stats.triangles).toBe(2)

    const separate = await quad({ data: await colour('png'), mime: 'image/png' })
    separate.getRoot().listTextures()[0].setURI('wall.png')
    const { stats, out } = await throughTool(separate, 'room.gltf')
    expect(readFileSync(join(work, 'wall.png')).subarray(1, 4).toString()).toBe('PNG')
    expect(stats.triangles).toBe(2)
    expect((await onlyTexture(out)).mime).toBe('image/ktx2')
  })

  it('a file that is not a model is refused, naming it', async () => {
    const bad = join(work, 'not-a-model.glb')
    writeFileSync(bad, 'glTF but not really')
    await expect(optimizeModel(bad, join(work, 'never.glb'))).rejects.toThrow(
      new RegExp(`^${bad}: is not a glTF model that can be read`),
    )
  })
})
