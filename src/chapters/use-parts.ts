import { useEffect, useReducer } from 'react'
import { useStore } from 'zustand'
import type { AudioEngine } from '../audio/audio-engine'
import { useCaptionStore } from '../captions/caption-store'
import type { Testimony } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { playTestimony } from '../testimonies/play'
import { partAt, partsFile, useChapters, type Part, type PartsLoad } from './chapters-store'

export interface PartsView {
  /** The chapters file in the visitor's language (else English), or null: the testimony has no parts. */
  file: string | null
  load: PartsLoad | null
  /** The part the voice is in, or -1. */
  playing: number
  /** Plays the testimony from the part's start, from its spot (a moment, as a shared link's). */
  start(part: Part): void
}

/**
 * A testimony's parts where a face shows them (the card, the headset's panel): the chapters file is read only then,
 * never on the way to the first voice. The part playing is read from the voice whenever its caption line or its state
 * changes (the caption driver's reading, follow-voice.ts), and at once when a part is started.
 */
export function useParts(engine: AudioEngine, testimony: Testimony): PartsView {
  const lang = useLanguage()
  const file = partsFile(testimony, lang)
  const load = useChapters((s) => (file ? (s.files[file] ?? null) : null))
  useEffect(() => {
    if (file) useChapters.getState().load(file, import.meta.env.BASE_URL)
  }, [file])
  const here = useStore(engine.player.store, (s) => s.testimonyId === testimony.id && s.status !== 'idle')
  useStore(engine.player.store, (s) => s.status)
  useCaptionStore((s) => s.index)
  // the voice's time moves at once when a part is started: read it again then
  const [, readAgain] = useReducer((n: number) => n + 1, 0)
  const parts = load?.status === 'ready' ? load.parts : []
  return {
    file,
    load,
    playing: here ? partAt(parts, engine.player.currentTime) : -1,
    start(part) {
      playTestimony(engine, testimony, part.start)
      readAgain()
    },
  }
}
