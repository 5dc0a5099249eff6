import { describe, expect, it } from 'vitest'
import { parseCaptionFile } from '../../scripts/content/captions.mjs'
import { chapterProblems, partsLine } from '../../scripts/content/chapters.mjs'

const vtt = (...cues: [string, string, string][]) =>
  `WEBVTT\n\n${cues.map(([from, to, text]) => `${from} --> ${to}\n${text}\n`).join('\n')}`
const captions = [
  { start: 0.5, end: 4, text: 'One.' },
  { start: 5, end: 9, text: 'Two.' },
]
const parts = (file: string, list: [number, number, string][]) => ({
  file,
  cues: list.map(([start, end, text]) => ({ start, end, text })),
})
const check = (chapters: Record<string, ReturnType<typeof parts>>, duration = 10) =>
  chapterProblems({ chapters, duration, captions, captionFile: 'x.en.vtt' })

describe('a testimony’s parts (WebVTT chapters) in the content tool', () => {
  it('reads each cue as a part, its text the title; lists them for the report', async () => {
    const cues = await parseCaptionFile(
      vtt(['00:00.000', '00:04.500', 'Arrest'], ['00:04.500', '00:09.000', 'Cell']),
      'x.en.vtt',
    )
    expect(cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [0, 4.5, 'Arrest'],
      [4.5, 9, 'Cell'],
    ])
    expect(partsLine(cues)).toBe('0:00–0:04 Arrest; 0:04–0:09 Cell')
    expect(
      check({
        en: parts('x.en.vtt', [
          [0, 4.5, 'Arrest'],
          [4.5, 9, 'Cell'],
        ]),
      }),
    ).toEqual([])
  })

  it('refuses a file that is not WebVTT, or has no part, naming the file', async () => {
    await expect(parseCaptionFile('0:00 Arrest', 'x.chapters.en.vtt')).rejects.toThrow(
      /^x\.chapters\.en\.vtt: is not a WebVTT/,
    )
    await expect(parseCaptionFile('WEBVTT\n', 'x.chapters.en.vtt')).rejects.toThrow(
      /^x\.chapters\.en\.vtt: has no cues/,
    )
  })

  it('refuses a part that ends after the recording', () => {
    expect(check({ en: parts('c.en.vtt', [[0, 12, 'Long']]) })).toEqual([
      'c.en.vtt: part 1 ("Long") ends at 12.00 s, after the recording (10.00 s)',
    ])
  })

  it('refuses parts that overlap', () => {
    expect(
      check({
        en: parts('c.en.vtt', [
          [0, 6, 'A'],
          [5, 9, 'B'],
        ]),
      }),
    ).toEqual(['c.en.vtt: part 1 ("A") overlaps the next part (6.00 s > 5.00 s)'])
  })

  it('refuses a part with no captions under it', () => {
    expect(
      check({
        en: parts('c.en.vtt', [
          [0, 4.5, 'A'],
          [9.2, 10, 'Silence'],
        ]),
      }),
    ).toEqual(['c.en.vtt: part 2 ("Silence") (9.20–10.00 s) has no captions in x.en.vtt'])
  })

  it('refuses languages whose files name different parts', () => {
    const en = parts('c.en.vtt', [
      [0, 4.5, 'A'],
      [4.5, 9, 'B'],
    ])
    expect(check({ en, uk: parts('c.uk.vtt', [[0, 9, 'А']]) })).toEqual([
      'c.uk.vtt: does not have the same parts as c.en.vtt (each language titles the same parts)',
    ])
  })
})
