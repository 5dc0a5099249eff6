// A cell's provenance record (src/content/provenance.ts), content/provenance/<cell>.json: what the room was rebuilt
// from, each testimony's recording, and — written each time the tool publishes the cell — when, by whom, and the
// SHA-256 and size of every file published for it, so anyone can check a served file against it.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { PipelineError, problemText } from './errors.mjs'
import { filesBeside } from './glb.mjs'
import { readJson } from './registry.mjs'

/** @import { Paths } from './registry.mjs' */
/** @import { Stage } from './staging.mjs' */
/** @typedef {Record<string, any>} Json */

/** Days before a consent's last day from which `check` warns that it is about to expire. */
export const CONSENT_WARNING_DAYS = 30

/**
 * Who publishes: `--by`, or the PV_CURATOR environment variable; the record names them, so there must be one.
 * @param {string | undefined} by
 * @returns {string}
 */
export function curator(by) {
  const name = (by ?? process.env.PV_CURATOR ?? '').trim()
  if (!name)
    throw new PipelineError(
      '--by',
      'publishing records who published: give --by <name> or set PV_CURATOR (the provenance record names them)',
    )
  return name
}

/**
 * Whether a testimony has been withdrawn (it stays in its cell file, marked, so its links say so; no file of it
 * is published).
 * @param {Json} t
 */
export const isWithdrawn = (t) => t?.speaker?.consent === 'withdrawn'

/**
 * Every file published for a cell, as site paths: the cell file itself, the model and the textures beside it, the
 * Quick Look package, the ambient loop, and each testimony's recordings and caption files (withdrawn ones have none).
 * @param {Paths} p the site, or a staged view of it
 * @param {string} cellFile
 * @param {Json} cell
 * @returns {Promise<string[]>}
 */
async function cellPublishedFiles(p, cellFile, cell) {
  const files = [cellFile]
  if (typeof cell.model === 'string') {
    files.push(cell.model)
    if (existsSync(p.abs(cell.model))) {
      const dir = cell.model.slice(0, cell.model.lastIndexOf('/') + 1)
      files.push(...filesBeside(await readFile(p.abs(cell.model))).map((name) => dir + name))
    }
  }
  if (typeof cell.quickLook === 'string') files.push(cell.quickLook)
  if (cell.ambient) files.push(cell.ambient.opus, cell.ambient.aac)
  for (const t of cell.testimonies ?? []) {
    if (isWithdrawn(t)) continue
    files.push(
      t.audio.opus,
      t.audio.aac,
      ...Object.values(/** @type {Record<string, string>} */ (t.captions ?? {})),
      ...Object.values(/** @type {Record<string, string>} */ (t.chapters ?? {})),
      t.questions,
    )
  }
  return [...new Set(files.filter((f) => typeof f === 'string'))]
}

/**
 * A file's SHA-256 and size, as the record lists it.
 * @param {Paths} p
 * @param {string} path
 * @returns {Promise<{ path: string; sha256: string; bytes: number }>}
 */
async function hashFile(p, path) {
  const bytes = await readFile(p.abs(path))
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
}

/**
 * The record as it will be published: the existing one (if any) with the room and testimony records given merged
 * in, withdrawn and removed testimonies dropped, and `published` written from the staged cell file and its files.
 * Stages it (made live with the cell); resolves with its site path.
 * @param {Stage} stage
 * @param {string} cellFile the cell file, already staged
 * @param {object} options
 * @param {string} options.by who publishes
 * @param {Json} [options.room] the room's record (`roomProvenance`), replacing the one published
 * @param {Record<string, Json>} [options.testimonies] testimony records by id, replacing those published
 * @param {Json} [options.record] a whole record (room and testimonies), replacing the one published
 * @param {Json} [options.withdrawal] a testimony withdrawn now (provenance.ts `withdrawal`), added to the list
 * @param {Date} [options.now]
 * @returns {Promise<string>}
 */
export async function stageRecord(
  stage,
  cellFile,
  { by, room, testimonies = {}, record, withdrawal, now = new Date() },
) {
  const view = stage.view
  const cell = await readJson(view, cellFile)
  const sitePath = typeof cell.provenance === 'string' ? cell.provenance : stage.p.provenance(cell.id)
  if (typeof cell.provenance !== 'string')
    throw new PipelineError(cellFile, `names no provenance record (it should be "${sitePath}")`, 'provenance')
  /** @type {Json} */
  const before = record ?? (existsSync(view.abs(sitePath)) ? await readJson(view, sitePath) : {})
  const shown = new Set(
    (cell.testimonies ?? []).filter((/** @type {Json} */ t) => !isWithdrawn(t)).map((/** @type {Json} */ t) => t.id),
  )
  /** @type {Record<string, Json>} */
  const kept = {}
  for (const [id, entry] of Object.entries({ ...before.testimonies, ...testimonies }))
    if (shown.has(id)) kept[id] = entry
  const files = []
  for (const path of await cellPublishedFiles(view, cellFile, cell))
    if (existsSync(view.abs(path))) files.push(await hashFile(view, path))
  const published = existsSync(view.abs(sitePath)) ? await readJson(view, sitePath) : {}
  const withdrawn = [...(published.withdrawn ?? []), ...(withdrawal ? [withdrawal] : [])]
  const out = {
    cell: cell.id,
    demo: cell.demo === true,
    room: room ?? before.room,
    testimonies: kept,
    ...(withdrawn.length && { withdrawn }),
    published: { at: now.toISOString().replace(/\.\d+Z$/, 'Z'), by, files },
  }
  // moved in just before the cell file: a run stopped after the cell went live has its record live too
  await stage.writeJson(sitePath, out, { before: cellFile })
  return sitePath
}

/**
 * Splits a metadata file's `provenance` (an object: the record's part for this cell or testimony) from the fields
 * that go into the cell file.
 * @param {Json} info
 * @returns {{ fields: Json; record: Json | undefined }}
 */
export function splitProvenance(info) {
  const { provenance, ...fields } = info
  if (provenance && typeof provenance === 'object') return { fields, record: provenance }
  return { fields: provenance === undefined ? fields : { ...fields, provenance }, record: undefined }
}

/**
 * Today as `YYYY-MM-DD` (UTC), and the days from it to a consent's last day.
 * @param {string} until
 * @param {Date} [now]
 * @returns {number}
 */
export function daysLeft(until, now = new Date()) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  return Math.round((Date.parse(`${until}T00:00:00Z`) - today) / 86_400_000)
}

/**
 * A testimony's consent scope: there (a problem if not), not expired (a problem), not expiring within 30 days (a
 * warning). Withdrawn testimonies need none.
 * @param {string} file
 * @param {string} at the testimony's field, `testimonies[0]`
 * @param {Json} t
 * @param {Date} [now]
 * @returns {{ problems: string[]; warnings: string[] }}
 */
export function consentProblems(file, at, t, now = new Date()) {
  if (isWithdrawn(t)) return { problems: [], warnings: [] }
  const scope = t.consentScope
  if (!scope)
    return {
      problems: [
        problemText(
          file,
          'missing: a testimony is published only with what its speaker agreed to (where, until when, whom to contact to withdraw)',
          `${at}.consentScope`,
        ),
      ],
      warnings: [],
    }
  if (!scope.until) return { problems: [], warnings: [] }
  const left = daysLeft(scope.until, now)
  if (left < 0)
    return {
      problems: [
        problemText(
          file,
          `the consent ended on ${scope.until}: withdraw the testimony (npm run content -- withdraw --cell <cell> --testimony ${t.id} --by <name>) or record a renewed consent`,
          `${at}.consentScope.until`,
        ),
      ],
      warnings: [],
    }
  if (left <= CONSENT_WARNING_DAYS)
    return {
      problems: [],
      warnings: [
        problemText(
          file,
          `the consent ends on ${scope.until}, in ${left} day${left === 1 ? '' : 's'}: renew it or withdraw the testimony`,
          `${at}.consentScope.until`,
        ),
      ],
    }
  return { problems: [], warnings: [] }
}

/**
 * A cell's record: named, there, of the right shape, with sources, an entry for every testimony shown, and a
 * `published` list that matches the files as they are now.
 * @param {Paths} p
 * @param {string} file the cell file
 * @param {Json} cell
 * @param {{ safeParse(data: unknown): any }} schema the record's schema (provenance.ts)
 * @param {(file: string, result: any) => string[]} schemaProblems
 * @param {{ published?: boolean }} [options] `published: false` while a command is still writing it
 * @returns {Promise<string[]>}
 */
export async function recordProblems(p, file, cell, schema, schemaProblems, { published = true } = {}) {
  const expected = p.provenance(cell.id)
  if (typeof cell.provenance !== 'string')
    return [
      problemText(
        file,
        `missing: a cell is published only with its provenance record ("${expected}": what the room was rebuilt from, each recording, what was agreed)`,
        'provenance',
      ),
    ]
  const at = cell.provenance
  if (!existsSync(p.abs(at))) return [problemText(file, `"${at}" does not exist`, 'provenance')]
  /** @type {Json} */
  let record
  try {
    record = await readJson(p, at)
  } catch (e) {
    return [/** @type {Error} */ (e).message]
  }
  const parsed = schema.safeParse(record)
  if (!parsed.success) return schemaProblems(at, parsed)
  const problems = []
  if (record.cell !== cell.id) problems.push(problemText(at, `is for "${record.cell}", not for "${cell.id}"`, 'cell'))
  for (const t of cell.testimonies ?? [])
    if (!isWithdrawn(t) && !record.testimonies[t.id])
      problems.push(
        problemText(
          at,
          `missing: testimony "${t.id}" needs its record (when it was recorded, who transcribed and translated it, what was done to the audio, what the speaker agreed to)`,
          `testimonies.${t.id}`,
        ),
      )
  if (!published) return problems
  const again = `(run \`npm run content -- publish --cell ${cell.id} --by <name>\`)`
  if (!record.published)
    return [...problems, problemText(at, `missing: the cell has not been published ${again}`, 'published')]
  /** @type {Map<string, { sha256: string; bytes: number }>} */
  const listed = new Map(record.published.files.map((/** @type {Json} */ f) => [f.path, f]))
  for (const path of await cellPublishedFiles(p, file, cell)) {
    const entry = listed.get(path)
    if (!entry) {
      problems.push(problemText(at, `does not list ${path}, published for the cell ${again}`, 'published.files'))
      continue
    }
    listed.delete(path)
    if (!existsSync(p.abs(path))) continue
    const now = await hashFile(p, path)
    if (now.sha256 !== entry.sha256)
      problems.push(
        problemText(at, `${path} is not the file that was published (its SHA-256 differs) ${again}`, 'published.files'),
      )
  }
  for (const path of listed.keys())
    problems.push(problemText(at, `lists ${path}, which the cell no longer publishes ${again}`, 'published.files'))
  return problems
}
