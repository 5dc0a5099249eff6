import type { Caption } from '../captions/cue-index'

/**
 * Where each part begins in a transcript: at its first caption's words, found in order. A part whose words are not
 * found is left empty (its heading still stands, in its order); the text stays under the part before.
 */
export function splitTranscript(
  text: string,
  parts: readonly { start: number; end: number }[],
  captions: readonly Caption[],
): string[] {
  const at: number[] = []
  let from = 0
  for (const part of parts) {
    const first = captions.find((c) => c.end > part.start && c.start >= part.start - 0.05)
    const found = first ? text.indexOf(first.text, from) : -1
    if (found >= 0) from = found
    at.push(found)
  }
  at[0] = 0
  // a part whose words are not found is empty, just before the next one found
  for (let i = at.length - 1; i > 0; i--) if ((at[i] ?? -1) < 0) at[i] = at[i + 1] ?? text.length
  return at.map((start, i) => text.slice(start, at[i + 1] ?? text.length).trim())
}
