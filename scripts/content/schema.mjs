// The app's content schemas (src/studio/schemas.ts: the cells' and the letters'; src/content/provenance.ts: a cell's
// provenance record), loaded through Vite so this plain-Node tool shares them.
/** @typedef {typeof import('../../src/studio/schemas.ts') & { provenance: typeof import('../../src/content/provenance.ts').provenance }} Schemas */
import { fileURLToPath } from 'node:url'
import { problemText } from './errors.mjs'

/** @type {Promise<Schemas> | null} */
let schema = null
/**
 * The module once it has come: its `formatPath` names fields as the app names them.
 * @type {Schemas | null}
 */
let loaded = null
/** @returns {Promise<Schemas>} */
export function contentSchema() {
  schema ??= (async () => {
    const { runnerImport } = await import('vite')
    const path = fileURLToPath(new URL('../../src/studio/schemas.ts', import.meta.url))
    const record = fileURLToPath(new URL('../../src/content/provenance.ts', import.meta.url))
    // With zod's English messages, which the app fetches only once a file is found wrong. Set here, on the zod the
    // schema uses (a package, which the module runner leaves to Node): the runner is closed once the import is done.
    const [module, provenance, z, en] = await Promise.all([
      runnerImport(path).then((r) => /** @type {typeof import('../../src/studio/schemas.ts')} */ (r.module)),
      runnerImport(record).then(
        (r) => /** @type {typeof import('../../src/content/provenance.ts')} */ (r.module).provenance,
      ),
      import('zod/mini'),
      import('zod/v4/locales/en.js'),
    ])
    z.config(en.default())
    return (loaded = { ...module, provenance })
  })()
  return schema
}

/**
 * The problems a schema's `safeParse` found, one line each, naming the file and field (after `contentSchema()`).
 * @param {string} file
 * @param {{ success: true } | { success: false; error: { issues: { message: string; path: PropertyKey[] }[] } }} result
 * @returns {string[]}
 */
export function schemaProblems(file, result) {
  if (result.success) return []
  const schemas = loaded
  if (!schemas) throw new Error('schemaProblems: load the schema first (contentSchema())')
  return result.error.issues.map((i) => problemText(file, i.message, schemas.formatPath(i.path)))
}
