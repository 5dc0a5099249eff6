// The least JavaScript the stack named in the design card needs on the on-screen path to a testimony
// (`node scripts/bench/stack.mjs`; `npm run bench` prints it beside the app's own figure): pages that do no more than
// the stack itself must — React rendering into the page, fiber drawing a mesh with the app's three.js catalogue, a
// meshopt-compressed glTF loaded, its KTX2 textures transcoded, a voice played with howler, content checked with
// zod/mini — built the way the app is built (production, minified, fiber given the app's reduced three), each step
// adding one part, gzipped. What the app loads beyond the last step is its own code.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { gzipBySource } from './sources.mjs'
/** @import { OutputChunk, RolldownOutput } from 'rolldown' */
/** @import { BuiltFile } from './sources.mjs' */

const root = fileURLToPath(new URL('../../', import.meta.url))
const catalogue = `${root}src/scene/three-catalogue.ts`
const zstdStandIn = `${root}src/scene/zstd-on-demand.ts`

/** @typedef {{ name: string; imports: string; code: string; app?: string; extra?: string }} Step */

/**
 * Each step's imports and the code that uses them (so the build cannot drop them); steps add up.
 * @type {Step[]}
 */
const STEPS = [
  {
    name: 'React + react-dom',
    imports: `import { createElement } from 'react'\nimport { createRoot } from 'react-dom/client'`,
    code: `createRoot(document.getElementById('root')).render(createElement(App))`,
  },
  {
    name: '+ @react-three/fiber and three (renderer, the app catalogue)',
    imports: `import { Canvas } from '@react-three/fiber'`,
    code: `function Scene() { return createElement('mesh', null, createElement('planeGeometry'), createElement('meshBasicMaterial')) }`,
    app: `createElement(Canvas, null, createElement(Scene))`,
  },
  {
    name: '+ GLTFLoader and the meshopt decoder',
    imports:
      `import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'\n` +
      `import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'`,
    code: `const gltf = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)\ngltf.load('/cell.glb', (g) => window.__model = g.scene)`,
  },
  {
    name: '+ KTX2Loader and the Basis transcoder (its JavaScript, as the app ships it)',
    imports: `import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js'`,
    code: `gltf.setKTX2Loader(new KTX2Loader().setTranscoderPath('/basis/'))`,
    extra: 'basis_transcoder',
  },
  {
    name: '+ howler',
    imports: `import { Howl } from 'howler'`,
    code: `window.__voice = new Howl({ src: ['/voice.m4a'], html5: true })`,
  },
  {
    name: '+ zod/mini',
    imports: `import * as z from 'zod/mini'`,
    code: `window.__content = z.strictObject({ id: z.string(), cells: z.array(z.string()) }).safeParse(window.__json)`,
  },
]

/** @param {Step[]} steps */
function entryOf(steps) {
  const apps = steps.filter((s) => s.app).map((s) => s.app)
  return [
    ...steps.map((s) => s.imports),
    ...steps.map((s) => s.code).filter((c) => !c.startsWith('createRoot')),
    `function App() { return createElement('main', null, 'page'${apps.map((a) => `, ${a}`).join('')}) }`,
    steps[0].code,
  ].join('\n')
}

/**
 * The chunks the page loads at once: the entry chunk and what it imports statically.
 * @param {RolldownOutput['output']} output
 * @returns {OutputChunk[]}
 */
function loadedChunks(output) {
  const chunks = new Map(output.flatMap((f) => (f.type === 'chunk' ? [/** @type {const} */ ([f.fileName, f])] : [])))
  /** @type {Set<string>} */
  const seen = new Set()
  /** @param {string} name */
  const visit = (name) => {
    if (seen.has(name)) return
    seen.add(name)
    for (const next of chunks.get(name)?.imports ?? []) visit(next)
  }
  for (const c of chunks.values()) if (c.isEntry) visit(c.fileName)
  return [...seen].map((name) => /** @type {OutputChunk} */ (chunks.get(name)))
}

/**
 * The Basis transcoder's JavaScript as the app's build ships it (minified, CSP-safe): from dist/.
 * @returns {BuiltFile}
 */
function shippedTranscoder() {
  const assets = `${root}dist/assets/`
  const file = readdirSync(assets).find((f) => /^basis_transcoder-.*\.js$/.test(f))
  if (!file) throw new Error('dist/ has no Basis transcoder: run `npx vite build` first')
  return { name: `assets/${file}`, code: readFileSync(assets + file, 'utf8'), map: null }
}

/**
 * @returns {Promise<StackFloor>} each step's name and the gzipped KB loaded with it and every step before; the array's
 *   `sources` holds the last step's gzipped bytes by source (sources.mjs), to set beside the app's
 */
export async function stackFloor() {
  const { build } = await import('vite')
  const dir = `${root}node_modules/.bench-stack/`
  /** @type {StackFloor} */
  const rows = []
  try {
    for (let i = 1; i <= STEPS.length; i++) {
      const steps = STEPS.slice(0, i)
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        `${dir}index.html`,
        '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>',
      )
      writeFileSync(`${dir}main.js`, entryOf(steps))
      const result = await build({
        configFile: false,
        root: dir,
        logLevel: 'silent',
        resolve: { alias: [{ find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' }] },
        plugins: [
          {
            name: 'as-the-app-builds',
            enforce: 'pre',
            resolveId(source, importer) {
              if (source === 'three' && importer && /@react-three[\\/]fiber[\\/]/.test(importer)) return catalogue
              if (/zstddec\.module\.js$/.test(source) && importer && /[\\/]KTX2Loader\.js$/.test(importer))
                return zstdStandIn
              return null
            },
          },
        ],
        // hidden maps: the code is the same as without, and each byte can be traced to its source
        build: { write: false, target: 'es2022', modulePreload: false, sourcemap: 'hidden' },
      })
      // not watching: the build's output, or one per configuration
      const output = /** @type {RolldownOutput} */ (Array.isArray(result) ? result[0] : result).output
      /** @type {BuiltFile[]} */
      const files = loadedChunks(output).map((c) => ({
        name: c.fileName,
        code: c.code,
        map: c.map ? c.map.toString() : null,
        path: `${dir}dist/${c.fileName}`,
      }))
      if (steps.some((step) => step.extra === 'basis_transcoder')) files.push(shippedTranscoder())
      const bytes = files.reduce((n, f) => n + gzipSync(f.code).length, 0)
      rows.push({ step: STEPS[i - 1].name, kb: bytes / 1024 })
      if (i === STEPS.length) rows.sources = await gzipBySource(files)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}

/** @typedef {{ step: string; kb: number }[] & { sources?: Map<string, number> }} StackFloor */

/**
 * Prints each step of the floor; the app's own share beside it is bytes.mjs `printOwnShare`.
 * @param {StackFloor} rows
 */
export function printStackFloor(rows) {
  console.log('The named stack alone on the on-screen path, JS gzipped (each line adds to the one before):')
  for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} KB  ${r.step}`)
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) printStackFloor(await stackFloor())
