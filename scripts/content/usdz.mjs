// USDZ packages: an uncompressed ZIP whose first file is the USD layer and whose every file starts at a multiple of
// 64 bytes, so a reader can map it straight from the archive (Pixar's USDZ specification). The ZIP is fflate's
// (vendored with three.js); this module only places the padding.
/** @import { Zippable } from 'three/addons/libs/fflate.module.js' */
import { unzipSync, zipSync } from 'three/addons/libs/fflate.module.js'

/**
 * A file of a package, where its data starts and how it is stored.
 * @typedef {object} UsdzEntry
 * @property {string} name
 * @property {number} offset where the file's data starts in the archive
 * @property {number} size
 * @property {boolean} stored
 * @property {Uint8Array} bytes
 */

const LOCAL_HEADER = 30
/** The extra field that carries the padding: 2 bytes of id, 2 of length, then the padding itself. */
const EXTRA_HEADER = 4
const PADDING_ID = 0x7a7a
/** Fixed, so that rebuilding the same content gives the same bytes. */
const MTIME = new Date('2020-01-01T00:00:00Z')

/**
 * Packs `[name, bytes]` pairs, in order, into a USDZ: the first must be the layer (`.usda` or `.usdc`).
 * @example packUsdz([['cell.usda', layerBytes], ['audio/sizo-bunk.m4a', aac]])
 * @param {readonly [string, Uint8Array][]} entries
 * @returns {Uint8Array}
 */
export function packUsdz(entries) {
  if (!/\.usd[ac]?$/.test(entries[0]?.[0] ?? '')) throw new Error('a USDZ package starts with its USD layer')
  /** @type {Zippable} */
  const files = {}
  let offset = 0
  for (const [name, bytes] of entries) {
    const nameLength = Buffer.byteLength(name, 'utf8')
    const bare = offset + LOCAL_HEADER + nameLength
    // the padding field is at least its own 4-byte header, so pad to the next multiple of 64 after that
    const pad = bare % 64 === 0 ? 0 : (64 - ((bare + EXTRA_HEADER) % 64)) % 64
    const extra = bare % 64 === 0 ? 0 : EXTRA_HEADER + pad
    files[name] = [
      bytes,
      { level: 0, mtime: MTIME, ...(extra ? { extra: { [PADDING_ID]: new Uint8Array(pad) } } : {}) },
    ]
    offset = bare + extra + bytes.length
  }
  return zipSync(files, { level: 0, mtime: MTIME })
}

/**
 * The files of a package, in archive order, where each one's data starts and how it is stored, read from the
 * local headers (`unzipSync` gives the contents but not the layout the USDZ rules are about).
 * @param {Uint8Array} archive
 * @returns {UsdzEntry[]}
 */
export function usdzEntries(archive) {
  const contents = unzipSync(archive)
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength)
  const out = []
  for (let at = 0; at + LOCAL_HEADER <= archive.length && view.getUint32(at, true) === 0x04034b50;) {
    const method = view.getUint16(at + 8, true)
    const size = view.getUint32(at + 18, true)
    const nameLength = view.getUint16(at + 26, true)
    const extraLength = view.getUint16(at + 28, true)
    const name = Buffer.from(archive.subarray(at + LOCAL_HEADER, at + LOCAL_HEADER + nameLength)).toString('utf8')
    const offset = at + LOCAL_HEADER + nameLength + extraLength
    out.push({ name, offset, size, stored: method === 0, bytes: contents[name] })
    at = offset + size
  }
  return out
}

/**
 * What keeps a package from being a USDZ Quick Look opens: each problem in a phrase.
 * @param {readonly UsdzEntry[]} entries
 * @returns {string[]}
 */
export function usdzProblems(entries) {
  const problems = []
  if (!/\.usd[ac]?$/.test(entries[0]?.name ?? '')) problems.push('does not start with its USD layer')
  for (const e of entries) {
    if (!e.stored) problems.push(`compresses ${e.name} (a USDZ stores its files uncompressed)`)
    if (e.offset % 64) problems.push(`has ${e.name} at byte ${e.offset}, not on a 64-byte boundary`)
  }
  return problems
}
