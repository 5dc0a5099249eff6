// Where content lives and how the tool reads and writes it (public/ by default; tests use a folder of their own).
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { PipelineError } from './errors.mjs'

export const DEFAULT_ROOT = resolve(new URL('../../public', import.meta.url).pathname)

/**
 * Where each content file of a site lies: its path on the site, and `abs` of that on disk.
 * @typedef {object} Paths
 * @property {string} root
 * @property {(sitePath: string) => string} abs
 * @property {string} manifest
 * @property {string} letters
 * @property {(id: string) => string} cell
 * @property {(id: string) => string} model
 * @property {(id: string) => string} quickLook the cell for AR Quick Look (iPhone, iPad, Vision Pro), beside its GLB
 * @property {(id: string) => string} audio
 * @property {(id: string, lang: string) => string} captions
 * @property {(id: string, lang: string) => string} chapters
 * @property {(id: string) => string} questions a testimony's curated questions (Ask), beside its chapters
 * @property {(id: string) => string} provenance the cell's provenance record (src/content/provenance.ts)
 */

/**
 * @param {string} [root]
 * @returns {Paths}
 */
export function paths(root = DEFAULT_ROOT) {
  return {
    root,
    abs: (sitePath) => join(root, sitePath),
    manifest: 'content/manifest.json',
    letters: 'content/letters.json',
    cell: (id) => `content/cells/${id}.json`,
    model: (id) => `models/${id}.glb`,
    quickLook: (id) => `models/${id}.usdz`,
    audio: (id) => `audio/${id}`,
    captions: (id, lang) => `content/captions/${id}.${lang}.vtt`,
    chapters: (id, lang) => `content/captions/${id}.chapters.${lang}.vtt`,
    questions: (id) => `content/questions/${id}.json`,
    provenance: (id) => `content/provenance/${id}.json`,
  }
}

/**
 * Reads a content file; `root` is the site's folder or a `paths()` view of it (a staged site, for instance). Its
 * shape is the caller's to check (`schema.mjs`).
 * @param {string | { abs(sitePath: string): string }} root
 * @param {string} sitePath
 * @returns {Promise<any>}
 */
export async function readJson(root, sitePath) {
  const file = typeof root === 'string' ? join(root, sitePath) : root.abs(sitePath)
  if (!existsSync(file)) throw new PipelineError(sitePath, 'does not exist')
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (e) {
    throw new PipelineError(sitePath, `is not valid JSON (${e instanceof Error ? e.message : e})`)
  }
}

/**
 * @param {string} root
 * @param {string} sitePath
 * @param {unknown} data
 */
export async function writeJson(root, sitePath, data) {
  const file = join(root, sitePath)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`)
}

/** @param {string} file */
export async function ensureDir(file) {
  await mkdir(dirname(file), { recursive: true })
}
