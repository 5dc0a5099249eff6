import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addTestimony, report, review } from '../../scripts/content/commands.mjs'
import { captionFiles, copyOfPublic, recording, testimonyMeta, treeHash } from './fixtures'

let work: string
let root: string
let meta: string
let audio: string
beforeAll(async () => {
  ;({ work, root } = copyOfPublic('pv-chapters-'))
  meta = testimonyMeta(root, 'basement', 'basement-floor', join(work, 'meta.json'))
  audio = await recording(join(work, 'floor.wav'), 2.5)
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Chapters files in English and Ukrainian, each part given as [from, to, title]. */
function chapterFiles(name: string, parts: [string, string, string][], langs = ['en', 'uk']): Record<string, string> {
  const files: Record<string, string> = {}
  for (const lang of langs) {
    files[lang] = join(work, `${name}.chapters.${lang}.vtt`)
    const cues = parts.map(([from, to, title]) => `00:${from} --> 00:${to}\n${title} (${lang})\n`)
    writeFileSync(files[lang], `WEBVTT\n\n${cues.join('\n')}`)
  }
  return files
}

const add = (chapters: Record<string, string>) =>
  addTestimony({ root, cell: 'basement', meta, audio, captions: captionFiles(work, 'floor', 0.2, 2.3), chapters })

describe('a testimony’s parts through the content tool', () => {
  it('adds them beside the captions, check passes, and report lists them', async () => {
    const { entry } = await add(
      chapterFiles('good', [
        ['00.000', '01.200', 'Arrest'],
        ['01.200', '02.400', 'Cell'],
      ]),
    )
    // a versioned name while the shipped testimony's parts are still published under the plain one
    expect(entry.chapters.en).toMatch(/^content\/captions\/basement-floor\.chapters\.en(\.[0-9a-f]{8})?\.vtt$/)
    expect(entry.chapters.uk).toMatch(/^content\/captions\/basement-floor\.chapters\.uk(\.[0-9a-f]{8})?\.vtt$/)
    expect(readFileSync(join(root, entry.chapters.uk), 'utf8')).toContain('Cell (uk)')
    expect((await review({ root })).problems).toEqual([])
    const row = (await report({ root })).find((r) => r.file === entry.chapters.en)
    expect(row?.detail).toMatch(/^0:00–0:01 Arrest \(en\); 0:01–0:02 Cell \(en\)$/)
  }, 60_000)

  it('refuses parts that overlap, or run past the recording, naming the file; nothing changes', async () => {
    const before = treeHash(root)
    await expect(
      add(
        chapterFiles('overlap', [
          ['00.000', '01.500', 'Arrest'],
          ['01.200', '09.000', 'Cell'],
        ]),
      ),
    ).rejects.toThrow(
      /basement-floor\.chapters\.en\.vtt: part 1 \("Arrest \(en\)"\) overlaps the next part[\s\S]*part 2 \("Cell \(en\)"\) ends at 9\.00 s, after the recording/,
    )
    expect(treeHash(root)).toBe(before)
  }, 60_000)

  it('refuses a part without captions under it, and a language the manifest promises without parts', async () => {
    const before = treeHash(root)
    const enOnly = chapterFiles('lonely', [['00.000', '02.000', 'Arrest']], ['en'])
    await expect(add(enOnly)).rejects.toThrow(/testimonies\[\d\]\.chapters\.uk: missing \(the manifest promises uk\)/)
    await expect(add(chapterFiles('late', [['02.350', '02.450', 'After']]))).rejects.toThrow(
      /chapters\.en\.vtt: part 1 \("After \(en\)"\) \(2\.35–2\.45 s\) has no captions in /,
    )
    expect(treeHash(root)).toBe(before)
  }, 60_000)

  it('refuses a chapters file that is not WebVTT before anything is encoded', async () => {
    const bad = join(work, 'bad.chapters.en.vtt')
    writeFileSync(bad, '0:00 Arrest\n')
    await expect(add({ en: bad, uk: bad })).rejects.toThrow(/bad\.chapters\.en\.vtt: is not a WebVTT file/)
  })
})
