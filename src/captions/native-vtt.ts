import type { Caption } from './cue-index'

/**
 * Caption files being read. A detached media element is referenced by nothing else, and the engine may collect it
 * (listeners and all) before its track loads: the promise would then never settle and the captions never show.
 */
const reading = new Set<HTMLMediaElement>()

/** Why a caption file gave no captions: `late` (it did not arrive in time), `empty` (no cue with words), `unreadable`. */
export type CaptionProblemKind = 'late' | 'empty' | 'unreadable'

/** A caption file that gave no captions; the interface says why in the visitor's language (problem-text.ts). */
export class CaptionFileError extends Error {
  constructor(
    readonly file: string,
    readonly kind: CaptionProblemKind,
  ) {
    // the visitor reads it in their language (captions/problem-text.ts); this is for the console
    super(`captions ${file}: ${kind}`)
    this.name = 'CaptionFileError'
  }
}

/** How long a caption file may take before it is reported as not arriving. */
export const CAPTION_GIVE_UP_MS = 20_000

/**
 * Reads a WebVTT file with the browser's own parser (a <track> on a detached media element): standards-exact and
 * nothing to download. The content tool checks the same files with a strict parser before they are published.
 */
export function loadCaptionsNatively(url: string, file: string): Promise<Caption[]> {
  return new Promise((resolve, reject) => {
    const media = document.createElement('audio')
    const element = document.createElement('track')
    element.kind = 'captions'
    element.default = true
    element.src = url
    media.appendChild(element)
    element.track.mode = 'hidden'
    reading.add(media)
    const timer = setTimeout(() => {
      finish()
      reject(new CaptionFileError(file, 'late'))
    }, CAPTION_GIVE_UP_MS)
    const finish = () => {
      clearTimeout(timer)
      reading.delete(media)
      element.removeEventListener('load', onLoad)
      element.removeEventListener('error', onError)
      element.removeAttribute('src')
      media.remove()
    }
    const onLoad = () => {
      const cues = Array.from(element.track.cues ?? [], (cue) => ({
        start: cue.startTime,
        end: cue.endTime,
        text: cueText(cue as VTTCue),
      }))
        .filter((cue) => cue.end > cue.start && cue.text.length > 0)
        .sort((a, b) => a.start - b.start)
      finish()
      if (cues.length === 0) reject(new CaptionFileError(file, 'empty'))
      else resolve(cues)
    }
    const onError = () => {
      finish()
      reject(new CaptionFileError(file, 'unreadable'))
    }
    element.addEventListener('load', onLoad)
    element.addEventListener('error', onError)
  })
}

/**
 * A cue's words as plain text: tags dropped and character references (`&amp;`, `&lrm;`) decoded. The browser's own
 * cue-to-DOM conversion does both and builds a detached fragment, so nothing is ever parsed as HTML into the page.
 */
export function cueText(cue: Pick<VTTCue, 'text' | 'getCueAsHTML'>): string {
  if (typeof cue.getCueAsHTML === 'function') return (cue.getCueAsHTML().textContent ?? '').trim()
  return decodeCueText(cue.text ?? '')
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', lrm: '\u200e', rlm: '\u200f', nbsp: '\u00a0' }

/** The same for engines without getCueAsHTML: tags dropped, WebVTT's named and numeric references decoded. */
export function decodeCueText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    })
    .trim()
}
