export interface Cue {
  start: number
  end: number
  text: string
  /** WebVTT cue settings (`align:start position:10%`), where any differ from the defaults */
  settings?: string
}
export function parseCaptionFile(text: string, file: string): Promise<Cue[]>
export function toWebVTT(cues: readonly Cue[]): string
export function cuesPastEnd(cues: readonly Cue[], duration: number, tolerance?: number): Cue[]
export function vttTimestamp(seconds: number): string
export function shiftCues(cues: readonly Cue[], by: number): Cue[]
/** A WebVTT timestamp in seconds, or null where the standard refuses it; SRT passes `','` as the separator. */
export function parseVttTimestamp(text: string, separator?: '.' | ','): number | null
