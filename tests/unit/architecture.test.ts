import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = resolve(import.meta.dirname, '../../src')

/** Every relative import between the folders of src/, as "from → to" with the file that makes it. */
function folderImports(): { from: string; to: string; file: string }[] {
  const out: { from: string; to: string; file: string }[] = []
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f))
  for (const file of files) {
    const from = file.split(/[\\/]/)[0] ?? ''
    if (!file.includes('/')) continue // main.tsx and the type declarations sit on top
    const text = readFileSync(join(SRC, file), 'utf8')
    for (const m of text.matchAll(/(?:from\s+|import\s*\(?\s*)['"`](\.{1,2}\/[^'"`]+)['"`]/g)) {
      const target = relative(SRC, resolve(SRC, dirname(file), m[1] ?? ''))
      const to = target.split(/[\\/]/)[0] ?? ''
      if (to !== from && !to.startsWith('..')) out.push({ from, to, file })
    }
  }
  return out
}

/** Every file of src/ and the files it imports, at once or on demand (type-only imports, which vanish, aside). */
function fileImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /(?<!\.d)\.tsx?$/.test(f))
  const resolveFile = (from: string, spec: string) => {
    const base = resolve(SRC, dirname(from), spec)
    const found = ['.ts', '.tsx', ''].map((ext) => base + ext).find((f) => /\.tsx?$/.test(f) && existsSync(f))
    return found && relative(SRC, found)
  }
  for (const file of files) {
    const text = readFileSync(join(SRC, file), 'utf8').replace(/^(import|export) type .*$/gm, '')
    const to = new Set<string>()
    for (const m of text.matchAll(/(?:from\s+|import\s*\(?\s*)['"`](\.{1,2}\/[^'"`]+)['"`]/g)) {
      const target = resolveFile(file, m[1] ?? '')
      if (target) to.add(target)
    }
    graph.set(file, to)
  }
  return graph
}

/** Each way round the graph back to where it started, written once from its first node in sort order. */
function circles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>()
  const walk = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === path[0]) {
        const at = path.indexOf([...path].sort()[0] ?? '')
        found.add([...path.slice(at), ...path.slice(0, at), path[at]].join(' → '))
      } else if (!path.includes(next)) walk(next, [...path, next])
    }
  }
  for (const start of graph.keys()) walk(start, [start])
  return [...found]
}

describe('the files of src/', () => {
  it('import one another in one direction only: no file imports one that imports it back, however far round', () => {
    expect(circles(fileImports())).toEqual([])
  })
})

describe('the folders of src/', () => {
  const imports = folderImports()

  it('import one another in one direction only: no folder imports one that imports it back, however far round', () => {
    const graph = new Map<string, Set<string>>()
    for (const { from, to } of imports) graph.set(from, (graph.get(from) ?? new Set()).add(to))
    expect(circles(graph)).toEqual([])
  })

  it('keep the shared state below every feature: src/state reads only the content and language cores', () => {
    const upward = imports.filter((i) => i.from === 'state' && !['content', 'i18n'].includes(i.to))
    expect(upward).toEqual([])
  })

  it('keep the cores free of features: i18n names no other folder, content only i18n', () => {
    const named = imports.filter((i) => i.from === 'i18n' || (i.from === 'content' && i.to !== 'i18n'))
    expect(named).toEqual([])
  })

  it('mount every feature from the shell, which nothing imports back', () => {
    expect(imports.filter((i) => i.to === 'app')).toEqual([])
  })
})

describe('the Node scripts', () => {
  const ROOT = resolve(import.meta.dirname, '../..')
  const files = (dir: string) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f))

  it('are typed by their JSDoc (tsconfig.scripts.json), with no declaration file written beside them', () => {
    const declarations = ['scripts', 'deploy', 'tests', 'build'].flatMap(files).filter((f) => f.endsWith('.d.mts'))
    expect(declarations).toEqual([])
  })

  it('keep the benchmarks out of the tests: browsers are started through scripts/browsers, as the tests do', () => {
    const reaching = files('scripts/bench')
      .filter((f) => f.endsWith('.mjs'))
      .filter((f) =>
        /from\s+['"](\.\.\/)+tests\/|runnerImport\(['"][^'"]*tests\//.test(readFileSync(join(ROOT, f), 'utf8')),
      )
    expect(reaching).toEqual([])
  })
})
