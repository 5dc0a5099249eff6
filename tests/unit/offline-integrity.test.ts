import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withIntegrity } from '../../build/offline-cache'

const hex = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex')

let out: string
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'pv-offline-integrity-'))
  for (const dir of ['audio', 'content/provenance', 'assets']) mkdirSync(join(out, dir), { recursive: true })
  writeFileSync(join(out, 'audio/voice.webm'), 'the published recording')
  writeFileSync(join(out, 'assets/app.js'), 'console.log(1)')
  const record = {
    cell: 'room',
    published: {
      at: '2026-12-01T10:00:00Z',
      by: 'A curator',
      files: [{ path: 'audio/voice.webm', sha256: hex('the published recording'), bytes: 23 }],
    },
  }
  writeFileSync(join(out, 'content/provenance/room.json'), JSON.stringify(record))
})
afterEach(() => rmSync(out, { recursive: true, force: true }))

const entries = () => [{ url: 'audio/voice.webm' }, { url: 'assets/app.js' }, { url: 'content/provenance/room.json' }]

describe("the offline cache's integrity hashes", () => {
  it('give a published file the SHA-256 of its provenance record, which a browser checks as it caches', () => {
    const [voice, app] = withIntegrity(out, entries())
    // the hash a reader checks with sha256sum, as Subresource Integrity writes it (base64)
    expect(voice.integrity).toBe(`sha256-${Buffer.from(hex('the published recording'), 'hex').toString('base64')}`)
    expect(app.integrity).toMatch(/^sha384-/)
  })

  it('refuse a build whose published file differs from the record, naming the file and the record', () => {
    writeFileSync(join(out, 'audio/voice.webm'), 'a recording swapped after publishing')
    expect(() => withIntegrity(out, entries())).toThrow(
      /audio\/voice\.webm: its SHA-256 is [0-9a-f]{64}, but content\/provenance\/room\.json published/,
    )
  })

  it('refuse a build that lacks a file the record published', () => {
    rmSync(join(out, 'audio/voice.webm'))
    expect(() => withIntegrity(out, entries().slice(1))).toThrow(
      'audio/voice.webm: content/provenance/room.json published it, and the build has no such file',
    )
  })
})
