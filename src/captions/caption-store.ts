import { create } from 'zustand'
import { onStartOver } from '../state/start-over'
import type { Language } from '../content/schema'
import { cueIndexAt, nextCueChange, type Caption } from './cue-index'
import { CaptionFileError, loadCaptionsNatively, type CaptionProblemKind } from './native-vtt'

/** Captions that could not be shown, naming the file; said in the visitor's language (problem-text.ts). */
export interface CaptionProblem {
  kind: CaptionProblemKind
  file: string
}

export interface CaptionState {
  /** The file the cues came from. */
  file: string | null
  /** Language of the loaded cues (English when the visitor's language is missing). */
  lang: Language | null
  cues: readonly Caption[]
  index: number
  /** The text on screen now, or empty between cues. */
  text: string
  error: CaptionProblem | null
  load(file: string, lang: Language, base: string): Promise<void>
  /** Moves to time `t`; updates state only when the cue changes. */
  seek(t: number): void
  /**
   * Moves to time `t`, read at `now` (performance.now() ms), and notes when a cue may change next if the voice goes
   * on from there at `rate` (its playback rate): {@link captionsDue} says so from then on.
   */
  follow(t: number, now: number, rate?: number): void
  clear(): void
}

export const useCaptionStore = create<CaptionState>()((set, get) => ({
  file: null,
  lang: null,
  cues: [],
  index: -1,
  text: '',
  error: null,
  async load(file, lang, base) {
    if (get().file === file && !get().error) return
    set({ file, lang, cues: [], index: -1, text: '', error: null })
    try {
      const cues = await loadCaptionsNatively(base + file, file)
      if (get().file === file) set({ cues })
    } catch (e) {
      if (get().file === file)
        set({ error: e instanceof CaptionFileError ? { kind: e.kind, file: e.file } : { kind: 'unreadable', file } })
    }
  },
  seek(t) {
    const { cues, index } = get()
    const next = cueIndexAt(cues, t)
    if (next !== index) set({ index: next, text: cues[next]?.text ?? '' })
  },
  follow(t, now, rate = 1) {
    get().seek(t)
    checkAt[0] = now + ((nextCueChange(get().cues, t) - t) * 1000) / (rate > 0 ? rate : 1)
  },
  clear: () => set({ file: null, lang: null, cues: [], index: -1, text: '', error: null }),
}))

/**
 * When (performance.now() ms) the frame loop has to read the voice's time for the captions next: the moment the next
 * cue starts or ends if the voice goes on at its pace, -Infinity to read it at the next frame. A voice that pauses
 * or stalls is read early, finds no change and is noted again; one that jumps (a seek, a new start, new cues) resets
 * it (`followCaptionsAgain`). Between cue changes a frame reads nothing: reading the time boxes a number each frame.
 * In a typed array, so that it is compared without allocating.
 */
const checkAt = new Float64Array([-Infinity])

/** Whether the frame loop has to read the voice's time for the captions at `now` (performance.now() ms). */
export function captionsDue(now: number): boolean {
  return now >= checkAt[0]!
}

/** The frame loop reads the voice's time at its next frame (the voice jumped, or the cues changed). */
export function followCaptionsAgain(): void {
  checkAt[0] = -Infinity
}

useCaptionStore.subscribe((state, before) => {
  if (state.cues !== before.cues) followCaptionsAgain()
})

onStartOver(() => useCaptionStore.getState().clear())
