import { cueText, decodeCueText } from '../../src/captions/native-vtt'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cueIndexAt, nextCueChange } from '../../src/captions/cue-index'
import { useCaptionStore } from '../../src/captions/caption-store'
import { followVoice } from '../../src/captions/follow-voice'
import { parseCaptionFile, parseVttTimestamp, toWebVTT } from '../../scripts/content/captions.mjs'
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

describe('captions following a voice without reading its time every frame', () => {
  it.each([
    [0, 0.5],
    [0.5, 2],
    [1.99, 2],
    [2, 2.5],
    [3, 4],
    [4, 6],
    [6, Infinity],
  ])('at %s s the caption may next change at %s s', (t, expected) => {
    expect(nextCueChange(cues, t)).toBe(expected)
  })

  it('finds the sooner end among overlapping cues', () => {
    const overlapping = [
      { start: 0, end: 10, text: 'long' },
      { start: 2, end: 3, text: 'short' },
    ]
    expect(nextCueChange(overlapping, 2.5)).toBe(3)
    expect(nextCueChange(overlapping, 5)).toBe(10)
  })
})

/** A voice that plays on the faked clock: its time is read through `currentTime`, and each read is counted. */
class FakeVoice extends EventTarget {
  paused = false
  playbackRate = 1
  /** Standing still without an event, as a stalled stream can. */
  stalled = false
  reads = 0
  private from = 0
  private since = Date.now()
  get currentTime(): number {
    this.reads++
    return this.paused || this.stalled ? this.from : this.from + ((Date.now() - this.since) / 1000) * this.playbackRate
  }
  set currentTime(t: number) {
    this.from = t
    this.since = Date.now()
    this.dispatchEvent(new Event('seeked'))
  }
  pause() {
    this.from = this.currentTime
    this.paused = true
    this.dispatchEvent(new Event('pause'))
  }
  play() {
    this.since = Date.now()
    this.paused = false
    this.dispatchEvent(new Event('playing'))
  }
  setRate(rate: number) {
    this.from = this.currentTime
    this.since = Date.now()
    this.playbackRate = rate
    this.dispatchEvent(new Event('ratechange'))
  }
}

describe('the caption driver (follow-voice.ts)', () => {
  afterEach(() => {
    vi.useRealTimers()
    useCaptionStore.getState().clear()
  })
  const text = () => useCaptionStore.getState().text

  it('changes the line when the voice reaches it, reading the voice only then, not on every frame or time event', () => {
    vi.useFakeTimers()
    useCaptionStore.setState({ cues, index: -1, text: '' })
    const voice = new FakeVoice()
    voice.currentTime = 1
    const stop = followVoice(voice)
    expect(text()).toBe('one')
    vi.advanceTimersByTime(990)
    expect(text()).toBe('one')
    vi.advanceTimersByTime(20)
    expect(text()).toBe('')
    vi.advanceTimersByTime(500)
    expect(text()).toBe('two')
    vi.advanceTimersByTime(1500)
    expect(text()).toBe('three')
    vi.advanceTimersByTime(10_000)
    expect(text()).toBe('')
    // one read at the start and one for each of the four changes: 1 → 2 → 2.5 → 4 → 6 s
    expect(voice.reads).toBe(5)
    stop()
  })

  it('stops reading while paused, places a seek at once, follows a faster pace, and lets go when stopped', () => {
    vi.useFakeTimers()
    useCaptionStore.setState({ cues, index: -1, text: '' })
    const voice = new FakeVoice()
    voice.currentTime = 0.6
    const stop = followVoice(voice)
    expect(text()).toBe('one')
    voice.pause()
    const reads = voice.reads
    vi.advanceTimersByTime(60_000)
    expect(voice.reads).toBe(reads)
    voice.currentTime = 4.5
    expect(text()).toBe('three')
    voice.currentTime = 0.6
    voice.play()
    voice.setRate(2)
    // at twice the pace, "one" (until 2 s) ends 0.7 s later
    vi.advanceTimersByTime(690)
    expect(text()).toBe('one')
    vi.advanceTimersByTime(20)
    expect(text()).toBe('')
    stop()
    vi.advanceTimersByTime(60_000)
    expect(text()).toBe('')
    voice.currentTime = 3
    expect(text()).toBe('')
  })

  it('reads a voice that stands still without saying so at a slow pace, and places new cues at once', () => {
    vi.useFakeTimers()
    useCaptionStore.setState({ cues, index: -1, text: '' })
    const voice = new FakeVoice()
    voice.currentTime = 0.49
    voice.stalled = true
    const stop = followVoice(voice)
    const reads = voice.reads
    vi.advanceTimersByTime(1000)
    expect(voice.reads - reads).toBeLessThanOrEqual(1000 / 20)
    expect(text()).toBe('')
    useCaptionStore.setState({ cues: [{ start: 0, end: 1, text: 'new' }] })
    expect(text()).toBe('new')
    stop()
  })
})

describe('WebVTT checking in the content tool', () => {
  it('reads cues in time order, and writes them back as WebVTT', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nfirst line\n\n00:00:03.000 --> 00:00:04.000\nsecond\n'
    const cues = await parseCaptionFile(vtt, 'x.vtt')
    expect(cues).toEqual([
      { start: 1, end: 2.5, text: 'first line' },
      { start: 3, end: 4, text: 'second' },
    ])
    expect(toWebVTT(cues)).toBe(vtt)
  })

  it('converts SRT', async () => {
    const cues = await parseCaptionFile(
      '1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\n00:00:02,500 --> 00:00:03,000\nAgain\n',
      'a.srt',
    )
    expect(toWebVTT(cues)).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n\n00:00:02.500 --> 00:00:03.000\nAgain\n',
    )
  })

  it('refuses a file that is not WebVTT, and one with a broken cue, naming it', async () => {
    await expect(
      parseCaptionFile('1\n00:00:01,000 --> 00:00:02,000\nsrt\n', 'content/captions/x.en.vtt'),
    ).rejects.toThrow('content/captions/x.en.vtt: is not a WebVTT file (it must start with "WEBVTT")')
    await expect(parseCaptionFile('WEBVTT\n\n00:00:0x.000 --> zz\nbroken\n', 'bad.vtt')).rejects.toThrow(
      /^bad\.vtt: is malformed/,
    )
  })

  it('reads timestamps as the WebVTT standard writes them, and no others', () => {
    expect(parseVttTimestamp('00:00:01.500')).toBe(1.5)
    expect(parseVttTimestamp('01:02.003')).toBe(62.003)
    expect(parseVttTimestamp('000:00:00.000')).toBe(0)
    expect(parseVttTimestamp('120:00:00.000')).toBe(432_000)
    expect(parseVttTimestamp('01:59:59.999')).toBe(7199.999)
    expect(parseVttTimestamp('00:00:01,500', ',')).toBe(1.5)
    for (const refused of [
      '00:00:00.0000', // a fraction of exactly three digits
      '00:00:00.00',
      '00:00:00',
      '0:00:00.000', // hours, where written, of two or more digits
      '00:60:00.000', // minutes and seconds 0–59, two digits each
      '00:00:60.000',
      '00:0:00.000',
      '000:00.000',
      '00:00:01,500',
      ' 00:00:01.500',
    ])
      expect(parseVttTimestamp(refused), refused).toBeNull()
  })

  it('takes cues with hours of three or more digits, and refuses a fraction of four, naming the line', async () => {
    expect(
      await parseCaptionFile(
        'WEBVTT\n\n000:00:00.000 --> 000:00:02.000\nfirst\n\n120:00:00.000 --> 120:00:01.500 align:start\nlast\n',
        'long.vtt',
      ),
    ).toEqual([
      { start: 0, end: 2, text: 'first' },
      { start: 432_000, end: 432_001.5, text: 'last', settings: 'align:start' },
    ])
    await expect(
      parseCaptionFile('WEBVTT\n\n00:00:01.000 --> 00:00:02.0000\nfour digits\n', 'four.vtt'),
    ).rejects.toThrow(/^four\.vtt: is malformed: line 3: the cue's end `00:00:02\.0000` is not a WebVTT timestamp/)
    await expect(parseCaptionFile('WEBVTT\n\n0:00:01.000 --> 0:00:02.000\none\n', 'one.vtt')).rejects.toThrow(
      /^one\.vtt: is malformed: line 3/,
    )
    await expect(parseCaptionFile('WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nback\n', 'back.vtt')).rejects.toThrow(
      /^back\.vtt: is malformed: line 3: the cue ends/,
    )
    await expect(parseCaptionFile('1\n00:00:01,0000 --> 00:00:02,000\nx\n', 'a.srt')).rejects.toThrow(
      /^a\.srt: is malformed: line 2/,
    )
  })

  it('every shipped caption file parses, and its cues lie within the recording', async () => {
    const { cells } = await loadContent('/', publicFetch())
    for (const t of cells.flatMap((c) => c.testimonies)) {
      for (const file of Object.values(t.captions)) {
        const parsed = await parseCaptionFile(readPublic(file), file)
        expect(parsed.length, file).toBeGreaterThan(2)
        expect(parsed[parsed.length - 1].end, file).toBeLessThanOrEqual(t.duration + 0.05)
      }
    }
  })
})

describe('caption text as the visitor reads it', () => {
  it('decodes character references and drops tags, never reading them as HTML', () => {
    expect(decodeCueText('Tom &amp; Jerry')).toBe('Tom & Jerry')
    expect(decodeCueText('<v Speaker>&lt;b&gt;not bold&lt;/b&gt;</v>')).toBe('<b>not bold</b>')
    expect(decodeCueText('&#1058;&#x044E;&rlm;')).toBe('Тю\u200f')
    expect(decodeCueText('&unknown; stays')).toBe('&unknown; stays')
  })

  it("uses the browser's own cue conversion where it exists", () => {
    const fragment = { textContent: ' Tom & Jerry ' } as DocumentFragment
    expect(cueText({ text: 'Tom &amp; Jerry', getCueAsHTML: () => fragment })).toBe('Tom & Jerry')
  })
})
