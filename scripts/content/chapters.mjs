// A testimony's parts: one WebVTT chapters file per language (each cue a part, its title the cue's text), read by the
// captions' strict parser and checked against the recording, each other, the other languages' files and the captions.
import { problemText } from './errors.mjs'
/** @import { Cue } from './captions.mjs' */

/** How far two languages' files may disagree on where a part starts or ends, in seconds. */
const SAME_PART = 0.05

/**
 * What is wrong with a testimony's parts: each inside the recording, none overlapping the next, every file naming
 * the same parts, and captions under each part's span (at least one caption cue overlapping it).
 * @param {object} options
 * @param {Record<string, { file: string; cues: readonly Cue[] }>} options.chapters the parsed files by language
 * @param {number} options.duration the recording's length, in seconds
 * @param {readonly Cue[] | null} options.captions one language's caption cues, where there are any
 * @param {string} options.captionFile that caption file, named in a problem
 * @returns {string[]}
 */
export function chapterProblems({ chapters, duration, captions, captionFile }) {
  const problems = []
  const files = Object.values(chapters)
  for (const { file, cues } of files) {
    const parts = [...cues].sort((a, b) => a.start - b.start)
    parts.forEach((part, i) => {
      const name = `part ${i + 1} ("${part.text}")`
      if (part.end > duration + SAME_PART)
        problems.push(
          problemText(file, `${name} ends at ${part.end.toFixed(2)} s, after the recording (${duration.toFixed(2)} s)`),
        )
      const next = parts[i + 1]
      if (next && next.start < part.end - SAME_PART / 10)
        problems.push(
          problemText(file, `${name} overlaps the next part (${part.end.toFixed(2)} s > ${next.start.toFixed(2)} s)`),
        )
      if (captions && !captions.some((c) => c.start < part.end && c.end > part.start))
        problems.push(
          problemText(
            file,
            `${name} (${part.start.toFixed(2)}–${part.end.toFixed(2)} s) has no captions in ${captionFile}`,
          ),
        )
    })
  }
  const [first, ...others] = files
  for (const other of others) {
    const same =
      other.cues.length === first.cues.length &&
      other.cues.every(
        (c, i) =>
          Math.abs(c.start - first.cues[i].start) <= SAME_PART && Math.abs(c.end - first.cues[i].end) <= SAME_PART,
      )
    if (!same)
      problems.push(
        problemText(other.file, `does not have the same parts as ${first.file} (each language titles the same parts)`),
      )
  }
  return problems
}

/**
 * A testimony's parts as `report` lists them: "0:00–1:12 The arrest; 1:12–2:40 …" in one language.
 * @param {readonly Cue[]} cues
 * @returns {string}
 */
export function partsLine(cues) {
  /** @param {number} s */
  const clock = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`
  return cues.map((c) => `${clock(c.start)}–${clock(c.end)} ${c.text}`).join('; ')
}
