import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { check, publish, report, withdraw } from '../../scripts/content/commands.mjs'
import { listTree } from './fixtures'
import { publicDir } from '../unit/public-files'
import { openUsdz } from '../unit/usd-reader'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
const CELL = 'sizo-cell'
const ID = 'sizo-door'

let work: string
let root: string
let dist: string
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'))
/** What must not survive the withdrawal: the recording's and the caption files' bytes, and each caption's words. */
const needles: { what: string; bytes: Buffer }[] = []
let removed: string[]
let printedFrom: { quickLook: { from: string; to: string }; record: string }

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pv-withdraw-'))
  root = join(work, 'public')
  dist = join(work, 'dist')
  cpSync(publicDir, root, { recursive: true })
  const entry = read(`content/cells/${CELL}.json`).testimonies.find((t: { id: string }) => t.id === ID)
  for (const file of [entry.audio.opus, entry.audio.aac] as string[]) {
    const bytes = readFileSync(join(root, file))
    needles.push({ what: file, bytes })
    // a stretch from its middle too: a copy cut or wrapped differently still holds it
    const mid = Math.floor(bytes.length / 2)
    needles.push({ what: `${file} (4 KB from its middle)`, bytes: bytes.subarray(mid, mid + 4096) })
  }
  for (const file of Object.values(entry.captions) as string[]) {
    const text = readFileSync(join(root, file))
    needles.push({ what: file, bytes: text })
    // every caption line's words, as any page or script would carry them
    for (const line of text.toString('utf8').split('\n'))
      if (line.length > 30 && !line.includes('-->'))
        needles.push({ what: `${file}: "${line}"`, bytes: Buffer.from(line) })
  }
  for (const text of Object.values(entry.transcript) as string[])
    needles.push({ what: `its transcript "${text.slice(0, 40)}…"`, bytes: Buffer.from(text.slice(0, 120)) })

  const result = await withdraw({ root, cell: CELL, testimony: ID, by: 'A curator' })
  removed = result.removed
  printedFrom = result
  await build({
    root: REPO,
    configFile: join(REPO, 'vite.config.ts'),
    publicDir: root,
    logLevel: 'error',
    build: { outDir: dist, emptyOutDir: true },
  })
}, 300_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Every file under `dir` that holds one of the needles, as "file holds what". */
function holders(dir: string): string[] {
  const found: string[] = []
  for (const file of listTree(dir)) {
    const bytes = readFileSync(join(dir, file))
    for (const { what, bytes: needle } of needles) if (bytes.includes(needle)) found.push(`${file} holds ${what}`)
  }
  return found
}

describe('withdrawing a testimony', () => {
  it('removes its recordings, caption, parts and questions files from the site, and says where it was removed from', () => {
    expect(removed.sort()).toEqual(
      [
        `audio/${ID}.webm`,
        `audio/${ID}.m4a`,
        ...['en', 'uk', 'de', 'pl'].map((lang) => `content/captions/${ID}.${lang}.vtt`),
        ...['en', 'uk', 'de', 'pl'].map((lang) => `content/captions/${ID}.chapters.${lang}.vtt`),
        `content/questions/${ID}.json`,
      ].sort(),
    )
    for (const file of removed) expect(existsSync(join(root, file)), file).toBe(false)
    expect(printedFrom.quickLook.from).toBe(`models/${CELL}.usdz`)
    expect(printedFrom.record).toBe(`content/provenance/${CELL}.json`)
  })

  it('leaves no file of the site holding its recording, its captions or its words', () => {
    expect(holders(root)).toEqual([])
  })

  it('keeps its entry only as withdrawn, which the app leaves out, and the cell still passes every check', async () => {
    const cell = read(`content/cells/${CELL}.json`)
    const entry = cell.testimonies.find((t: { id: string }) => t.id === ID)
    expect(entry.speaker).toEqual({
      label: expect.any(Object),
      bio: expect.any(Object),
      demo: false,
      consent: 'withdrawn',
    })
    expect(entry.captions).toEqual({})
    expect(await check({ root })).toEqual([])
  }, 120_000)

  it('rewrites the Quick Look package without it', () => {
    const cell = read(`content/cells/${CELL}.json`)
    expect(cell.quickLook).not.toBe(`models/${CELL}.usdz`)
    expect(existsSync(join(root, `models/${CELL}.usdz`))).toBe(false)
    const usdz = openUsdz(join(root, cell.quickLook))
    expect(Object.keys(usdz.files).filter((f) => f.startsWith('audio/'))).toEqual([
      'audio/sizo-window.m4a',
      'audio/sizo-bunk.m4a',
    ])
  })

  it('updates the provenance record: its entry gone, the withdrawal listed, every hash that of the file served', async () => {
    const record = read(`content/provenance/${CELL}.json`)
    expect(Object.keys(record.testimonies)).not.toContain(ID)
    expect(record.withdrawn).toEqual([
      { testimony: ID, at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), by: 'A curator', removed: expect.any(Array) },
    ])
    expect(record.published.by).toBe('A curator')
    for (const file of record.published.files) {
      expect(file.path).not.toContain(ID)
      const bytes = readFileSync(join(dist, file.path))
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256)
      expect(bytes.length).toBe(file.bytes)
    }
    const rows = await report({ root })
    expect(rows.some((r) => r.item.trim() === `withdrawn ${ID}` && r.detail.includes(`audio/${ID}.webm`))).toBe(true)
  }, 120_000)

  it('leaves nothing of it in the build: no file, the Quick Look package included, and no link page naming it', () => {
    expect(holders(dist)).toEqual([])
    const pages = listTree(dist).filter((f) => f.endsWith('.html') && f.includes(ID))
    expect(pages.length).toBeGreaterThan(0)
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8')
      expect(html, page).toContain('noindex')
      expect(html, page).not.toMatch(/Demo voice 3|Demo-Stimme 3|Демо-голос 3|Głos demonstracyjny 3/)
    }
  })

  it('drops it from the offline list, so kiosks drop it at their next update', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
    const urls = [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1])
    expect(urls.length).toBeGreaterThan(20)
    expect(urls.filter((u) => u.includes(`audio/${ID}.`) || u.includes(`captions/${ID}.`))).toEqual([])
    expect(urls).toContain(read(`content/cells/${CELL}.json`).quickLook)
    expect(urls).not.toContain(`models/${CELL}.usdz`)
  })

  it('is refused a second time, and refused without knowing who withdraws', async () => {
    await expect(withdraw({ root, cell: CELL, testimony: ID, by: 'A curator' })).rejects.toThrow(
      `content/cells/${CELL}.json: testimonies: "${ID}" is already withdrawn`,
    )
    const saved = process.env.PV_CURATOR
    delete process.env.PV_CURATOR
    try {
      await expect(withdraw({ root, cell: CELL, testimony: 'sizo-bunk' })).rejects.toThrow(
        /--by: publishing records who/,
      )
      await expect(publish({ root, cell: CELL })).rejects.toThrow(/--by/)
    } finally {
      process.env.PV_CURATOR = saved
    }
    expect(read(`content/cells/${CELL}.json`).testimonies[1].speaker.consent).toBe('demo-synthetic')
  })
})
