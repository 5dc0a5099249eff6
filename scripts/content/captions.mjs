// Captions: WebVTT in, or SRT converted to WebVTT; parsed by a real parser, cues checked against the audio.
import { parseText } from 'media-captions'
import { PipelineError } from './errors.mjs'

/** Parses WebVTT or SRT strictly; a file with any error is refused, naming the line. */
export async function parseCaptionFile(text, file) {
  const type = /\.srt$/i.test(file) ? 'srt' : 'vtt'
  if (type === 'vtt' && !/^\uFEFF?WEBVTT/.test(text))
    throw new PipelineError(file, 'is not a WebVTT file (it must start with "WEBVTT")')
  let result
  try {
    result = await parseText(text, { type, strict: true, errors: true })
  } catch (e) {
    throw new PipelineError(file, `is malformed: ${e instanceof Error ? e.message : String(e)}`)
  }
  if (result.errors.length > 0) throw new PipelineError(file, `is malformed: ${result.errors[0].message}`)
  if (result.cues.length === 0) throw new PipelineError(file, 'has no cues')
  return result.cues.map((c) => ({ start: c.startTime, end: c.endTime, text: c.text }))
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
  return `WEBVTT\n\n${cues.map((c) => `${vttTimestamp(c.start)} --> ${vttTimestamp(c.end)}\n${c.text}\n`).join('\n')}`
}

/** Cues that end after the recording does. */
export function cuesPastEnd(cues, duration, tolerance = 0.05) {
  return cues.filter((c) => c.end > duration + tolerance)
}
