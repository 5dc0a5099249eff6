import { describe, expect, it } from 'vitest'
import { splitTranscript } from '../../src/chapters/transcript-split'

const captions = [
  { start: 0, end: 4, text: 'This is a demo.' },
  { start: 5, end: 9, text: 'The cell is small.' },
  { start: 10, end: 14, text: 'The window is high.' },
  { start: 15, end: 19, text: 'Nobody came.' },
]

describe('a transcript divided at its parts', () => {
  it('begins each part at its first caption’s words, in order', () => {
    const text = 'This is a demo. The cell is small. The window is high. Nobody came.'
    const parts = [
      { start: 0, end: 5 },
      { start: 5, end: 15 },
      { start: 15, end: 20 },
    ]
    expect(splitTranscript(text, parts, captions)).toEqual([
      'This is a demo.',
      'The cell is small. The window is high.',
      'Nobody came.',
    ])
  })

  it('keeps every heading where words are not found, and the whole text under the first without captions', () => {
    const text = 'Different words entirely. Nobody came.'
    const parts = [
      { start: 0, end: 5 },
      { start: 5, end: 15 },
      { start: 15, end: 20 },
    ]
    expect(splitTranscript(text, parts, captions)).toEqual(['Different words entirely.', '', 'Nobody came.'])
    expect(splitTranscript(text, parts, [])).toEqual([text, '', ''])
  })
})
