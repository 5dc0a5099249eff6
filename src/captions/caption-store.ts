import { create } from 'zustand'
import { onStartOver } from '../state/start-over'
import type { Language } from '../content/schema'
import { cueIndexAt, type Caption } from './cue-index'
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
  clear: () => set({ file: null, lang: null, cues: [], index: -1, text: '', error: null }),
}))

onStartOver(() => useCaptionStore.getState().clear())
