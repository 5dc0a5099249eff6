// Binary glTF files as the content tool writes them, and the files beside them that they name.

/**
 * The files a GLB names beside itself (its textures), as names relative to it; none for a self-contained one.
 * @param {Buffer} glb
 * @returns {string[]}
 */
export function filesBeside(glb) {
  if (glb.length < 20 || glb.readUInt32LE(0) !== 0x46546c67) return []
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8'))
  /** @type {{ uri?: unknown }[]} */
  const items = [...(json.images ?? []), ...(json.buffers ?? [])]
  return items.flatMap(({ uri }) => (typeof uri === 'string' && /^[^/\\:?#]+$/.test(uri) ? [uri] : []))
}

/**
 * A binary glTF: header, JSON chunk (space-padded), BIN chunk (zero-padded).
 * @param {object} json
 * @param {Uint8Array} bin the bytes of its one buffer
 * @returns {Buffer}
 */
export function toGlb(json, bin) {
  /** @param {number} n */
  const pad = (n) => (4 - (n % 4)) % 4
  const text = Buffer.from(JSON.stringify(json), 'utf8')
  const jsonChunk = Buffer.concat([text, Buffer.alloc(pad(text.length), 0x20)])
  const binChunk = Buffer.concat([
    Buffer.from(bin.buffer, bin.byteOffset, bin.byteLength),
    Buffer.alloc(pad(bin.byteLength)),
  ])
  const header = Buffer.alloc(12)
  header.writeUInt32LE(0x46546c67, 0)
  header.writeUInt32LE(2, 4)
  const parts = [header, chunkHeader(jsonChunk.length, 0x4e4f534a), jsonChunk]
  if (binChunk.length) parts.push(chunkHeader(binChunk.length, 0x004e4942), binChunk)
  const out = Buffer.concat(parts)
  out.writeUInt32LE(out.length, 8)
  return out
}

/**
 * @param {number} length
 * @param {number} type
 */
function chunkHeader(length, type) {
  const b = Buffer.alloc(8)
  b.writeUInt32LE(length, 0)
  b.writeUInt32LE(type, 4)
  return b
}
