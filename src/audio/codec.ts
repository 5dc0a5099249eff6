/** The one place that decides which of a recording's two files a browser gets: Opus where it plays it, AAC otherwise. */
export type AudioFormat = 'opus' | 'aac'

export function playableFormat(canPlayType: (type: string) => string): AudioFormat {
  return canPlayType('audio/ogg; codecs="opus"') ? 'opus' : 'aac'
}
