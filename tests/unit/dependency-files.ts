import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/*
 * For the tests of build/'s patches and of the app's private wires into libraries: they read the installed library
 * files, the ones the build reads, and fail with a message that names the patch when an upgrade has moved them.
 */

const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules')

/** The absolute path of `path` inside node_modules; throws, naming `patch`, when the upgrade removed or moved it. */
export function installed(path: string, patch: string): string {
  const file = join(NODE_MODULES, path)
  if (!existsSync(file)) throw new Error(`node_modules/${path} is gone (an upgrade moved it): update ${patch}`)
  return file
}

/** The JavaScript files of `dir` (a folder of node_modules), recursively, as absolute paths; never empty. */
export function installedScripts(dir: string, patch: string, pattern = /\.m?js$/): string[] {
  const root = installed(dir, patch)
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f) && !/\.d\.m?ts$/.test(f))
    .map((f) => join(root, f))
  if (files.length === 0) throw new Error(`node_modules/${dir} has no JavaScript files left: update ${patch}`)
  return files
}

/** One import of a module: its specifier, and the names it takes (`*` for a namespace; empty for a dynamic import). */
export interface ModuleImport {
  source: string
  names: string[]
}

/**
 * The static and dynamic imports written in `file` (a built library file: plain `import … from '…'` and `import('…')`
 * statements; `import type` left out). Names taken by `const { a, b } = await import('…')` count as its names.
 */
export function importsIn(file: string): ModuleImport[] {
  const text = readFileSync(file, 'utf8')
  const found: ModuleImport[] = []
  for (const m of text.matchAll(/^\s*import\s+(?!type\s)([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const clause = m[1] ?? ''
    const named = /{([^}]*)}/.exec(clause)?.[1]
    const names = named
      ? named.split(',').map((n) => (n.trim().split(/\s+as\s+/)[0] ?? '').trim())
      : clause.includes('*')
        ? ['*']
        : []
    found.push({ source: m[2] ?? '', names: names.filter(Boolean) })
  }
  for (const m of text.matchAll(/(?:{([^}]*)}\s*=\s*await\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({
      source: m[2] ?? '',
      names: (m[1] ?? '')
        .split(',')
        .map((n) => (n.trim().split(':')[0] ?? '').trim())
        .filter(Boolean),
    })
  return found
}

/** Calls `plugin`'s resolveId hook as Vite would for `source` imported from `importer` (hooks that need no context). */
export function resolveWith(plugin: Plugin, source: string, importer?: string): unknown {
  const hook = plugin.resolveId
  const handler = typeof hook === 'function' ? hook : hook?.handler
  if (!handler) throw new Error(`${plugin.name} has no resolveId hook`)
  return (handler as (this: unknown, source: string, importer: string | undefined, options: object) => unknown).call(
    {},
    source,
    importer,
    { isEntry: false, attributes: {} },
  )
}

/** Calls `plugin`'s load hook as Vite would for `id`. */
export function loadWith(plugin: Plugin, id: string): unknown {
  const hook = plugin.load
  const handler = typeof hook === 'function' ? hook : hook?.handler
  if (!handler) throw new Error(`${plugin.name} has no load hook`)
  return (handler as (this: unknown, id: string) => unknown).call({}, id)
}

/** The names a module's source text exports (`export function|class|const NAME`). */
export const exportedNames = (source: string): string[] =>
  [...source.matchAll(/^export\s+(?:async\s+)?(?:function|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm)].map(
    (m) => m[1] ?? '',
  )
