import type { Caption } from './cue-index'

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
    const finish = () => {
      element.removeEventListener('load', onLoad)
      element.removeEventListener('error', onError)
      element.removeAttribute('src')
      media.remove()
    }
    const onLoad = () => {
      const cues = Array.from(element.track.cues ?? [], (cue) => ({
        start: cue.startTime,
        end: cue.endTime,
        text: ((cue as VTTCue).text ?? '').replace(/<[^>]*>/g, '').trim(),
      }))
        .filter((cue) => cue.end > cue.start && cue.text.length > 0)
        .sort((a, b) => a.start - b.start)
      finish()
      if (cues.length === 0) reject(new Error(`${file}: has no readable cues`))
      else resolve(cues)
    }
    const onError = () => {
      finish()
      reject(new Error(`${file}: could not be read as WebVTT`))
    }
    element.addEventListener('load', onLoad)
    element.addEventListener('error', onError)
  })
}
