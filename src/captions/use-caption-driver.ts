import { useEffect } from 'react'
import { useStore } from 'zustand'
import { useStartedAudioEngine } from '../audio/audio-store'
import type { Cell, Language } from '../content/schema'
import { useCaptionStore } from './caption-store'

/**
 * Loads the captions of the testimony that is playing, in the visitor's language (English when it has none, nothing
 * when it has neither), and keeps them in step with the voice. The 3D frame loop also calls `seek`, so captions
 * follow in a headset.
 */
export function useCaptionDriver(cell: Cell, lang: Language, base: string): void {
  const engine = useStartedAudioEngine()
  const testimonyId = useStore(engine.player.store, (s) => s.testimonyId)
  useEffect(() => {
    const testimony = cell.testimonies.find((t) => t.id === testimonyId)
    if (!testimony) {
      useCaptionStore.getState().clear()
      return
    }
    const shown = testimony.captions[lang] ? lang : 'en'
    const file = testimony.captions[shown]
    // none in this language nor in English (by the curator's choice): the speaker card says so, with the transcript
    if (!file) return useCaptionStore.getState().clear()
    void useCaptionStore.getState().load(file, shown, base)
  }, [cell, testimonyId, lang, base])

  useEffect(() => {
    const el = engine.player.element
    const sync = () => useCaptionStore.getState().seek(el.currentTime)
    el.addEventListener('timeupdate', sync)
    el.addEventListener('seeked', sync)
    return () => {
      el.removeEventListener('timeupdate', sync)
      el.removeEventListener('seeked', sync)
    }
  }, [engine])
}
