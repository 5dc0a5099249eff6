// The app's content schemas (src/studio/schemas.ts: the cells' and the letters'), loaded through Vite so this plain-Node tool shares it.
import { fileURLToPath } from 'node:url'
import { problemText } from './errors.mjs'

let schema = null
export async function contentSchema() {
  if (!schema) {
    const { runnerImport } = await import('vite')
    const path = fileURLToPath(new URL('../../src/studio/schemas.ts', import.meta.url))
    // with zod's English messages, which the app fetches only once a file is found wrong
    schema = runnerImport(path).then(async (r) => (await r.module.loadIssueMessages(), r.module))
  }
  return schema
}

/** The problems a schema's `safeParse` found, one line each, naming the file and field. */
export function schemaProblems(file, result) {
  return result.success ? [] : result.error.issues.map((i) => problemText(file, i.message, fieldPath(i.path)))
}

/** `testimonies[1].audio.opus`, as a curator reads a JSON file. */
export function fieldPath(path) {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key)
  return out || '(root)'
}
