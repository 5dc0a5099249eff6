import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  MODEL_MAX_BYTES,
  MODEL_MAX_TRIANGLES,
  glbJson,
  modelProblems,
  triangleCount,
} from '../../src/models/model-guard'

const PAGE = 'https://site.example/'

/** A binary glTF around the given JSON (no binary chunk). */
function glb(json: object): ArrayBuffer {
  const text = new TextEncoder().encode(JSON.stringify(json))
  const padded = Math.ceil(text.length / 4) * 4
  const out = new ArrayBuffer(20 + padded)
  const view = new DataView(out)
  view.setUint32(0, 0x46546c67, true)
  view.setUint32(4, 2, true)
  view.setUint32(8, out.byteLength, true)
  view.setUint32(12, padded, true)
  view.setUint32(16, 0x4e4f534a, true)
  new Uint8Array(out, 20).set(text)
  new Uint8Array(out, 20 + text.length).fill(0x20)
  return out
}

const shipped = (name: string) => {
  const file = readFileSync(resolve(import.meta.dirname, '../../public/models', name))
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
}

describe("a cell's model checked before it is parsed", () => {
  it('the shipped models pass, and their triangles are counted as the benchmark counts them', () => {
    for (const name of ['sizo-cell.glb', 'basement.glb']) {
      const buffer = shipped(name)
      expect(modelProblems(buffer, `models/${name}`, PAGE)).toEqual([])
      expect(triangleCount(glbJson(buffer))).toBeGreaterThan(1000)
    }
  })

  it('a texture or buffer on another host is refused without a request', () => {
    const model = glb({
      asset: { version: '2.0' },
      images: [
        { uri: 'https://tracker.example/pixel.png' },
        { uri: 'textures/wall.webp' },
        { uri: '//cdn.example/a.png' },
      ],
      buffers: [{ uri: '\\\\evil.example\\b.bin', byteLength: 4 }],
    })
    expect(modelProblems(model, 'models/cell.glb', PAGE)).toEqual([
      'buffers[0].uri "\\\\evil.example\\b.bin" leads off the site; it was not requested',
      'images[0].uri "https://tracker.example/pixel.png" leads off the site; it was not requested',
      'images[2].uri "//cdn.example/a.png" leads off the site; it was not requested',
    ])
  })

  it('more triangles than a phone can draw, or more bytes than it can take, are refused with the figure', () => {
    const heavy = glb({
      asset: { version: '2.0' },
      accessors: [{ count: (MODEL_MAX_TRIANGLES + 1) * 3 }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    })
    expect(modelProblems(heavy, 'models/cell.glb', PAGE)).toEqual([
      `has ${MODEL_MAX_TRIANGLES + 1} triangles, more than a phone can draw (${MODEL_MAX_TRIANGLES})`,
    ])
    expect(modelProblems(new ArrayBuffer(MODEL_MAX_BYTES + 1), 'models/cell.glb', PAGE)[0]).toMatch(/^is 8\.0 MB/)
    expect(modelProblems(new TextEncoder().encode('not a model').buffer, 'm.glb', PAGE)).toEqual([
      'is not a binary glTF (too short)',
    ])
  })
})
