// Captions: WebVTT in, or SRT converted to WebVTT; parsed by a real parser, cues checked against the audio.
import { parseText } from 'media-captions'
import { PipelineError } from './errors.mjs'

/**
 * A line where a cue's timing begins straight after another cue's text, with no blank line between them: a parser
 * would read the second cue as more text of the first. Names the line (counted from 1), or null.
 */
export function mergedCueLine(lines, type) {
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
 * REGION blocks, cue identifiers, settings and tags, timestamps without hours.
 */
export async function parseCaptionFile(text, file) {
  const type = /\.srt$/i.test(file) ? 'srt' : 'vtt'
  // the standard allows a byte-order mark (Windows subtitle editors write one); the parser does not
  const body = text.replace(/^\uFEFF/, '')
  if (type === 'vtt' && !/^WEBVTT(?:[ \t\r\n]|$)/.test(body))
    throw new PipelineError(file, 'is not a WebVTT file (it must start with "WEBVTT")')
  const merged = mergedCueLine(body.split(/\r\n|\r|\n/), type)
  if (merged)
    throw new PipelineError(
      file,
      `line ${merged}: a cue begins here without a blank line before it (it would be shown as the text of the cue above)`,
    )
  let result
  try {
    result = await parseText(body, { type, strict: true, errors: true })
  } catch (e) {
    throw new PipelineError(file, `is malformed: ${e instanceof Error ? e.message : String(e)}`)
  }
  if (result.errors.length > 0) throw new PipelineError(file, `is malformed: ${result.errors[0].message}`)
  if (result.cues.length === 0) throw new PipelineError(file, 'has no cues')
  return result.cues.map((c) => {
    const settings = cueSettings(c)
    return { start: c.startTime, end: c.endTime, text: c.text, ...(settings && { settings }) }
  })
}

/** A cue's settings as WebVTT writes them, where they differ from the defaults (SRT has none). */
function cueSettings(c) {
  const out = []
  if (c.vertical) out.push(`vertical:${c.vertical}`)
  if (typeof c.line === 'number') out.push(`line:${c.line}${c.snapToLines === false ? '%' : ''}`)
  if (typeof c.position === 'number') out.push(`position:${c.position}%`)
  if (typeof c.size === 'number' && c.size !== 100) out.push(`size:${c.size}%`)
  if (c.align && c.align !== 'center') out.push(`align:${c.align}`)
  return out.join(' ')
}

/** A WebVTT timestamp, HH:MM:SS.mmm. */
export function vttTimestamp(t) {
  const ms = Math.round(t * 1000)
  const h = Math.floor(ms / 3600000)
  const m = Math.floor((ms % 3600000) / 60000)
  const s = Math.floor((ms % 60000) / 1000)
  const pad = (n, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

export function toWebVTT(cues) {
  const timing = (c) => `${vttTimestamp(c.start)} --> ${vttTimestamp(c.end)}${c.settings ? ` ${c.settings}` : ''}`
  return `WEBVTT\n\n${cues.map((c) => `${timing(c)}\n${c.text}\n`).join('\n')}`
}

/** Cues that end after the recording does. */
export function cuesPastEnd(cues, duration, tolerance = 0.05) {
  return cues.filter((c) => c.end > duration + tolerance)
}

/** Cues moved `by` seconds earlier, as when the recording's leading silence is cut; none starts before 0. */
export function shiftCues(cues, by) {
  if (!by) return cues
  return cues.map((c) => ({ ...c, start: Math.max(0, c.start - by), end: Math.max(0.001, c.end - by) }))
}
