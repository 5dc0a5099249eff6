import { Document, NodeIO } from '@gltf-transform/core'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCell, addTestimony, check, review } from '../../scripts/content/commands.mjs'
import { run } from '../../scripts/content/run.mjs'
import { toGlb } from '../../scripts/content/glb.mjs'
import { orphans, recover, stagingRoot, transaction } from '../../scripts/content/staging.mjs'
import { captionFiles, copyOfPublic, listTree, recording, testimonyMeta, treeHash } from './fixtures'

const CLI = new URL('../../scripts/content/cli.mjs', import.meta.url).pathname
const CELL = 'sizo-cell'
const ID = 'sizo-window'

let work: string
let root: string
let meta: string
let audio: string
let captions: Record<string, string>
beforeAll(async () => {
  ;({ work, root } = copyOfPublic('pv-all-or-nothing-'))
  meta = testimonyMeta(root, CELL, ID, join(work, 'meta.json'))
  audio = await recording(join(work, 'new.flac'), 3)
  captions = captionFiles(work, 'new')
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

const cellData = () => JSON.parse(readFileSync(join(root, `content/cells/${CELL}.json`), 'utf8'))
const entry = () => cellData().testimonies.find((t: { id: string }) => t.id === ID)

/** Runs `change`, which must fail with a message matching `error`, and proves public/ did not change by a byte. */
async function refusedUnchanged(change: () => Promise<unknown>, error: RegExp) {
  const before = treeHash(root)
  await expect(change()).rejects.toThrow(error)
  expect(treeHash(root)).toBe(before)
  expect(existsSync(stagingRoot(root))).toBe(false)
}

/** The content tool as a curator runs it, in a process of its own (so it can be killed). */
function cli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, ...args, '--root', root], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // a process group of its own: a Ctrl-C reaches the tool and the ffmpeg it runs, as in a terminal
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const done = new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })),
  )
  return { child, done }
}

const replaceArgs = () => [
  'add-testimony',
  ...['--cell', CELL, '--meta', meta, '--audio', audio],
  ...Object.entries(captions).flatMap(([lang, file]) => ['--captions', `${lang}=${file}`]),
]

/** The ffmpeg a process runs, if any (Linux: its children's names under /proc). */
function ffmpegChildOf(pid: number): boolean {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8').trim()
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/.exec(stat) ?? []
      if (comm === 'ffmpeg' && Number(rest.split(' ')[1]) === pid) return true
    } catch {
      // the process ended while we looked
    }
  }
  return false
}

describe('all-or-nothing content commands', () => {
  it('a failed replacement leaves public/ byte-identical: captions that run past the recording', async () => {
    const late = captionFiles(work, 'late', 1, 9)
    await refusedUnchanged(
      () => addTestimony({ root, cell: CELL, meta, audio, captions: late }),
      /late\.en\.vtt: has a cue ending at 9\.00 s, after the recording ends/,
    )
  }, 60_000)

  it('… a damaged recording (a FLAC cut short), named in the error', async () => {
    const cut = join(work, 'cut.flac')
    writeFileSync(cut, readFileSync(audio).subarray(0, Math.floor(readFileSync(audio).length * 0.6)))
    await refusedUnchanged(
      () => addTestimony({ root, cell: CELL, meta, audio: cut, captions }),
      new RegExp(`${cut}: is damaged`),
    )
  }, 60_000)

  it('… a replacement model over budget (45 draw calls)', async () => {
    const model = join(work, 'busy.glb')
    const doc = new Document()
    const scene = doc.createScene()
    const buffer = doc.createBuffer()
    const triangle = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])
    for (let i = 0; i < 45; i++) {
      const position = doc.createAccessor().setType('VEC3').setArray(triangle.slice()).setBuffer(buffer)
      const material = doc.createMaterial().setBaseColorFactor([i / 45, 0.5, 1 - i / 45, 1])
      const mesh = doc
        .createMesh()
        .addPrimitive(doc.createPrimitive().setAttribute('POSITION', position).setMaterial(material))
      scene.addChild(
        doc
          .createNode()
          .setMesh(mesh)
          .setTranslation([i * 0.01, 0, 0]),
      )
    }
    for (const name of ['anchor-window', 'anchor-bunk', 'anchor-door']) scene.addChild(doc.createNode(name))
    await new NodeIO().write(model, doc)
    const cellMeta = join(work, 'cell.json')
    const { model: _m, ambient: _a, testimonies: _t, ...rest } = cellData()
    writeFileSync(cellMeta, JSON.stringify(rest))
    await refusedUnchanged(
      () => addCell({ root, meta: cellMeta, model }),
      /busy\.glb: is over budget once optimised: it needs 45 draw calls/,
    )
  }, 60_000)

  it('… a kill signal (SIGINT, as Ctrl-C sends) while ffmpeg encodes', async () => {
    const long = await recording(join(work, 'long.wav'), 120)
    const before = treeHash(root)
    const args = replaceArgs()
    args[args.indexOf(audio)] = long
    const { child, done } = cli(args)
    const deadline = Date.now() + 30_000
    while (!ffmpegChildOf(child.pid!) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    const encoding = ffmpegChildOf(child.pid!)
    process.kill(-child.pid!, encoding ? 'SIGINT' : 'SIGKILL')
    expect(encoding).toBe(true)
    const { code, output } = await done
    expect(code, output).toBe(130)
    expect(output).toMatch(/public\/ is as it was/)
    expect(treeHash(root)).toBe(before)
    expect(existsSync(stagingRoot(root))).toBe(false)
  }, 90_000)

  for (const step of ['built', 'before-publish', 'media-placed'])
    it(`… a SIGKILL at "${step}": the old version stays whole, and the next run clears what was left`, async () => {
      const before = treeHash(root)
      const published = listTree(root)
      const { done } = cli(replaceArgs(), { CONTENT_TOOL_HALT_AT: step })
      expect((await done).signal).toBe('SIGKILL')
      // every file as it was; at most new files nothing refers to, which check names
      const { problems } = await review({ root })
      expect(
        problems.every((p) => p.includes('no content refers to it')),
        problems.join('\n'),
      ).toBe(true)
      const now = listTree(root)
      expect(published.every((f) => now.includes(f))).toBe(true)
      expect(entry().audio.opus).toBe(`audio/${ID}.webm`)
      await recover(root)
      expect(treeHash(root)).toBe(before)
    }, 60_000)

  it('a SIGKILL just after the cell file was replaced: the new version is whole; the next run removes the old', async () => {
    const { done } = cli(replaceArgs(), { CONTENT_TOOL_HALT_AT: `published content/cells/${CELL}.json` })
    expect((await done).signal).toBe('SIGKILL')
    const live = entry()
    expect(live.duration).toBeCloseTo(3, 1)
    // the old recording had the plain name, so the new one took a versioned name beside it
    expect(live.audio.opus).toMatch(new RegExp(`^audio/${ID}\\.[0-9a-f]{8}\\.webm$`))
    expect(await orphans(root)).toEqual(expect.arrayContaining([`audio/${ID}.webm`, `audio/${ID}.m4a`]))
    await recover(root)
    expect(await orphans(root)).toEqual([])
    expect(await check({ root })).toEqual([])
  }, 60_000)

  it('a replacement that passes is published whole: new files live, the old ones gone, nothing orphaned', async () => {
    const before = entry()
    await addTestimony({ root, cell: CELL, meta, audio: await recording(join(work, 'again.wav'), 2.5), captions })
    const after = entry()
    expect(after.duration).toBeCloseTo(2.5, 1)
    // the plain name was free again, so the newest version has it
    expect(after.audio.opus).toBe(`audio/${ID}.webm`)
    for (const file of [before.audio.opus, before.audio.aac]) expect(existsSync(join(root, file))).toBe(false)
    expect(await orphans(root)).toEqual([])
    expect(await check({ root })).toEqual([])
  }, 60_000)

  it('check names files in audio/, models/ and content/captions/ that no content refers to', async () => {
    for (const file of ['audio/left-over.opus', 'models/old-cell.glb', 'content/captions/gone.en.vtt'])
      writeFileSync(join(root, file), 'x')
    const problems = await check({ root })
    for (const file of ['audio/left-over.opus', 'models/old-cell.glb', 'content/captions/gone.en.vtt'])
      expect(problems).toContain(`${file}: no content refers to it, so it would be published for nothing: remove it`)
    const { stdout } = await run(process.execPath, [CLI, 'check', '--root', root]).catch((e) => e)
    expect(stdout).toMatch(/✗ audio\/left-over\.opus: no content refers to it/)
  }, 60_000)

  it('a model republished with other textures brings its new ones in; the old ones nothing names go, shared ones stay', async () => {
    const model = (...images: string[]) =>
      toGlb(
        { asset: { version: '2.0' }, images: images.map((uri) => ({ uri, mimeType: 'image/ktx2' })) },
        new Uint8Array(0),
      )
    const [old, shared, fresh] = ['swap.aaaaaaaaaa.ktx2', 'swap.cccccccccc.ktx2', 'swap.bbbbbbbbbb.ktx2']
    // published: a cell whose model names two textures beside it
    writeFileSync(join(root, 'models', old), 'old')
    writeFileSync(join(root, 'models', shared), 'shared')
    writeFileSync(join(root, 'models/swap.glb'), model(old, shared))
    const cellFile = `content/cells/${CELL}.json`
    writeFileSync(join(root, cellFile), JSON.stringify({ ...cellData(), model: 'models/swap.glb' }))
    expect(await orphans(root)).not.toEqual(expect.arrayContaining([`models/${old}`]))
    expect(await orphans(root)).not.toEqual(expect.arrayContaining([`models/${shared}`]))

    const placed = await transaction(
      root,
      async (stage) => {
        for (const [name, bytes] of [
          [fresh, 'fresh'],
          [shared, 'shared'],
        ]) {
          const file = await stage.scratch(`models/${name}`)
          writeFileSync(file, bytes)
          await stage.place(file, `models/${name}`)
        }
        const glb = await stage.scratch('models/swap.glb')
        writeFileSync(glb, model(fresh, shared))
        const path = await stage.place(glb, 'models/swap.glb')
        await stage.writeJson(cellFile, { ...cellData(), model: path })
        return path
      },
      () => [],
    )
    expect(placed).toMatch(/^models\/swap\.[0-9a-f]{8}\.glb$/)
    expect(existsSync(join(root, 'models', fresh))).toBe(true)
    expect(readFileSync(join(root, 'models', shared), 'utf8')).toBe('shared')
    expect(existsSync(join(root, 'models', old)), 'the replaced model’s own texture').toBe(false)
    expect(existsSync(join(root, 'models/swap.glb')), 'the replaced model').toBe(false)
  })
})
