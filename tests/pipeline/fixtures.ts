// What the pipeline tests share: a temporary copy of public/ (never the real one), a hash of a whole tree, and
// recordings made on the spot with ffmpeg.
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { cspSafeTranscoder } from '../../build/basis-transcoder'
import { run } from '../../scripts/content/run.mjs'
import { publicDir } from '../unit/public-files'

/** A fresh folder with a copy of the shipped content in `<folder>/public`. */
export function copyOfPublic(prefix = 'pv-pipeline-'): { work: string; root: string } {
  const work = mkdtempSync(join(tmpdir(), prefix))
  const root = join(work, 'public')
  for (const dir of ['content', 'models', 'audio'])
    cpSync(new URL(dir, publicDir), join(root, dir), { recursive: true })
  return { work, root }
}

/** One hash over every file's path and bytes: equal hashes, byte-identical trees. */
export function treeHash(root: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else hash.update(`${relative(root, path)}\0`).update(readFileSync(path))
    }
  }
  walk(root)
  return hash.digest('hex')
}

/** Every file under `root`, as relative paths. */
export function listTree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(root, f)).isFile())
    .sort()
}

/** A speech-like recording: a tone under pink noise, `seconds` long, in the format the extension says. */
export async function recording(file: string, seconds: number): Promise<string> {
  await run('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=220:duration=${seconds}`],
    ...['-f', 'lavfi', '-i', `anoisesrc=color=pink:amplitude=0.2:duration=${seconds}`],
    ...['-filter_complex', 'amix=inputs=2', file],
  ])
  return file
}

/** The shipped testimony `id` of `cell` as a description file, without what the tool fills in. */
export function testimonyMeta(root: string, cell: string, id: string, file: string): string {
  const data = JSON.parse(readFileSync(join(root, `content/cells/${cell}.json`), 'utf8'))
  const {
    audio: _a,
    duration: _d,
    captions: _c,
    chapters: _ch,
    questions: _q,
    position: _p,
    ...meta
  } = data.testimonies.find((t: { id: string }) => t.id === id)
  writeFileSync(file, JSON.stringify(meta))
  return file
}

/** Caption files, one per language, each with one cue from `from` to `to` seconds. */
export function captionFiles(dir: string, name: string, from = 0.5, to = 2): Record<string, string> {
  const at = (t: number) => `00:00:${t.toFixed(3).padStart(6, '0')}`
  const files: Record<string, string> = {}
  for (const [lang, text] of [
    ['en', 'A replacement recording.'],
    ['uk', 'Новий запис.'],
  ]) {
    files[lang] = join(dir, `${name}.${lang}.vtt`)
    writeFileSync(files[lang], `WEBVTT\n\n${at(from)} --> ${at(to)}\n${text}\n`)
  }
  return files
}

interface BasisModule {
  initializeBasis(): void
  KTX2File: new (data: Uint8Array) => {
    isValid(): boolean
    getWidth(): number
    getHeight(): number
    getLevels(): number
    startTranscoding(): boolean
    getImageTranscodedSizeInBytes(level: number, layer: number, face: number, format: number): number
    transcodeImage(
      dst: Uint8Array,
      level: number,
      layer: number,
      face: number,
      format: number,
      ...rest: number[]
    ): number
    close(): void
    delete(): void
  }
}

let basis: Promise<BasisModule> | null = null
/** three.js's Basis Universal transcoder — as the app serves it — loaded in Node. */
function transcoder(): Promise<BasisModule> {
  basis ??= (async () => {
    // as the site serves it: rewritten to run under its Content-Security-Policy
    const dir = new URL('../../node_modules/three/examples/jsm/libs/basis/', import.meta.url)
    const js = cspSafeTranscoder(readFileSync(new URL('basis_transcoder.js', dir), 'utf8'))
    const factory = new Function('require', '__dirname', `${js}; return BASIS`)(
      createRequire(import.meta.url),
      tmpdir(),
    )
    const module = (await factory({ wasmBinary: readFileSync(new URL('basis_transcoder.wasm', dir)) })) as BasisModule
    module.initializeBasis()
    return module
  })()
  return basis
}

/** Transcodes a KTX2 texture's largest level to RGBA, as a GPU without compressed formats would get it. */
export async function transcodeKTX2(
  data: Uint8Array,
): Promise<{ width: number; height: number; levels: number; rgba: Uint8Array }> {
  const { KTX2File } = await transcoder()
  const file = new KTX2File(data)
  try {
    if (!file.isValid() || !file.startTranscoding()) throw new Error('not a KTX2 file the transcoder can read')
    const RGBA32 = 13
    const rgba = new Uint8Array(file.getImageTranscodedSizeInBytes(0, 0, 0, RGBA32))
    if (!file.transcodeImage(rgba, 0, 0, 0, RGBA32, 0, -1, -1)) throw new Error('transcoding failed')
    return { width: file.getWidth(), height: file.getHeight(), levels: file.getLevels(), rgba }
  } finally {
    file.close()
    file.delete()
  }
}

/** What a test room is rebuilt from: its part of the cell's provenance record. */
const TEST_ROOM = {
  summary: { en: 'A room made for a test.', uk: 'Кімната, створена для тесту.' },
  sources: [{ kind: 'illustration', title: { en: 'The test' }, contributed: { en: 'Everything.' } }],
  madeBy: { en: 'The pipeline tests' },
  made: '2026',
}

/** A test recording's part of the cell's provenance record. */
export const TEST_RECORDING = {
  recorded: '2026-12',
  transcribedBy: { en: 'No one: generated tones' },
  audioEdits: ['synthetic', 'levelled'],
  agreed: { en: 'No one speaks: generated for a test.' },
}

/** A consent scope that lets a testimony be shown everywhere, until withdrawn. */
export const EVERYWHERE = {
  where: ['web', 'ar', 'headset', 'exhibition', 'kiosk'],
  withdrawContact: 'https://example.org/withdraw',
}

/** A cell's description file (as an object), in the languages the shipped manifest promises. */
export function cellMeta(id: string, dimensions = { width: 3, depth: 3, height: 2.5 }) {
  return {
    provenance: TEST_ROOM,
    id,
    demo: true,
    name: { en: 'Test room', uk: 'Тестова кімната' },
    place: { en: 'Here', uk: 'Тут' },
    dates: { en: 'Now', uk: 'Зараз' },
    heldHere: { en: 'Nobody', uk: 'Ніхто' },
    description: { en: 'Made for a test.', uk: 'Створено для тесту.' },
    dimensions,
    start: { position: [0, 0, 1], yaw: 0 },
  }
}
