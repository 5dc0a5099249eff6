import { create } from 'zustand'
import type { Language, Testimony } from '../content/schema'
import { CaptionFileError, loadCaptionsNatively } from '../captions/native-vtt'

/**
 * One part of a testimony: its span in the recording and its title in one language. Its index is the same in every
 * language's file (the content tool holds them to it), so what is kept per part later (questions) can name it.
 */
export interface Part {
  start: number
  end: number
  title: string
}

/** A chapters file being read, read, or refused (naming the file; the testimony still plays whole). */
export type PartsLoad =
  { status: 'loading' } | { status: 'ready'; parts: readonly Part[] } | { status: 'error'; file: string }

interface ChaptersState {
  /** Each chapters file asked for, by its site path. */
  files: Partial<Record<string, PartsLoad>>
  /** Reads `file` once (the browser's own WebVTT parser); a failed one is asked again on the next call. */
  load(file: string, base: string): void
}

export const useChapters = create<ChaptersState>()((set, get) => ({
  files: {},
  load(file, base) {
    const known = get().files[file]
    if (known && known.status !== 'error') return
    const put = (value: PartsLoad) => set((s) => ({ files: { ...s.files, [file]: value } }))
    put({ status: 'loading' })
    loadCaptionsNatively(base + file, file).then(
      (cues) => put({ status: 'ready', parts: cues.map(({ start, end, text }) => ({ start, end, title: text })) }),
      (e: unknown) => put({ status: 'error', file: e instanceof CaptionFileError ? e.file : file }),
    )
  },
}))

/** The testimony's chapters file in `lang`, else in English; null where it has no parts. */
export function partsFile(testimony: Testimony, lang: Language): string | null {
  return testimony.chapters?.[lang] ?? testimony.chapters?.en ?? null
}

/** The part that `t` seconds falls in (the later one where two meet), or -1: before the first, after the last. */
export function partAt(parts: readonly Part[], t: number): number {
  let found = -1
  parts.forEach((part, i) => {
    if (part.start <= t && t < part.end) found = i
  })
  return found
}
