import { resetLanguage } from '../i18n/i18n'
import type { Language } from '../i18n/languages'
import { useAppStore, type Phase } from './app-store'

/** What features leave behind of a visitor, each registered by the feature that keeps it. */
const resets = new Set<() => void>()

/**
 * Registers what a feature must forget for the next visitor; a feature that never loaded has nothing to forget.
 * @returns the removal, for what lives shorter than the page (the audio engine)
 * @example onStartOver(() => useComposer.getState().clear())
 */
export function onStartOver(reset: () => void): () => void {
  resets.add(reset)
  return () => resets.delete(reset)
}

export interface StartOverOptions {
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
export function startOver({ phase, lang, endSession }: StartOverOptions): void {
  for (const reset of resets) reset()
  endSession?.()
  resetLanguage(lang)
  useAppStore.getState().startOver(phase)
  if (typeof document !== 'undefined') {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    window.getSelection?.()?.removeAllRanges()
    window.scrollTo(0, 0)
  }
}
