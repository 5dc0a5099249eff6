import { parseText } from 'media-captions'
import type { Caption } from './cue-index'

export type { Caption } from './cue-index'
export { cueIndexAt } from './cue-index'

export class CaptionError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`)
    this.name = 'CaptionError'
  }
}

/** Parses a WebVTT file into cues sorted by start time; markup such as `<i>` is reduced to its text. */
export async function parseCaptions(vtt: string, file: string): Promise<Caption[]> {
  if (!/^\uFEFF?WEBVTT/.test(vtt)) throw new CaptionError(file, 'is not a WebVTT file (it must start with "WEBVTT")')
  const { cues, errors } = await parseText(vtt, { type: 'vtt', errors: true })
  if (errors.length > 0 && cues.length === 0) throw new CaptionError(file, errors[0].message)
  return cues
    .map((cue) => ({ start: cue.startTime, end: cue.endTime, text: cue.text.replace(/<[^>]*>/g, '').trim() }))
    .filter((cue) => cue.end > cue.start && cue.text.length > 0)
    .sort((a, b) => a.start - b.start)
}
