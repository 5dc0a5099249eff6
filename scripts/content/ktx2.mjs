// KTX2 (Basis Universal) textures decoded back to pixels in Node, with the transcoder three.js ships
// (three/examples/jsm/libs/basis): the app's KTX2Loader runs the same one in the browser. The AR Quick Look copy of a
// cell needs this, since a USDZ carries only PNG or JPEG and a published model keeps only its KTX2.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
/** The transcoder's own target format: 32-bit RGBA, which every Basis texture transcodes to. */
const RGBA32 = 13

/**
 * What this module uses of a KTX2 file in the transcoder (its embind class; booleans come back as numbers too).
 * @typedef {object} BasisKTX2File
 * @property {() => boolean | number} isValid
 * @property {() => number} getWidth
 * @property {() => number} getHeight
 * @property {() => boolean | number} getHasAlpha
 * @property {() => boolean | number} startTranscoding
 * @property {(level: number, layer: number, face: number, format: number) => number} getImageTranscodedSizeInBytes
 * @property {(dst: Uint8Array, level: number, layer: number, face: number, format: number, alphaFlags: number,
 *   channel0: number, channel1: number) => boolean | number} transcodeImage
 * @property {() => void} close
 * @property {() => void} delete
 */
/** @typedef {{ initializeBasis(): void; KTX2File: new (bytes: Uint8Array) => BasisKTX2File }} BasisModule */

/** @type {Promise<BasisModule> | null} */
let modulePromise = null
/**
 * The transcoder, loaded once. Its script is an Emscripten factory that sets `module.exports`; three's package is ESM.
 * @returns {Promise<BasisModule>}
 */
function transcoder() {
  modulePromise ??= (async () => {
    const dir = dirname(require.resolve('three/examples/jsm/libs/basis/basis_transcoder.js'))
    const [js, wasmBinary] = await Promise.all([
      readFile(join(dir, 'basis_transcoder.js'), 'utf8'),
      readFile(join(dir, 'basis_transcoder.wasm')),
    ])
    /** @type {{ exports: unknown }} */
    const module = { exports: {} }
    // the factory reads `require`, `__filename` and `__dirname` under Node; the WebAssembly is handed to it
    new Function('module', 'exports', 'require', '__filename', '__dirname', js)(
      module,
      module.exports,
      require,
      join(dir, 'basis_transcoder.js'),
      dir,
    )
    const factory = /** @type {(options: { wasmBinary: Buffer }) => Promise<BasisModule>} */ (module.exports)
    const basis = await factory({ wasmBinary })
    basis.initializeBasis()
    return basis
  })()
  return modulePromise
}

/**
 * The top mip level of a KTX2 texture as 8-bit RGBA, as it was stored: a colour texture's texels stay sRGB-encoded.
 * @param {Uint8Array} bytes the `.ktx2` file
 * @returns {Promise<{ data: Uint8Array, width: number, height: number, hasAlpha: boolean }>}
 * @example const { data, width, height } = await decodeKtx2(await readFile('public/models/sizo-cell.3594310bec.ktx2'))
 */
export async function decodeKtx2(bytes) {
  const basis = await transcoder()
  const file = new basis.KTX2File(new Uint8Array(bytes))
  try {
    if (!file.isValid()) throw new Error('is not a KTX2 file the Basis transcoder reads')
    const width = file.getWidth()
    const height = file.getHeight()
    if (!file.startTranscoding()) throw new Error('could not be transcoded (startTranscoding failed)')
    const data = new Uint8Array(file.getImageTranscodedSizeInBytes(0, 0, 0, RGBA32))
    if (!file.transcodeImage(data, 0, 0, 0, RGBA32, 0, -1, -1))
      throw new Error('could not be transcoded (transcodeImage failed)')
    return { data, width, height, hasAlpha: Boolean(file.getHasAlpha()) }
  } finally {
    file.close()
    file.delete()
  }
}
