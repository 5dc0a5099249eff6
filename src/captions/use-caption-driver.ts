import { useEffect } from 'react'
import { useStore } from 'zustand'
import { useStartedAudioEngine } from '../audio/audio-store'
import type { Cell, Language } from '../content/schema'
import { useCaptionStore } from './caption-store'
import { followVoice } from './follow-voice'

/**
 * Loads the captions of the testimony that is playing, in the visitor's language (English when it has none, nothing
 * when it has neither), and keeps them in step with the voice (follow-voice.ts), on screen and in a headset alike.
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

  useEffect(() => followVoice(engine.player.element), [engine])
}
