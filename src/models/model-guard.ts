/**
 * Checks a model (a cell's room, a headset's controllers) before three.js sees it: small enough for a phone, and
 * asking nothing of another host.
 * A GLB can name external files (buffers, textures) by URI; the loader would fetch them without a word.
 */

/** Bytes a phone downloads and parses without trouble; the content budget for a cell is far below (1.5 MB). */
export const MODEL_MAX_BYTES = 8 * 1024 * 1024
/** Triangles a phone draws at a usable frame rate; the content budget is under 100k. */
export const MODEL_MAX_TRIANGLES = 500_000

const GLB_MAGIC = 0x46546c67 // "glTF"
const JSON_CHUNK = 0x4e4f534a // "JSON"
const TRIANGLES = 4

interface GltfJson {
  buffers?: { uri?: unknown }[]
  images?: { uri?: unknown }[]
  accessors?: { count?: unknown }[]
  meshes?: { primitives?: { mode?: unknown; indices?: unknown; attributes?: Record<string, unknown> }[] }[]
}

/** Reads the JSON chunk of a binary glTF; throws with what is wrong. */
export function glbJson(buffer: ArrayBuffer): GltfJson {
  if (buffer.byteLength < 20) throw new Error('is not a binary glTF (too short)')
  const view = new DataView(buffer)
  if (view.getUint32(0, true) !== GLB_MAGIC) throw new Error('is not a binary glTF (no "glTF" header)')
  const length = view.getUint32(12, true)
  if (view.getUint32(16, true) !== JSON_CHUNK || 20 + length > buffer.byteLength)
    throw new Error('is not a binary glTF (no JSON chunk)')
  return JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 20, length))) as GltfJson
}

/** A URI inside the model may only name a file beside it on the same site (or nothing: data in the GLB itself). */
function leavesSite(uri: string, modelUrl: string, page: string): boolean {
  if (/^data:/i.test(uri)) return false
  if (/[\\\s]/.test(uri) || uri.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(uri)) return true
  try {
    return new URL(uri, new URL(modelUrl, page)).origin !== new URL(page).origin
  } catch {
    return true
  }
}

/** Triangles the model will draw (indexed or not; other primitive modes draw none). */
export function triangleCount(json: GltfJson): number {
  let total = 0
  for (const mesh of json.meshes ?? [])
    for (const p of mesh.primitives ?? []) {
      if ((p.mode ?? TRIANGLES) !== TRIANGLES) continue
      const accessor = typeof p.indices === 'number' ? p.indices : p.attributes?.POSITION
      const count = typeof accessor === 'number' ? json.accessors?.[accessor]?.count : undefined
      if (typeof count === 'number') total += Math.floor(count / 3)
    }
  return total
}

/** Said as soon as the server names the size, before a byte more is downloaded. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= MODEL_MAX_BYTES) return null
  return `is ${(bytes / 1048576).toFixed(1)} MB, more than a phone can take (${MODEL_MAX_BYTES / 1048576} MB)`
}

/**
 * What is wrong with a model before it is parsed: its size, its triangles, any file it would ask of another host.
 * @returns the problems, empty when it may be loaded
 */
export function modelProblems(buffer: ArrayBuffer, modelUrl: string, page: string): string[] {
  const size = sizeProblem(buffer.byteLength)
  if (size) return [size]
  let json: GltfJson
  try {
    json = glbJson(buffer)
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)]
  }
  const problems: string[] = []
  const triangles = triangleCount(json)
  if (triangles > MODEL_MAX_TRIANGLES)
    problems.push(`has ${triangles} triangles, more than a phone can draw (${MODEL_MAX_TRIANGLES})`)
  for (const [list, items] of [
    ['buffers', json.buffers],
    ['images', json.images],
  ] as const)
    (items ?? []).forEach((item, i) => {
      if (typeof item.uri === 'string' && leavesSite(item.uri, modelUrl, page))
        problems.push(`${list}[${i}].uri "${item.uri}" leads off the site; it was not requested`)
    })
  return problems
}
