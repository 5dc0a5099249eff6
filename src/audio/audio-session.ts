/**
 * iOS plays Web Audio in the "ambient" audio session, which the ring/silent switch mutes, and media elements in the
 * "playback" session, which it does not. Every voice here goes through Web Audio, so without this an iPhone on
 * silent plays every testimony in silence.
 */

/** The part of `navigator` this module reads (Audio Session API: Safari 16.4+). */
export interface SessionNavigator {
  readonly userAgent: string
  readonly platform?: string
  readonly maxTouchPoints?: number
  audioSession?: { type: string }
}

/** iPhone, iPod, and iPad (which from iPadOS 13 on calls itself a Mac with a touch screen). */
export function isAppleTouchDevice(nav: SessionNavigator): boolean {
  return /\biP(hone|od|ad)\b/.test(nav.userAgent) || (nav.platform === 'MacIntel' && (nav.maxTouchPoints ?? 0) > 1)
}

/**
 * Declares that this page plays media, in the Begin tap and before the AudioContext starts: with the Audio Session
 * API where there is one; on older iOS by playing a looping silent media element, which moves the page into the
 * playback session (the "unmute" technique). Nothing elsewhere. Never throws.
 *
 * @returns undoes the fallback (stops and removes its element); does nothing where none was needed
 * @example
 * const release = declarePlaybackSession(navigator, document) // then create the AudioContext
 */
export function declarePlaybackSession(nav: SessionNavigator, doc: Document): () => void {
  try {
    if (nav.audioSession) {
      nav.audioSession.type = 'playback'
      return () => undefined
    }
    if (!isAppleTouchDevice(nav)) return () => undefined
    return playSilence(doc)
  } catch {
    return () => undefined
  }
}

/** A quarter second of 16-bit silence as WAV, at 48 kHz: iOS mixes Web Audio at the rate of this element. */
export function silentWav(sampleRate = 48_000, seconds = 0.25): Uint8Array<ArrayBuffer> {
  const samples = Math.round(sampleRate * seconds)
  const bytes = new Uint8Array(44 + samples * 2)
  const view = new DataView(bytes.buffer)
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)))
  text(0, 'RIFF')
  view.setUint32(4, 36 + samples * 2, true)
  text(8, 'WAVEfmt ')
  view.setUint32(16, 16, true) // fmt chunk size
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // mono
  view.setUint32(24, sampleRate, true)
  view.setUint32(28, sampleRate * 2, true) // bytes per second
  view.setUint16(32, 2, true) // bytes per frame
  view.setUint16(34, 16, true) // bits per sample
  text(36, 'data')
  view.setUint32(40, samples * 2, true)
  return bytes
}

function playSilence(doc: Document): () => void {
  // A blob: URL, since the Content-Security-Policy allows media only from the site itself and blob:.
  const url = URL.createObjectURL(new Blob([silentWav()], { type: 'audio/wav' }))
  const element = doc.createElement('audio')
  element.setAttribute('x-webkit-airplay', 'deny')
  element.loop = true
  element.preload = 'auto'
  element.src = url
  doc.body.appendChild(element)
  const play = () => void element.play().catch(() => undefined)
  // In the background the session is let go, as a media app would.
  const onVisibility = () => (doc.visibilityState === 'hidden' ? element.pause() : play())
  doc.addEventListener('visibilitychange', onVisibility)
  play()
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility)
    element.pause()
    element.removeAttribute('src')
    element.load()
    element.remove()
    URL.revokeObjectURL(url)
  }
}
