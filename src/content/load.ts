import type * as z from 'zod/mini'
import {
  ACTION_ROLES,
  actionLink,
  cell as cellSchema,
  cellShell,
  loadIssueMessages,
  manifest as manifestSchema,
  manifestShell,
  testimony as testimonySchema,
  testimonyIssues,
  type ActionLink,
  type Cell,
  type Manifest,
  type ManifestFile,
  type Testimony,
} from './schema'

/** A content file larger than this is refused before it is parsed: no real manifest or cell comes near it. */
const MAX_JSON_BYTES = 1024 * 1024

/** A problem with one content file, phrased for the curator who has to fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    /** The file could not be fetched (network, HTTP error): asking again may bring it, unlike a broken file. */
    readonly failedRequest = false,
  ) {
    super(`${file}: ${problems.join('; ')}`)
    this.name = 'ContentError'
  }
}

/** Whether loading failed on a request that may succeed when made again (not on a file that is broken). */
export function isFailedRequest(e: unknown): boolean {
  return e instanceof ContentError && e.failedRequest
}

export interface Content {
  manifest: Manifest
  /** Cells that loaded and validated, in manifest order; withdrawn testimonies already removed. */
  cells: Cell[]
  /** Files that could not be used; the rest of the content still works. */
  errors: ContentError[]
  /** Testimonies withdrawn by their speakers, as `cell/testimony`: a link to one says so, and nothing more. */
  withdrawn: string[]
}

/** Renders a zod issue path the way a curator reads a JSON file: `testimonies[1].audio.opus`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out || '(root)'
}

function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
}

/** Validates parsed JSON against a schema; throws a ContentError naming the file and each field at fault. */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data)
  if (!result.success) throw new ContentError(file, describeIssues(result.error))
  return result.data
}

/**
 * Reads a file with `read`; where it finds something wrong (it throws a ContentError, or `wrong` says so), reads it
 * again once zod's messages have come (schema.ts `loadIssueMessages`), so each problem says what was expected.
 */
export async function explained<T>(read: () => T, wrong: (value: T) => boolean = () => false): Promise<T> {
  try {
    const value = read()
    if (!wrong(value)) return value
  } catch (e) {
    if (!(e instanceof ContentError)) throw e
  }
  await loadIssueMessages()
  return read()
}

/** The manifest held to every rule, as the content tool checks it. */
export function parseManifest(data: unknown, file: string): ManifestFile {
  return validate(manifestSchema, data, file)
}

/** The cell held to every rule, as the content tool checks it; withdrawn testimonies removed. */
export function parseCell(data: unknown, file: string): Cell {
  const parsed = validate(cellSchema, data, file)
  return { ...parsed, testimonies: parsed.testimonies.filter((t) => t.speaker.consent !== 'withdrawn') }
}

/** What the app can use of a file, and what it had to refuse (named with the file and the field), if anything. */
export interface Read<T> {
  value: T
  error: ContentError | null
}

/**
 * The manifest as the app uses it: a link that breaks a rule (not https, a user name in it) disables only its own
 * call to action; anything else wrong rejects the manifest.
 */
export function readManifest(data: unknown, file: string): Read<Manifest> {
  const shell = validate(manifestShell, data, file)
  const problems: string[] = []
  const actions = {} as Record<(typeof ACTION_ROLES)[number], ActionLink | null>
  for (const role of ACTION_ROLES) {
    const result = actionLink.safeParse(shell.actions[role])
    actions[role] = result.success ? result.data : null
    if (!result.success)
      problems.push(...result.error.issues.map((i) => `${formatPath(['actions', role, ...i.path])}: ${i.message}`))
  }
  return { value: { ...shell, actions }, error: problems.length ? new ContentError(file, problems) : null }
}

/**
 * The cell as the app uses it: a testimony that breaks a rule is left out and named; the rest of the cell, and the
 * rest of its testimonies, still work. Withdrawn testimonies are removed.
 */
export function readCell(data: unknown, file: string): Read<Cell> & { withdrawn: string[] } {
  const shell = validate(cellShell, data, file)
  const problems: string[] = []
  const valid: { index: number; testimony: Testimony }[] = []
  shell.testimonies.forEach((raw, index) => {
    const result = testimonySchema.safeParse(raw)
    if (result.success) valid.push({ index, testimony: result.data })
    else
      problems.push(...result.error.issues.map((i) => `${formatPath(['testimonies', index, ...i.path])}: ${i.message}`))
  })
  const placed = testimonyIssues(
    shell.dimensions,
    valid.map((v) => v.testimony),
  )
  for (const issue of placed) {
    const index = valid[issue.index]?.index ?? issue.index
    problems.push(`${formatPath(['testimonies', index, issue.field])}: ${issue.message}`)
  }
  const refused = new Set(placed.map((p) => p.index))
  const kept = valid.filter((_, i) => !refused.has(i)).map((v) => v.testimony)
  const testimonies = kept.filter((t) => t.speaker.consent !== 'withdrawn')
  const withdrawn = kept.filter((t) => t.speaker.consent === 'withdrawn').map((t) => `${shell.id}/${t.id}`)
  return {
    value: { ...shell, testimonies },
    error: problems.length ? new ContentError(file, problems) : null,
    withdrawn,
  }
}

/**
 * Every path of a cell must resolve to the site's own origin before anything is fetched (the schema's character
 * rules already ensure it; this holds whatever the rules become).
 */
export function offSitePaths(cell: Cell, base: string, page: string): string[] {
  const origin = new URL(page).origin
  const paths = [
    cell.model,
    ...(cell.quickLook ? [cell.quickLook] : []),
    cell.ambient.opus,
    cell.ambient.aac,
    ...cell.testimonies.flatMap((t) => [t.audio.opus, t.audio.aac, ...Object.values(t.captions)]),
  ]
  return paths.filter((p) => {
    try {
      return new URL(base + p, page).origin !== origin
    } catch {
      return true
    }
  })
}

export async function fetchJson(url: string, file: string, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response
  try {
    response = await fetchImpl(url)
  } catch {
    throw new ContentError(file, ['could not be fetched (network error)'], true)
  }
  if (!response.ok) throw new ContentError(file, [`could not be fetched (HTTP ${response.status})`], true)
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > MAX_JSON_BYTES) throw new ContentError(file, [`is larger than ${MAX_JSON_BYTES} bytes`])
  const text = await response.text()
  if (text.length > MAX_JSON_BYTES) throw new ContentError(file, [`is larger than ${MAX_JSON_BYTES} bytes`])
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new ContentError(file, [`is not valid JSON (${(e as Error).message})`])
  }
}

/**
 * Loads the manifest and every cell it lists. A broken cell file is reported and skipped;
 * a broken manifest rejects with a ContentError.
 * @param base the site's base URL, e.g. `/`
 */
export async function loadContent(
  base: string,
  fetchImpl: typeof fetch = fetch,
  page: string = typeof location === 'undefined' ? 'http://localhost/' : location.href,
): Promise<Content> {
  const manifestFile = 'content/manifest.json'
  const manifestJson = await fetchJson(base + manifestFile, manifestFile, fetchImpl)
  const read = await explained(
    () => readManifest(manifestJson, manifestFile),
    (r) => r.error !== null,
  )
  const manifest = read.value
  const errors: ContentError[] = read.error ? [read.error] : []
  const withdrawn: string[] = []
  const settled = await Promise.allSettled(
    manifest.cells.map(async (path) => {
      const file = `content/${path}`
      const json = await fetchJson(base + file, file, fetchImpl)
      const cell = await explained(
        () => readCell(json, file),
        (r) => r.error !== null,
      )
      if (cell.error) errors.push(cell.error)
      withdrawn.push(...cell.withdrawn)
      const offSite = offSitePaths(cell.value, base, page)
      if (offSite.length)
        throw new ContentError(
          file,
          offSite.map((p) => `"${p}" leads off the site`),
        )
      return cell.value
    }),
  )
  const cells: Cell[] = []
  const ids = new Set<string>()
  settled.forEach((result, i) => {
    if (result.status === 'rejected') {
      const reason = result.reason
      errors.push(
        reason instanceof ContentError ? reason : new ContentError(`content/${manifest.cells[i]}`, [String(reason)]),
      )
    } else if (ids.has(result.value.id)) {
      errors.push(
        new ContentError(`content/${manifest.cells[i]}`, [`id: "${result.value.id}" is used by another cell`]),
      )
    } else {
      ids.add(result.value.id)
      cells.push(result.value)
    }
  })
  return { manifest, cells, errors, withdrawn }
}
