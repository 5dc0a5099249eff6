/**
 * The DEMO testimonies' parts (WebVTT chapters) from content.mjs: each part begins at a sentence's caption cue and runs
 * to the next part's first cue (the last to the last cue's end), titled in each language.
 */
import { toWebVTT } from '../content/captions.mjs'

/**
 * @param {readonly { start: number; end: number }[]} cues the testimony's caption cues, one per sentence
 * @param {readonly { from: number; title: Record<string, string> }[]} parts
 * @param {string} lang
 * @returns {string} the chapters file in `lang`
 */
export function chaptersVtt(cues, parts, lang) {
  const last = cues[cues.length - 1]
  if (!last || parts.some((p) => !cues[p.from])) throw new Error(`parts name sentences past the last of ${cues.length}`)
  return toWebVTT(
    parts.map((part, i) => {
      const next = parts[i + 1]
      return { start: cues[part.from].start, end: next ? cues[next.from].start : last.end, text: part.title[lang] }
    }),
  )
}
