import { modelProblems, sizeProblem } from './model-guard'

/** Models asked for ahead and not yet taken; a few at most (a visitor looks at one cell at a time). */
const ahead = new Map<string, Promise<ArrayBuffer>>()
const AHEAD_MAX = 2

/**
 * Fetches a cell's model and checks it before anything parses it (model-guard.ts): an oversized model is refused as
 * soon as the server names its size, one naming another host before that host is asked for anything.
 */
async function fetchChecked(url: string, page: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`could not be fetched (HTTP ${response.status})`)
  const tooLarge = sizeProblem(Number(response.headers.get('content-length') ?? 0))
  if (tooLarge) {
    void response.body?.cancel()
    throw new Error(tooLarge)
  }
  const buffer = await response.arrayBuffer()
  const problems = modelProblems(buffer, url, page)
  if (problems.length) throw new Error(problems.join('; '))
  return buffer
}

/**
 * Starts fetching a model before the 3D view that shows it exists (while the visitor reads the cards, or the moment
 * a cell is chosen), so the file is on its way in parallel with the 3D runtime rather than after it.
 * @example prefetchModel('/models/sizo-cell.glb')
 */
export function prefetchModel(url: string, page = location.href): void {
  if (ahead.has(url)) return
  const bytes = fetchChecked(url, page)
  ahead.set(url, bytes)
  // A failed early fetch is forgotten: the view asks again, and reports what goes wrong then.
  bytes.catch(() => ahead.get(url) === bytes && ahead.delete(url))
  for (const old of ahead.keys()) if (ahead.size > AHEAD_MAX) ahead.delete(old)
}

/** A model's checked bytes: those fetched ahead, handed over once (so they go with the model), or fetched now. */
export function takeModel(url: string, page = location.href): Promise<ArrayBuffer> {
  const bytes = ahead.get(url) ?? fetchChecked(url, page)
  ahead.delete(url)
  return bytes
}
