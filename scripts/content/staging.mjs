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
import { paths } from './registry.mjs'

/** The folders of public/ whose files only content refers to; anything there that nothing names is an orphan. */
const MEDIA_DIRS = ['audio', 'models', 'content/captions']
const MEDIA_PATH = new RegExp(`^(${MEDIA_DIRS.join('|')})/[^/]+$`)

/** Where staging folders live: beside the site's folder (same disk, so moving in is a rename), never inside it. */
export function stagingRoot(root) {
  return join(dirname(root), '.content-staging')
}

/** For tests of a kill at a given step: `CONTENT_TOOL_HALT_AT=<step>` makes the tool die there, like a SIGKILL. */
function halt(step) {
  if (process.env.CONTENT_TOOL_HALT_AT === step) process.kill(process.pid, 'SIGKILL')
}

let active = null

/**
 * What a Ctrl-C (or SIGTERM) should do now: before publishing, drop the staging folder; while publishing, finish
 * (a few renames) so the content is never left between two versions. Resolves when it is safe to exit.
 */
export async function interrupt() {
  const stage = active
  if (!stage) return
  if (stage.publishing) await stage.publishing.catch(() => undefined)
  await stage.discard()
}

/** Every site path a content file names under audio/, models/ or content/captions/. */
function collectMedia(value, into) {
  if (typeof value === 'string') {
    if (MEDIA_PATH.test(value)) into.add(value)
  } else if (Array.isArray(value)) for (const v of value) collectMedia(v, into)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectMedia(v, into)
  return into
}

/** The cell files in content/cells (listed in the manifest or waiting for their first testimony). */
export async function cellFiles(p) {
  const dir = p.abs('content/cells')
  if (!existsSync(dir)) return []
  return (await readdir(dir)).filter((n) => n.endsWith('.json')).map((n) => `content/cells/${n}`)
}

/** Adds the files each model in `media` names beside itself (its textures: model.mjs writeModel). */
async function withModelFiles(p, media) {
  for (const file of [...media])
    if (file.endsWith('.glb') && existsSync(p.abs(file)))
      for (const name of filesBeside(await readFile(p.abs(file)))) media.add(`${dirname(file)}/${name}`)
  return media
}

/**
 * The media files that some content file refers to, and the textures its models name. Unreadable JSON refers to
 * nothing (check reports it).
 */
async function references(p) {
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

/** Files in audio/, models/ and content/captions/ that no content refers to: they would ship for nothing. */
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

/** Removes those of `candidates` that no content refers to (files a finished or dead run made unneeded). */
async function removeUnreferenced(p, candidates) {
  const used = await references(p)
  for (const file of candidates) if (!used.has(file)) await rm(p.abs(file), { force: true })
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === 'EPERM'
  }
}

/** Clears the staging folders of runs that died (killed, crashed), and any file they placed that nothing uses. */
export async function recover(root) {
  const dir = stagingRoot(root)
  if (!existsSync(dir)) return
  const p = paths(root)
  for (const name of await readdir(dir)) {
    const pid = Number(name.split('-')[0])
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) continue
    const journal = join(dir, name, 'journal.json')
    if (existsSync(journal)) {
      const { placed = [], retire = [] } = JSON.parse(readFileSync(journal, 'utf8'))
      await removeUnreferenced(p, [...placed, ...retire])
    }
    await rm(join(dir, name), { recursive: true, force: true })
  }
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex')

async function sameBytes(a, b) {
  const [x, y] = await Promise.all([readFile(a), readFile(b)])
  return x.equals(y)
}

/** `audio/x.opus` → `audio/x.3f9a1c2e.opus`: the name a new version takes while the old one is still published. */
function versioned(sitePath, hash) {
  const ext = extname(sitePath)
  return `${sitePath.slice(0, -ext.length)}.${hash.slice(0, 8)}${ext}`
}

/**
 * A staging area for one command. `scratch(name)` is a file to write into; `place(file, sitePath)` adopts it under
 * `sitePath`, or under a versioned name where a different published file has that name; `writeJson` stages a
 * content file (made live by publishing); `view` reads the site as it will be (staged files over published ones).
 */
class Stage {
  constructor(root, dir) {
    this.p = paths(root)
    this.dir = dir
    this.media = new Map()
    this.json = []
    this.publishing = null
    this.discarded = null
    const site = this.p
    this.view = { ...site, abs: (sitePath) => this.stagedPath(sitePath) ?? site.abs(sitePath) }
  }

  stagedPath(sitePath) {
    if (this.media.has(sitePath)) return this.media.get(sitePath)
    const json = this.json.find((j) => j.sitePath === sitePath)
    return json ? json.file : null
  }

  /** Removes the staging folder (and the shared one, once no run uses it); the same promise for every caller. */
  discard() {
    this.discarded ??= rm(this.dir, { recursive: true, force: true }).then(() =>
      rmdir(dirname(this.dir)).catch(() => undefined),
    )
    return this.discarded
  }

  async scratch(name) {
    const file = join(this.dir, 'work', name)
    await mkdir(dirname(file), { recursive: true })
    return file
  }

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

  async writeJson(sitePath, data) {
    const file = join(this.dir, 'json', `${this.json.length}-${basename(sitePath)}`)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, `${JSON.stringify(data, null, 2)}\n`)
    this.json.push({ sitePath, file })
  }

  /** Moves a staged file to its place in the site: a rename, or copy-then-rename across disks. */
  async moveIn(file, sitePath) {
    const target = this.p.abs(sitePath)
    await mkdir(dirname(target), { recursive: true })
    try {
      await rename(file, target)
    } catch (e) {
      if (e.code !== 'EXDEV') throw e
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`)
      await copyFile(file, temp)
      await rename(temp, target)
    }
  }

  async publish() {
    // What the replaced content files referred to: removed at the end where nothing refers to them any more.
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
 */
export async function transaction(root, build, validate) {
  await recover(root)
  const dir = join(stagingRoot(root), `${process.pid}-${Date.now()}`)
  await mkdir(dir, { recursive: true })
  const stage = new Stage(root, dir)
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
