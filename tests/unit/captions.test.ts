import { describe, expect, it } from 'vitest'
import { CaptionError, cueIndexAt, parseCaptions } from '../../src/captions/captions'
import { publicFetch, readPublic } from './public-files'
import { loadContent } from '../../src/content/load'

const cues = [
  { start: 0.5, end: 2, text: 'one' },
  { start: 2.5, end: 4, text: 'two' },
  { start: 4, end: 6, text: 'three' },
]

describe('caption timing', () => {
  it.each([
    [0, -1],
    [0.5, 0],
    [1.99, 0],
    [2, -1],
    [2.2, -1],
    [2.5, 1],
    [4, 2],
    [5.9, 2],
    [6, -1],
    [100, -1],
  ])('at %s s shows cue %s', (t, expected) => {
    expect(cueIndexAt(cues, t)).toBe(expected)
  })

  it('shows nothing without cues', () => {
    expect(cueIndexAt([], 1)).toBe(-1)
  })

  it('prefers the latest of overlapping cues that is still on', () => {
    const overlapping = [
      { start: 0, end: 10, text: 'long' },
      { start: 2, end: 3, text: 'short' },
    ]
    expect(cueIndexAt(overlapping, 2.5)).toBe(1)
    expect(cueIndexAt(overlapping, 5)).toBe(0)
  })
})

describe('WebVTT parsing', () => {
  it('reads cues as plain text, markup removed, in time order', async () => {
    const vtt =
      'WEBVTT\n\n00:00:03.000 --> 00:00:04.000\nsecond\n\n00:00:01.000 --> 00:00:02.500\n<v Speaker>first <i>line</i>\n'
    expect(await parseCaptions(vtt, 'x.vtt')).toEqual([
      { start: 1, end: 2.5, text: 'first line' },
      { start: 3, end: 4, text: 'second' },
    ])
  })

  it('refuses a file that is not WebVTT, naming it', async () => {
    await expect(parseCaptions('1\n00:00:01,000 --> 00:00:02,000\nsrt\n', 'content/captions/x.en.vtt')).rejects.toThrow(
      new CaptionError('content/captions/x.en.vtt', 'is not a WebVTT file (it must start with "WEBVTT")'),
    )
  })

  it('refuses a file whose cues are all broken', async () => {
    await expect(parseCaptions('WEBVTT\n\n00:00:0x.000 --> zz\nbroken\n', 'bad.vtt')).rejects.toThrow(/^bad\.vtt: /)
  })

  it('every shipped caption file parses, and its cues lie within the recording', async () => {
    const { cells } = await loadContent('/', publicFetch())
    for (const t of cells.flatMap((c) => c.testimonies)) {
      for (const file of Object.values(t.captions)) {
        const parsed = await parseCaptions(readPublic(file), file)
        expect(parsed.length, file).toBeGreaterThan(2)
        expect(parsed[parsed.length - 1].end, file).toBeLessThanOrEqual(t.duration + 0.05)
      }
    }
  })
})
