import type { AudioSources } from '../content/schema'

/**
 * The one place that decides which of a recording's two files a browser gets: Opus (in WebM, which a browser streams
 * from its first seconds) where it plays it, AAC otherwise.
 */
export type AudioFormat = 'opus' | 'aac'

export function playableFormat(canPlayType: (type: string) => string): AudioFormat {
  return canPlayType('audio/webm; codecs="opus"') ? 'opus' : 'aac'
}

/** The file of `sources` this browser gets. */
export function chooseSource(sources: AudioSources, canPlayType: (type: string) => string): string {
  return sources[playableFormat(canPlayType)]
}
