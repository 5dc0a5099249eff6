import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { AudioEngine } from '../audio/audio-engine'
import type { Cell, Language } from '../content/schema'
import { useCaptionStore } from './caption-store'

/**
 * Loads the captions of the testimony that is playing, in the visitor's language (English when it has none),
 * and keeps them in step with the voice. The 3D frame loop also calls `seek`, so captions follow in a headset.
 */
export function useCaptionDriver(engine: AudioEngine, cell: Cell, lang: Language, base: string): void {
  const testimonyId = useStore(engine.player.store, (s) => s.testimonyId)
  useEffect(() => {
    const testimony = cell.testimonies.find((t) => t.id === testimonyId)
    if (!testimony) {
      useCaptionStore.getState().clear()
      return
    }
    const file = testimony.captions[lang] ?? testimony.captions.en
    void useCaptionStore.getState().load(file, testimony.captions[lang] ? lang : 'en', base)
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
