import { Document, NodeIO } from '@gltf-transform/core'
import { filesBeside } from '../../scripts/content/glb.mjs'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCell, addTestimony, check, quickLook, review } from '../../scripts/content/commands.mjs'
import { run } from '../../scripts/content/run.mjs'
import { orphans } from '../../scripts/content/staging.mjs'
import { EVERYWHERE, TEST_RECORDING, cellMeta } from './fixtures'
import { publicDir } from '../unit/public-files'
import { attribute, named, openUsdz, relTargets, worldPosition } from '../unit/usd-reader'

let work: string
let root: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pv-content-'))
  root = join(work, 'public')
  for (const dir of ['content', 'models', 'audio'])
    cpSync(new URL(dir, publicDir), join(root, dir), { recursive: true })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Integrated loudness measured straight with ffmpeg's EBU R128 filter. */
async function lufs(file: string): Promise<number> {
  const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostdin', '-i', file, '-af', 'ebur128', '-f', 'null', '-'])
  return Number(/I:\s*(-?[\d.]+) LUFS/.exec(stderr.slice(stderr.lastIndexOf('Summary:')))?.[1])
}

/** A model built here: boxes with duplicated, unindexed geometry, and empty named nodes to anchor testimonies. */
async function writeModel(file: string, boxes: number, anchors: Record<string, [number, number, number]>) {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('room')
  // A unit cube as 12 unindexed triangles (36 vertices): weld and dedup have work to do.
  const corners = [-0.5, 0.5]
  const faces: number[] = []
  for (let axis = 0; axis < 3; axis++)
    for (const side of corners) {
      const quad = [
        [-0.5, -0.5],
        [0.5, -0.5],
        [0.5, 0.5],
        [-0.5, 0.5],
      ].map(([u, v]) => {
        const p = [0, 0, 0]
        p[axis] = side
        p[(axis + 1) % 3] = u
        p[(axis + 2) % 3] = v
        return p
      })
      for (const i of [0, 1, 2, 0, 2, 3]) faces.push(...quad[i])
    }
  for (let i = 0; i < boxes; i++) {
    const material = doc.createMaterial(`m${i}`).setBaseColorFactor([0.5, 0.5, 0.5, 1])
    const position = doc.createAccessor().setType('VEC3').setArray(new Float32Array(faces)).setBuffer(buffer)
    const prim = doc.createPrimitive().setAttribute('POSITION', position).setMaterial(material)
    const mesh = doc.createMesh(`box${i}`).addPrimitive(prim)
    scene.addChild(
      doc
        .createNode(`box${i}`)
        .setMesh(mesh)
        .setTranslation([i * 0.1, 0.5, 0]),
    )
  }
  for (const [name, at] of Object.entries(anchors)) scene.addChild(doc.createNode(name).setTranslation(at))
  await new NodeIO().write(file, doc)
}

describe('the content pipeline', () => {
  it('adds a 3-minute stereo 44.1 kHz recording: Opus and AAC, right duration, −16 LUFS, ≤ 0.4 MB a minute', async () => {
    const wav = join(work, 'interview.wav')
    // A quiet (about −35 LUFS) stereo recording: a different tone and noise in each ear.
    await run('ffmpeg', [
      '-hide_banner',
      '-nostdin',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=220:sample_rate=44100:duration=180',
      '-f',
      'lavfi',
      '-i',
      'anoisesrc=color=pink:sample_rate=44100:amplitude=0.5:duration=180',
      '-filter_complex',
      '[0]volume=0.02[a];[1]volume=0.01[b];[a][b]join=inputs=2:channel_layout=stereo[out]',
      '-map',
      '[out]',
      '-c:a',
      'pcm_s16le',
      wav,
    ])
    expect(await lufs(wav)).toBeLessThan(-28)
    const srt = join(work, 'interview.en.srt')
    writeFileSync(
      srt,
      '1\n00:00:01,000 --> 00:00:04,000\nThe first sentence.\n\n2\n00:02:50,000 --> 00:02:59,000\nThe last one.\n',
    )

    const vtt = join(work, 'interview.uk.vtt')
    writeFileSync(vtt, 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nПерше речення.\n')

    const { entry } = await addTestimony({
      root,
      cell: 'sizo-cell',
      audio: wav,
      captions: { en: srt, uk: vtt },
      meta: {
        id: 'long-interview',
        title: { en: 'A long interview', uk: 'Довге інтерв’ю' },
        speaker: {
          label: { en: 'Test speaker' },
          bio: { en: 'Generated for a test.' },
          demo: true,
          consent: 'demo-synthetic',
        },
        anchor: 'anchor-bunk',
        spokenLanguage: 'uk',
        transcript: { en: 'Tones and noise.', uk: 'Тони і шум.' },
        contentNote: { en: 'None.', uk: 'Немає.' },
        consentScope: EVERYWHERE,
        provenance: TEST_RECORDING,
      },
    })
    const opus = join(root, entry.audio.opus)
    const aac = join(root, entry.audio.aac)
    expect(existsSync(opus) && existsSync(aac)).toBe(true)
    expect(entry.duration).toBeCloseTo(180, 0)
    expect(Math.abs((await lufs(opus)) + 16)).toBeLessThanOrEqual(1)
    expect(Math.abs((await lufs(aac)) + 16)).toBeLessThanOrEqual(1)
    expect(statSync(opus).size / 3).toBeLessThanOrEqual(0.4 * 1024 * 1024)
    // The AAC copy is what iPhones and Safari download: the same budget.
    expect(statSync(aac).size / 3).toBeLessThanOrEqual(0.4 * 1024 * 1024)
    // Registered in its cell, at the anchor's spot, with the SRT converted to WebVTT.
    const cell = JSON.parse(readFileSync(join(root, 'content/cells/sizo-cell.json'), 'utf8'))
    const saved = cell.testimonies.find((t: { id: string }) => t.id === 'long-interview')
    expect(saved.position).toEqual([-0.55, 1.2, -0.6])
    expect(readFileSync(join(root, saved.captions.en), 'utf8')).toMatch(
      /^WEBVTT\n\n00:00:01\.000 --> 00:00:04\.000\nThe first sentence\./,
    )
  }, 180_000)

  it('optimises a model: smaller, anchors kept, and the budget report matches the written file', async () => {
    const input = join(work, 'room.glb')
    await writeModel(input, 6, { 'anchor-window': [0, 1.6, -1.5], 'anchor-door': [0.5, 1.2, 1.5] })
    const ambient = join(work, 'room-tone.wav')
    await run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'anoisesrc=color=brown:duration=2', ambient])
    const { stats, budget } = await addCell({
      root,
      model: input,
      ambient,
      meta: cellMeta('test-room'),
    })
    const output = join(root, 'models/test-room.glb')
    expect(statSync(output).size).toBeLessThan(statSync(input).size)
    expect(stats.nodes['anchor-window']).toEqual([0, 1.6, -1.5])
    expect(stats.nodes['anchor-door']).toEqual([0.5, 1.2, 1.5])
    expect(budget).toEqual([])
    // Counted again, independently, from the file as written.
    const io = new NodeIO()
    const { MeshoptDecoder } = await import('meshoptimizer')
    await MeshoptDecoder.ready
    const { ALL_EXTENSIONS } = await import('@gltf-transform/extensions')
    const doc = await io
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
      .read(output)
    const prims = doc
      .getRoot()
      .listNodes()
      .flatMap((n) => n.getMesh()?.listPrimitives() ?? [])
    expect(stats.drawCalls).toBe(prims.length)
    expect(stats.triangles).toBe(prims.reduce((n, p) => n + (p.getIndices()?.getCount() ?? 0) / 3, 0))
    expect(stats.triangles).toBe(6 * 12)
    expect(
      doc
        .getRoot()
        .listExtensionsUsed()
        .map((e) => e.extensionName),
    ).toContain('EXT_meshopt_compression')
  }, 60_000)

  it('check names each problem: missing audio, a cue past the end, a malformed caption, a missing language, an http: link, a model over budget, a missing texture', async () => {
    const broken = join(work, 'broken')
    for (const dir of ['content', 'models', 'audio'])
      cpSync(new URL(dir, publicDir), join(broken, dir), { recursive: true })
    const edit = (file: string, change: (data: Record<string, unknown>) => void) => {
      const path = join(broken, file)
      const data = JSON.parse(readFileSync(path, 'utf8'))
      change(data)
      writeFileSync(path, JSON.stringify(data))
    }
    const sizo = JSON.parse(readFileSync(join(broken, 'content/cells/sizo-cell.json'), 'utf8'))
    const [first, second, third] = sizo.testimonies
    rmSync(join(broken, first.audio.opus))
    writeFileSync(join(broken, second.captions.en), 'WEBVTT\n\n00:00:01.000 --> 00:10:00.000\nFar too late.\n')
    writeFileSync(join(broken, third.captions.uk), 'WEBVTT\n\n00:00:0x.000 --> zz\nbroken\n')
    // An AAC copy (what iPhones download) far over the speech budget: 1 MB more than it was.
    const heavy = join(broken, second.audio.aac)
    writeFileSync(heavy, Buffer.concat([readFileSync(heavy), Buffer.alloc(1024 * 1024)]))
    edit('content/manifest.json', (m) => {
      ;(m.actions as { petition: { url: string } }).petition.url = 'http://example.org/petition'
      m.languages = ['en', 'uk', 'de']
    })
    // The demo cell has German texts: take one away for the check to miss.
    edit('content/cells/sizo-cell.json', (c) => delete (c.name as Record<string, string>).de)
    // A year of birth written out in words in the letters' directory.
    edit('content/letters.json', (l) => void ((l.recipients as { yearOfBirth: unknown }[])[0].yearOfBirth = '1990s'))
    await writeModel(join(broken, 'models/basement.glb'), 45, {})
    // A texture of the SIZO cell's model gone from beside it.
    const [lostTexture] = filesBeside(readFileSync(join(broken, 'models/sizo-cell.glb')))
    rmSync(join(broken, 'models', lostTexture))

    const problems = await check({ root: broken })
    const expectProblem = (pattern: RegExp) =>
      expect(
        problems.some((p) => pattern.test(p)),
        `${pattern}\n${problems.join('\n')}`,
      ).toBe(true)
    expectProblem(
      new RegExp(
        `content/cells/sizo-cell\\.json: testimonies\\[0\\]\\.audio\\.opus: "${first.audio.opus}" does not exist`,
      ),
    )
    expectProblem(new RegExp(`${second.captions.en}: a cue ends at 600\\.00 s, after the audio ends`))
    expectProblem(new RegExp(`${third.captions.uk}: is malformed`))
    expectProblem(/content\/cells\/sizo-cell\.json: name\.de: missing \(the manifest promises de\)/)
    expectProblem(/content\/manifest\.json: actions\.petition\.url: must be an absolute https:\/\/ URL/)
    // What was expected and what was found, in the curator's words.
    expectProblem(/content\/letters\.json: recipients\[0\]\.yearOfBirth: .*expected number, received string/)
    expectProblem(/models\/basement\.glb: needs 45 draw calls, over the budget of fewer than 40/)
    expectProblem(
      new RegExp(
        `models/sizo-cell\\.glb: names models/${lostTexture.replaceAll('.', '\\.')} beside it, which does not exist`,
      ),
    )
    // The AAC copy over budget is said, as a warning.
    const { warnings } = await review({ root: broken })
    const heavyCopy = new RegExp(
      `${second.audio.aac.replace('.', '\\.')}: [0-9.]+ MB per minute, over the 0\\.4 MB budget`,
    )
    expect(
      warnings.some((w) => heavyCopy.test(w)),
      warnings.join('\n'),
    ).toBe(true)
  }, 120_000)

  it('add-cell on a demo model writes a USDZ that an independent USD reader opens: anchors, markers, recordings, taps', async () => {
    const source = join(work, 'sizo-source.glb')
    cpSync(join(root, 'models/sizo-cell.glb'), source)
    // its textures beside it, as the content tool published them
    for (const name of filesBeside(readFileSync(source))) cpSync(join(root, 'models', name), join(work, name))
    const cellFile = join(root, 'content/cells/sizo-cell.json')
    const {
      model: _m,
      quickLook: _q,
      ambient: _a,
      testimonies: _t,
      ...meta
    } = JSON.parse(readFileSync(cellFile, 'utf8'))
    const { stats, quickLook: written, quickLookBudget } = await addCell({ root, meta, model: source })
    expect(quickLookBudget).toEqual([])

    const cell = JSON.parse(readFileSync(cellFile, 'utf8'))
    // the model's textures are published beside it, content-named; none left over from the model it replaced
    const textures = filesBeside(readFileSync(join(root, cell.model)))
    expect(textures.length).toBeGreaterThan(0)
    for (const name of textures) {
      expect(name).toMatch(/^sizo-cell\.[0-9a-f]{10}\.ktx2$/)
      expect(existsSync(join(root, 'models', name)), name).toBe(true)
    }
    expect(await orphans(root)).toEqual([])
    expect(stats.bytes).toBe(
      [cell.model, ...textures.map((n) => `models/${n}`)].reduce((n, f) => n + statSync(join(root, f)).size, 0),
    )
    expect(cell.quickLook).toBe('models/sizo-cell.usdz')
    const usdz = openUsdz(join(root, cell.quickLook))
    for (const [name, at] of Object.entries(stats.nodes).filter(([n]) => n.startsWith('anchor-'))) {
      const node = named(usdz.scene, name.replaceAll('-', '_'))
      expect(node && worldPosition(node).map((v) => +v.toFixed(3)), name).toEqual(at)
    }
    expect(Object.keys(written.audio)).toHaveLength(cell.testimonies.length)
    for (const t of cell.testimonies) {
      const marker = named(usdz.scene, t.id.replaceAll('-', '_'), 'Mesh')
      expect(marker && worldPosition(marker).map((v) => +v.toFixed(3)), t.id).toEqual(t.position)
      const inside = usdz.files[`audio/${t.id}.m4a`]
      expect(Buffer.compare(Buffer.from(inside), readFileSync(join(root, t.audio.aac))), t.id).toBe(0)
      const behavior = `/Root/Scenes/Scene/Behaviors/Tap_${t.id.replaceAll('-', '_')}`
      const [tap] = relTargets(usdz, `${behavior}.triggers`)
      expect(attribute(usdz, `${tap}.info:id`)).toBe('TapGesture')
      expect(relTargets(usdz, `${tap}.affectedObjects`)).toEqual([
        `/Root/Scenes/Scene/Testimonies/${t.id.replaceAll('-', '_')}`,
      ])
    }
    expect((await check({ root })).filter((p) => p.includes('.usdz'))).toEqual([])

    // A testimony withdrawn by hand: check says the package is out of date until quick-look writes it again.
    const [withdrawn] = cell.testimonies
    withdrawn.speaker.consent = 'withdrawn'
    withdrawn.speaker.demo = false
    writeFileSync(cellFile, JSON.stringify(cell))
    expect((await check({ root })).filter((p) => p.includes('.usdz'))).toEqual([
      `models/sizo-cell.usdz: still holds audio/${withdrawn.id}.m4a, which no testimony it offers plays ` +
        '(run `npm run content -- quick-look --cell sizo-cell`)',
    ])
    const again = await quickLook({ root, cell: 'sizo-cell' })
    expect(Object.keys(again.stats.audio)).not.toContain(`audio/${withdrawn.id}.m4a`)
    expect((await check({ root })).filter((p) => p.includes('.usdz'))).toEqual([])
  }, 120_000)

  it('finds nothing wrong with the content this repository ships', async () => {
    expect(await check()).toEqual([])
  }, 120_000)
})
