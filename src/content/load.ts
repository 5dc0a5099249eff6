import type * as z from 'zod/mini'
import {
  cell as cellSchema,
  letters as lettersSchema,
  manifest as manifestSchema,
  type Cell,
  type Letters,
  type Manifest,
} from './schema'

/** A problem with one content file, phrased for the curator who has to fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join('; ')}`)
    this.name = 'ContentError'
  }
}

export interface Content {
  manifest: Manifest
  /** Cells that loaded and validated, in manifest order; withdrawn testimonies already removed. */
  cells: Cell[]
  /** Files that could not be used; the rest of the content still works. */
  errors: ContentError[]
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

export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
}

/** Validates parsed JSON against a schema; throws a ContentError naming the file and each field at fault. */
export function validate<T extends z.ZodMiniType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data)
  if (!result.success) throw new ContentError(file, describeIssues(result.error))
  return result.data
}

export function parseManifest(data: unknown, file: string): Manifest {
  return validate(manifestSchema, data, file)
}

export function parseCell(data: unknown, file: string): Cell {
  const parsed = validate(cellSchema, data, file)
  return { ...parsed, testimonies: parsed.testimonies.filter((t) => t.speaker.consent !== 'withdrawn') }
}

async function fetchJson(url: string, file: string, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response
  try {
    response = await fetchImpl(url)
  } catch {
    throw new ContentError(file, ['could not be fetched (network error)'])
  }
  if (!response.ok) throw new ContentError(file, [`could not be fetched (HTTP ${response.status})`])
  const text = await response.text()
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
export async function loadContent(base: string, fetchImpl: typeof fetch = fetch): Promise<Content> {
  const manifestFile = 'content/manifest.json'
  const manifest = parseManifest(await fetchJson(base + manifestFile, manifestFile, fetchImpl), manifestFile)
  const settled = await Promise.allSettled(
    manifest.cells.map(async (path) => {
      const file = `content/${path}`
      return parseCell(await fetchJson(base + file, file, fetchImpl), file)
    }),
  )
  const cells: Cell[] = []
  const errors: ContentError[] = []
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
  return { manifest, cells, errors }
}

export function parseLetters(data: unknown, file: string): Letters {
  return validate(lettersSchema, data, file)
}

/** The letter directory and the postcard phrases. */
export async function loadLetters(base: string, fetchImpl: typeof fetch = fetch): Promise<Letters> {
  const file = 'content/letters.json'
  return parseLetters(await fetchJson(base + file, file, fetchImpl), file)
}
