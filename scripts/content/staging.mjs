// All-or-nothing changes to the site's content. A command builds everything in a staging folder beside public/,
// validates it there (staged files seen over the published ones), and only then moves it in: new media first, under
// names no published file uses, then the one JSON file that makes them live (a rename, which is atomic), then the
// files nothing refers to any more are removed. A crash or Ctrl-C at any moment leaves the previous content whole;
// the next run clears what a dead run left behind (its journal says which files it may have placed).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, readFile, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { PipelineError } from './errors.mjs'
import { filesBeside } from './glb.mjs'
import { isWithdrawn } from './provenance.mjs'
import { paths } from './registry.mjs'

/** @import { Paths } from './registry.mjs' */

/** The folders of public/ whose files only content refers to; anything there that nothing names is an orphan. */
const MEDIA_DIRS = ['audio', 'models', 'content/captions', 'content/questions']
const MEDIA_PATH = new RegExp(`^(${MEDIA_DIRS.join('|')})/[^/]+$`)

/**
 * Where staging folders live: beside the site's folder (same disk, so moving in is a rename), never inside it.
 * @param {string} root
 * @returns {string}
 */
export function stagingRoot(root) {
  return join(dirname(root), '.content-staging')
}

/**
 * For tests of a kill at a given step: `CONTENT_TOOL_HALT_AT=<step>` makes the tool die there, like a SIGKILL.
 * @param {string} step
 */
function halt(step) {
  if (process.env.CONTENT_TOOL_HALT_AT === step) process.kill(process.pid, 'SIGKILL')
}

/** @type {StagingArea | null} */
let active = null

/**
 * What a Ctrl-C (or SIGTERM) should do now: before publishing, drop the staging folder; while publishing, finish
 * (a few renames) so the content is never left between two versions. Resolves when it is safe to exit.
 * @returns {Promise<void>}
 */
export async function interrupt() {
  const stage = active
  if (!stage) return
  if (stage.publishing) await stage.publishing.catch(() => undefined)
  await stage.discard()
}

/**
 * Every site path a content file names under audio/, models/, content/captions/ or content/questions/; a withdrawn testimony's count for
 * nothing (its entry stays so that its links say it was withdrawn, but none of its files is published).
 * @param {unknown} value
 * @param {Set<string>} into
 * @returns {Set<string>}
 */
function collectMedia(value, into) {
  if (typeof value === 'string') {
    if (MEDIA_PATH.test(value)) into.add(value)
  } else if (Array.isArray(value)) for (const v of value) collectMedia(v, into)
  else if (value && typeof value === 'object' && !isWithdrawn(value))
    for (const v of Object.values(value)) collectMedia(v, into)
  return into
}

/**
 * The cell files in content/cells (listed in the manifest or waiting for their first testimony).
 * @param {Pick<Paths, 'abs'>} p
 * @returns {Promise<string[]>}
 */
export async function cellFiles(p) {
  const dir = p.abs('content/cells')
  if (!existsSync(dir)) return []
  return (await readdir(dir)).filter((n) => n.endsWith('.json')).map((n) => `content/cells/${n}`)
}

/**
 * Adds the files each model in `media` names beside itself (its textures: model.mjs writeModel).
 * @param {Pick<Paths, 'abs'>} p
 * @param {Set<string>} media
 * @returns {Promise<Set<string>>}
 */
async function withModelFiles(p, media) {
  for (const file of [...media])
    if (file.endsWith('.glb') && existsSync(p.abs(file)))
      for (const name of filesBeside(await readFile(p.abs(file)))) media.add(`${dirname(file)}/${name}`)
  return media
}

/**
 * The media files that some content file refers to, and the textures its models name. Unreadable JSON refers to
 * nothing (check reports it).
 * @param {Pick<Paths, 'abs' | 'manifest'>} p
 * @returns {Promise<Set<string>>}
 */
async function references(p) {
  /** @type {Set<string>} */
  const found = new Set()
  for (const file of [p.manifest, ...(await cellFiles(p))]) {
    try {
      collectMedia(JSON.parse(await readFile(p.abs(file), 'utf8')), found)
    } catch {
      // reported by check
    }
  }
  return withModelFiles(p, found)
}

/**
 * Files in audio/, models/ and content/captions/ that no content refers to: they would ship for nothing.
 * @param {string} root
 * @returns {Promise<string[]>}
 */
export async function orphans(root) {
  const p = paths(root)
  const used = await references(p)
  const out = []
  for (const dir of MEDIA_DIRS) {
    if (!existsSync(p.abs(dir))) continue
    for (const name of (await readdir(p.abs(dir))).sort()) {
      const file = `${dir}/${name}`
      if ((await stat(p.abs(file))).isFile() && !used.has(file)) out.push(file)
    }
  }
  return out
}

/**
 * Removes those of `candidates` that no content refers to (files a finished or dead run made unneeded).
 * @param {Paths} p
 * @param {readonly string[]} candidates
 */
async function removeUnreferenced(p, candidates) {
  const used = await references(p)
  for (const file of candidates) if (!used.has(file)) await rm(p.abs(file), { force: true })
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM'
  }
}

/**
 * Clears the staging folders of runs that died (killed, crashed), and any file they placed that nothing uses.
 * @param {string} root
 * @returns {Promise<void>}
 */
export async function recover(root) {
  const dir = stagingRoot(root)
  if (!existsSync(dir)) return
  const p = paths(root)
  for (const name of await readdir(dir)) {
    const pid = Number(name.split('-')[0])
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) continue
    const journal = join(dir, name, 'journal.json')
    if (existsSync(journal)) {
      /** @type {{ placed?: string[]; retire?: string[] }} */
      const { placed = [], retire = [] } = JSON.parse(readFileSync(journal, 'utf8'))
      await removeUnreferenced(p, [...placed, ...retire])
    }
    await rm(join(dir, name), { recursive: true, force: true })
  }
}

/** @param {Buffer} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex')

/**
 * @param {string} a
 * @param {string} b
 */
async function sameBytes(a, b) {
  const [x, y] = await Promise.all([readFile(a), readFile(b)])
  return x.equals(y)
}

/**
 * `audio/x.opus` → `audio/x.3f9a1c2e.opus`: the name a new version takes while the old one is still published.
 * @param {string} sitePath
 * @param {string} hash
 */
function versioned(sitePath, hash) {
  const ext = extname(sitePath)
  return `${sitePath.slice(0, -ext.length)}.${hash.slice(0, 8)}${ext}`
}

/**
 * What a command's build step does with its staging area (a `StagingArea`).
 * @typedef {Pick<StagingArea, 'p' | 'view' | 'scratch' | 'place' | 'writeJson'>} Stage
 */

/**
 * A staging area for one command. `scratch(name)` is a file to write into; `place(file, sitePath)` adopts it under
 * `sitePath`, or under a versioned name where a different published file has that name; `writeJson` stages a
 * content file (made live by publishing); `view` reads the site as it will be (staged files over published ones).
 */
class StagingArea {
  /**
   * @param {string} root
   * @param {string} dir
   */
  constructor(root, dir) {
    this.p = paths(root)
    this.dir = dir
    /** @type {Map<string, string>} staged file by the site path it takes */
    this.media = new Map()
    /** @type {{ sitePath: string; file: string }[]} */
    this.json = []
    /** @type {Promise<void> | null} */
    this.publishing = null
    /** @type {Promise<void> | null} */
    this.discarded = null
    const site = this.p
    /** @type {Paths} */
    this.view = { ...site, abs: (sitePath) => this.stagedPath(sitePath) ?? site.abs(sitePath) }
  }

  /**
   * @param {string} sitePath
   * @returns {string | null}
   */
  stagedPath(sitePath) {
    const media = this.media.get(sitePath)
    if (media !== undefined) return media
    const json = this.json.find((j) => j.sitePath === sitePath)
    return json ? json.file : null
  }

  /**
   * Removes the staging folder (and the shared one, once no run uses it); the same promise for every caller.
   * @returns {Promise<void>}
   */
  discard() {
    this.discarded ??= rm(this.dir, { recursive: true, force: true }).then(() =>
      rmdir(dirname(this.dir)).catch(() => undefined),
    )
    return this.discarded
  }

  /**
   * A file to write into, in the staging folder.
   * @param {string} name
   * @returns {Promise<string>}
   */
  async scratch(name) {
    const file = join(this.dir, 'work', name)
    await mkdir(dirname(file), { recursive: true })
    return file
  }

  /**
   * Adopts `file` under `sitePath` (or a versioned name where a different published file has it); its site path.
   * @param {string} file
   * @param {string} sitePath
   * @returns {Promise<string>}
   */
  async place(file, sitePath) {
    let target = sitePath
    const published = this.p.abs(sitePath)
    if (existsSync(published)) {
      if (await sameBytes(published, file)) return sitePath
      target = versioned(sitePath, sha256(await readFile(file)))
    }
    this.media.set(target, file)
    return target
  }

  /**
   * Stages a content file, made live by publishing, in the order staged; `before` a staged file moves it in ahead of
   * that one (a provenance record ahead of the cell file it describes, which makes the change live).
   * @param {string} sitePath
   * @param {unknown} data
   * @param {{ before?: string }} [options]
   * @returns {Promise<void>}
   */
  async writeJson(sitePath, data, { before } = {}) {
    const file = join(this.dir, 'json', `${this.json.length}-${basename(sitePath)}`)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, `${JSON.stringify(data, null, 2)}\n`)
    const at = before === undefined ? -1 : this.json.findIndex((j) => j.sitePath === before)
    if (at < 0) this.json.push({ sitePath, file })
    else this.json.splice(at, 0, { sitePath, file })
  }

  /**
   * Moves a staged file to its place in the site: a rename, or copy-then-rename across disks.
   * @param {string} file
   * @param {string} sitePath
   */
  async moveIn(file, sitePath) {
    const target = this.p.abs(sitePath)
    await mkdir(dirname(target), { recursive: true })
    try {
      await rename(file, target)
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EXDEV') throw e
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`)
      await copyFile(file, temp)
      await rename(temp, target)
    }
  }

  async publish() {
    // What the replaced content files referred to: removed at the end where nothing refers to them any more.
    /** @type {Set<string>} */
    const retire = new Set()
    for (const { sitePath } of this.json)
      if (existsSync(this.p.abs(sitePath)))
        collectMedia(JSON.parse(await readFile(this.p.abs(sitePath), 'utf8')), retire)
    await withModelFiles(this.p, retire)
    const placed = [...this.media.keys()]
    await writeFile(join(this.dir, 'journal.json'), JSON.stringify({ placed, retire: [...retire] }))
    halt('before-publish')
    try {
      for (const [sitePath, file] of this.media) {
        await this.moveIn(file, sitePath)
        halt('media-placed')
      }
      // The content files last, the one that makes the change live (the manifest, or the cell) at the very end.
      for (const { sitePath, file } of this.json) {
        await this.moveIn(file, sitePath)
        halt(`published ${sitePath}`)
      }
    } finally {
      await removeUnreferenced(this.p, [...retire, ...placed])
    }
  }
}

/**
 * Runs `build(stage)` in a fresh staging folder, then `validate(view)` over the staged site; publishes only when it
 * returns no problems. Resolves with what `build` returned; rejects, with public/ untouched, otherwise.
 * @template T
 * @param {string} root
 * @param {(stage: Stage) => Promise<T>} build
 * @param {(view: Paths) => Promise<string[]> | string[]} validate
 * @returns {Promise<T>}
 */
export async function transaction(root, build, validate) {
  await recover(root)
  const dir = join(stagingRoot(root), `${process.pid}-${Date.now()}`)
  await mkdir(dir, { recursive: true })
  const stage = new StagingArea(root, dir)
  active = stage
  try {
    const result = await build(stage)
    halt('built')
    const problems = await validate(stage.view)
    if (problems.length)
      throw new PipelineError(
        'the new content',
        `did not pass its checks, so nothing was changed:\n  ${problems.join('\n  ')}`,
      )
    stage.publishing = stage.publish()
    await stage.publishing
    return result
  } finally {
    await stage.discard()
    active = null
  }
}
