// Which source each gzipped byte of a build comes from (`npm run bench` and `node scripts/bench/bytes.mjs` print it
// for the first testimony's path, beside the same count for the stack's floor pages): a file under src/, a package's
// file, or a whole file the build did not map (CSS, the Basis transcoder, the early Begin script).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/**
 * A built file, with its source map (JSON text) and where it was built, or whole (no map: counted as itself).
 * @typedef {{ name: string; code: string; map: string; path: string } | { name: string; code: string; map: null; path?: string }} BuiltFile
 */

/**
 * Names a source the way the breakdown prints it: `src/…` for the app's own, `package/path` for a dependency.
 * @param {string} source
 * @returns {string}
 */
function sourceName(source) {
  const pkg = source.lastIndexOf('node_modules/')
  if (pkg >= 0) return source.slice(pkg + 'node_modules/'.length)
  const src = source.lastIndexOf('/src/')
  if (src >= 0) return source.slice(src + 1)
  return source
}

/**
 * Gzipped bytes per source over built files. Each mapped span of the minified code is charged to its source, and a
 * line the map leaves out (a shader's template literal goes on over many lines) to the source before it; each
 * source's pieces are gzipped together and scaled so that a file's sources add up to the file's own gzipped size.
 * @param {readonly BuiltFile[]} files `map` a source map (JSON text), or null for a whole file; `path` where the
 *   file was built (its map's sources are relative to it)
 * @returns {Promise<Map<string, number>>} source name → gzipped bytes
 */
export async function gzipBySource(files) {
  const { TraceMap, decodedMappings } = await import('@jridgewell/trace-mapping')
  /** @type {Map<string, number>} */
  const out = new Map()
  for (const file of files) {
    const { name, code } = file
    /** @type {Map<string, string[]>} */
    const pieces = new Map()
    /**
     * @param {string} key
     * @param {string} text
     */
    const add = (key, text) => {
      if (!text) return
      let list = pieces.get(key)
      if (!list) pieces.set(key, (list = []))
      list.push(text)
    }
    if (file.map === null) add(name, code)
    else {
      const traced = new TraceMap(file.map, pathToFileURL(file.path).href)
      const lines = code.split('\n')
      // imports, exports and the preload list the bundler writes itself: charged to the file
      let last = name
      decodedMappings(traced).forEach((segments, i) => {
        const line = `${lines[i] ?? ''}\n`
        if (segments.length === 0) return add(last, line)
        add(last, line.slice(0, segments[0][0]))
        segments.forEach((segment, j) => {
          const end = j + 1 < segments.length ? segments[j + 1][0] : line.length
          const source =
            segment.length > 1 ? sourceName(traced.resolvedSources[/** @type {number} */ (segment[1])] ?? name) : name
          add(source, line.slice(segment[0], end))
          last = source
        })
      })
      for (let i = decodedMappings(traced).length; i < lines.length; i++) add(last, `${lines[i]}\n`)
    }
    const raw = [...pieces].map(([key, texts]) => /** @type {const} */ ([key, gzipSync(texts.join('')).length]))
    const sum = raw.reduce((n, [, bytes]) => n + bytes, 0)
    const whole = gzipSync(code).length
    for (const [key, bytes] of raw) out.set(key, (out.get(key) ?? 0) + (bytes * whole) / sum)
  }
  return out
}

/**
 * The built files `names` (paths under dist/), read with their maps from `mapsDir` (a build with hidden maps).
 * @param {readonly string[]} names
 * @param {string} mapsDir
 * @returns {BuiltFile[]}
 */
export function builtFiles(names, mapsDir) {
  return names.map((name) => {
    const code = readFileSync(join(mapsDir, name), 'utf8')
    /** @type {string | null} */
    let map = null
    if (name.endsWith('.js'))
      try {
        map = readFileSync(join(mapsDir, `${name}.map`), 'utf8')
      } catch {
        // a file the bundler copied (the transcoder) has no map: counted whole
      }
    return { name, code, map, path: join(mapsDir, name) }
  })
}

/**
 * What the app's path adds to the floor's, source by source: the app's own files and what it uses of packages
 * beyond what the floor pages use of them. Packages count by package (a bundler splits them differently).
 * @param {Map<string, number>} app gzipped bytes by source (`gzipBySource`)
 * @param {Map<string, number>} floor
 * @returns {{ source: string; kb: number }[]} largest first; sources the floor has more of are left out
 */
export function beyondFloor(app, floor) {
  /** @param {Map<string, number>} map */
  const byPackage = (map) => {
    /** @type {Map<string, number>} */
    const out = new Map()
    for (const [source, bytes] of map) {
      const key = source.startsWith('src/') ? source : packageOf(source)
      out.set(key, (out.get(key) ?? 0) + bytes)
    }
    return out
  }
  const a = byPackage(app)
  const f = byPackage(floor)
  return [...a]
    .map(([source, bytes]) => ({ source, kb: (bytes - (f.get(source) ?? 0)) / 1024 }))
    .filter((r) => r.kb >= 0.05)
    .sort((x, y) => y.kb - x.kb)
}

/**
 * `three/build/three.module.js` → `three`; `@react-three/fiber/dist/x.js` → `@react-three/fiber`; files as they are.
 * @param {string} source
 */
function packageOf(source) {
  if (/^assets\/|\.(css|html)$|^[^/]+\.js$/.test(source)) return source.replace(/-[\w-]{8}\.(js|css)$/, '.$1')
  const parts = source.split('/')
  return parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}
