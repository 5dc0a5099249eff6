import { useAppStore, type Phase } from '../app/app-store'
import type { AudioEngine } from '../audio/audio-engine'
import { useCaptionStore } from '../captions/caption-store'
import type { Language } from '../i18n/languages'
import { useComposer } from '../letters/composer-store'
import { usePlacementStore } from '../xr/placement-store'

export interface StartOverOptions {
  /** The audio engine, once the first visitor began (null before). */
  engine: AudioEngine | null
  /** Where the next visitor starts: a kiosk's attract screen, a headset's landing. */
  phase: Phase
  /** The deployment's language for each new visitor. */
  lang: Language
  /** Ends an immersive session, when one is running. */
  endSession?: () => void
}

/**
 * Leaves nothing of one visitor for the next on a shared device: speech and room sound stopped, the letter
 * they were writing emptied, every panel closed, links they marked forgotten, language back to the default.
 */
export function startOver({ engine, phase, lang, endSession }: StartOverOptions): void {
  engine?.player.stop()
  engine?.ambient.stop()
  endSession?.()
  useComposer.getState().clear()
  useCaptionStore.getState().clear()
  usePlacementStore.getState().reset()
  useAppStore.getState().startOver(phase, lang)
  if (typeof document !== 'undefined') {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    window.getSelection?.()?.removeAllRanges()
    window.scrollTo(0, 0)
  }
}
