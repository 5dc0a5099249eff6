// What the pipeline tests share: a temporary copy of public/ (never the real one), a hash of a whole tree, and
// recordings made on the spot with ffmpeg.
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { run } from '../../scripts/content/run.mjs'
import { publicDir } from './public-files'

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
