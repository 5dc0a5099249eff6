// Captions: WebVTT in, or SRT converted to WebVTT; parsed by a real parser, cues checked against the audio.
/** @import { VTTCue } from 'media-captions' */
import { parseText } from 'media-captions'
import { PipelineError } from './errors.mjs'

/**
 * A caption cue as the tool keeps it.
 * @typedef {object} Cue
 * @property {number} start
 * @property {number} end
 * @property {string} text
 * @property {string} [settings] WebVTT cue settings (`align:start position:10%`), where any differ from the defaults
 */

/**
 * A line where a cue's timing begins straight after another cue's text, with no blank line between them: a parser
 * would read the second cue as more text of the first. Names the line (counted from 1), or null.
 * @param {readonly string[]} lines
 * @param {'vtt' | 'srt'} type
 * @returns {number | null}
 */
function mergedCueLine(lines, type) {
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].includes('-->') || !lines[i - 1].trim()) continue
    // the line before may be the cue's identifier, itself after a blank line (or at the start of an SRT file)
    const identifier = i - 2 < 0 ? type === 'srt' : !lines[i - 2].trim()
    if (!identifier) return i + 1
  }
  return null
}

/**
 * Parses WebVTT or SRT strictly; a file with any error is refused, naming the line. Accepts what the WebVTT
 * standard allows and subtitle editors write: a byte-order mark, CRLF or CR line ends, header text, NOTE, STYLE and
 * REGION blocks, cue identifiers, settings and tags, timestamps without hours or with more than two hour digits.
 * @param {string} text
 * @param {string} file its name, which says SRT or WebVTT and names it in a problem
 * @returns {Promise<Cue[]>}
 */
export async function parseCaptionFile(text, file) {
  /** @type {'vtt' | 'srt'} */
  const type = /\.srt$/i.test(file) ? 'srt' : 'vtt'
  // the standard allows a byte-order mark (Windows subtitle editors write one); the parser does not
  const body = text.replace(/^\uFEFF/, '')
  if (type === 'vtt' && !/^WEBVTT(?:[ \t\r\n]|$)/.test(body))
    throw new PipelineError(file, 'is not a WebVTT file (it must start with "WEBVTT")')
  const lines = body.split(/\r\n|\r|\n/)
  const merged = mergedCueLine(lines, type)
  if (merged)
    throw new PipelineError(
      file,
      `line ${merged}: a cue begins here without a blank line before it (it would be shown as the text of the cue above)`,
    )
  const timings = cueTimings(lines, type, file)
  let result
  try {
    // the parser reads hours of one or two digits only: it is given each cue's number in place of its times
    result = await parseText(lines.map((line, i) => timings.get(i)?.stand ?? line).join('\n'), {
      type,
      strict: true,
      errors: true,
    })
  } catch (e) {
    throw new PipelineError(file, `is malformed: ${e instanceof Error ? e.message : String(e)}`)
  }
  if (result.errors.length > 0) throw new PipelineError(file, `is malformed: ${result.errors[0].message}`)
  if (result.cues.length === 0) throw new PipelineError(file, 'has no cues')
  const byStand = new Map([...timings.values()].map((t) => [standIn(t.index), t]))
  return result.cues.map((c) => {
    const settings = cueSettings(c)
    const timing = byStand.get(c.startTime)
    if (!timing) throw new PipelineError(file, `is malformed: a cue at ${vttTimestamp(c.startTime)} has no timing line`)
    return { start: timing.start, end: timing.end, text: c.text, ...(settings && { settings }) }
  })
}

/**
 * A WebVTT timestamp as the standard writes it, in seconds, or null: hours optional and of two or more digits,
 * minutes and seconds of two digits each (0–59), a fraction of exactly three digits. SRT writes the fraction after
 * a comma.
 * @param {string} text
 * @param {'.' | ','} [separator]
 * @returns {number | null}
 */
export function parseVttTimestamp(text, separator = '.') {
  const match = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)([.,])(\d{3})$/.exec(text)
  if (!match || match[4] !== separator) return null
  const [, hours = '0', minutes, seconds, , fraction] = match
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(fraction) / 1000
}

/**
 * The seconds the parser is told for cue number `index`: each cue its own, so its own times can be found again.
 * @param {number} index
 */
const standIn = (index) => index * 2

/**
 * Every cue timing line (each line with "-->": the standard allows the arrow nowhere else), read by
 * `parseVttTimestamp`: by its line's index, the cue's times and the line the parser reads instead. A timestamp the
 * standard refuses is refused, naming the line.
 * @param {readonly string[]} lines
 * @param {'vtt' | 'srt'} type
 * @param {string} file
 */
function cueTimings(lines, type, file) {
  /** @type {Map<number, { index: number; start: number; end: number; stand: string }>} */
  const timings = new Map()
  lines.forEach((line, i) => {
    if (!line.includes('-->')) return
    const match = /^(\S+)[ \t]+-->[ \t]+(\S+)(.*)$/.exec(line.trim())
    /**
     * @param {string} what
     * @param {string} text
     */
    const bad = (what, text) =>
      new PipelineError(file, `is malformed: line ${i + 1}: the cue's ${what} \`${text}\` is not a WebVTT timestamp`)
    if (!match) throw new PipelineError(file, `is malformed: line ${i + 1}: not a cue timing line`)
    const [, startText, endText, rest] = match
    const start = parseVttTimestamp(startText, type === 'srt' ? ',' : '.')
    if (start === null) throw bad('start', startText)
    const end = parseVttTimestamp(endText, type === 'srt' ? ',' : '.')
    if (end === null) throw bad('end', endText)
    if (end <= start)
      throw new PipelineError(file, `is malformed: line ${i + 1}: the cue ends (${endText}) before it starts`)
    const index = timings.size
    const stand = `${vttTimestamp(standIn(index))} --> ${vttTimestamp(standIn(index) + 1)}${rest}`
    timings.set(i, { index, start, end, stand })
  })
  return timings
}

/**
 * A cue's settings as WebVTT writes them, where they differ from the defaults (SRT has none).
 * @param {VTTCue} c
 * @returns {string}
 */
function cueSettings(c) {
  const out = []
  if (c.vertical) out.push(`vertical:${c.vertical}`)
  if (typeof c.line === 'number') out.push(`line:${c.line}${c.snapToLines === false ? '%' : ''}`)
  if (typeof c.position === 'number') out.push(`position:${c.position}%`)
  if (typeof c.size === 'number' && c.size !== 100) out.push(`size:${c.size}%`)
  if (c.align && c.align !== 'center') out.push(`align:${c.align}`)
  return out.join(' ')
}

/**
 * A WebVTT timestamp, HH:MM:SS.mmm.
 * @param {number} t seconds
 * @returns {string}
 */
export function vttTimestamp(t) {
  const ms = Math.round(t * 1000)
  const h = Math.floor(ms / 3600000)
  const m = Math.floor((ms % 3600000) / 60000)
  const s = Math.floor((ms % 60000) / 1000)
  /**
   * @param {number} n
   * @param {number} [w]
   */
  const pad = (n, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

/**
 * @param {readonly Cue[]} cues
 * @returns {string}
 */
export function toWebVTT(cues) {
  /** @param {Cue} c */
  const timing = (c) => `${vttTimestamp(c.start)} --> ${vttTimestamp(c.end)}${c.settings ? ` ${c.settings}` : ''}`
  return `WEBVTT\n\n${cues.map((c) => `${timing(c)}\n${c.text}\n`).join('\n')}`
}

/**
 * Cues that end after the recording does.
 * @param {readonly Cue[]} cues
 * @param {number} duration
 * @param {number} [tolerance]
 * @returns {Cue[]}
 */
export function cuesPastEnd(cues, duration, tolerance = 0.05) {
  return cues.filter((c) => c.end > duration + tolerance)
}

/**
 * Cues moved `by` seconds earlier, as when the recording's leading silence is cut; none starts before 0.
 * @param {Cue[]} cues
 * @param {number} by
 * @returns {Cue[]}
 */
export function shiftCues(cues, by) {
  if (!by) return cues
  return cues.map((c) => ({ ...c, start: Math.max(0, c.start - by), end: Math.max(0.001, c.end - by) }))
}
