import { systemClock, type Clock } from '../state/clock'
import { useCaptionStore } from './caption-store'
import { nextCueChange } from './cue-index'

/** What the captions read of the voice: its media element, or anything that behaves like it. */
export type Voice = Pick<
  HTMLMediaElement,
  'currentTime' | 'paused' | 'playbackRate' | 'addEventListener' | 'removeEventListener'
>

/**
 * The soonest a voice is read again. A voice that stalls without saying so stands still just before a line is due;
 * it is read again at this pace, not in a loop of timers that each find nothing.
 */
const SOONEST_MS = 20

/** Element events after which the voice's time is read at once: it started, jumped, or changed pace. */
const READ_NOW = ['playing', 'seeked', 'ratechange', 'loadedmetadata'] as const
/** Element events after which nothing is read until it plays again. */
const STOP = ['pause', 'waiting', 'ended', 'emptied'] as const

/**
 * The one caption driver: keeps the caption store on the line the voice is speaking. It reads the voice's time when
 * it starts, jumps or changes pace, and then only when the next line is due (one timer per line, none per frame),
 * so a line is as prompt as the browser's timers in every engine and mode: on screen, in a headset (whose session
 * pauses the page's own animation frames) and with no 3D view at all. The element's `timeupdate` (four times a
 * second at best) and a text track's `cuechange` (no sooner in WebKit, `npm run bench:playback -- --captions`) are
 * not used.
 * @returns a function that stops following and removes every listener and timer
 * @example useEffect(() => followVoice(engine.player.element), [engine])
 */
export function followVoice(voice: Voice, clock: Clock = systemClock): () => void {
  let timer: unknown = null
  const cancel = () => {
    if (timer !== null) clock.clearTimeout(timer)
    timer = null
  }
  const read = () => {
    cancel()
    const t = voice.currentTime
    const captions = useCaptionStore.getState()
    captions.seek(t)
    if (voice.paused) return
    const next = nextCueChange(captions.cues, t)
    if (next === Infinity) return
    const rate = voice.playbackRate > 0 ? voice.playbackRate : 1
    timer = clock.setTimeout(read, Math.max(SOONEST_MS, ((next - t) * 1000) / rate))
  }
  for (const type of READ_NOW) voice.addEventListener(type, read)
  for (const type of STOP) voice.addEventListener(type, cancel)
  // new cues (another testimony, another language) are placed at once
  const unsubscribe = useCaptionStore.subscribe((state, before) => {
    if (state.cues !== before.cues) read()
  })
  read()
  return () => {
    cancel()
    unsubscribe()
    for (const type of READ_NOW) voice.removeEventListener(type, read)
    for (const type of STOP) voice.removeEventListener(type, cancel)
  }
}
