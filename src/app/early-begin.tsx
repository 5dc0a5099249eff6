import { useEffect, useEffectEvent } from 'react'
import { create } from 'zustand'
import { useAudioEngine } from '../audio/audio-store'
import { defineMessages, useTranslator } from '../i18n/i18n'
import { EARLY_BEGIN, earlyBeginEn, type EarlyBeginKey } from './early-begin-messages'

/** Told to public/begin-early.js once the app takes taps itself, so it lets go of its listener. */
export const APP_READY_EVENT = 'prisonersvoice:app-ready'

/** Whether an early tap could not start the sound, so the visitor is asked once more. */
const useSecondAsk = create<{ ask: boolean }>()(() => ({ ask: false }))

// A single line in each language: bundled with it rather than fetched.
const messages = defineMessages('early-begin', earlyBeginEn, (lang) => Promise.resolve(EARLY_BEGIN[lang]))

/** Shows the second ask: the sound could not start from the tap that began (it came before the audio code). */
export function askForSoundAgain(): void {
  useSecondAsk.setState({ ask: true })
}

/**
 * Honours a Begin tap that came before the app's script had run (public/begin-early.js kept it on the root as
 * `data-begin="early"`), then marks the root `data-app="ready"`. The tap still unlocks audio where the browser
 * still counts it as a user gesture (`navigator.userActivation.isActive`); elsewhere the visitor is asked once more.
 * @returns whether the sound still waits for that second tap
 */
export function useEarlyBegin(root: HTMLElement, begin: () => void, canBegin: () => boolean): boolean {
  const ask = useSecondAsk((s) => s.ask)
  const honour = useEffectEvent(() => {
    // Read here, not while rendering: a tap may land on the page's own Begin until this very moment.
    // Taken once, also when an effect runs twice in development.
    const early = root.dataset.begin === 'early'
    delete root.dataset.begin
    if (!early) return
    if (!canBegin()) return
    // Read in the same task as the Begin that follows.
    useSecondAsk.setState({ ask: !(navigator as Partial<Navigator>).userActivation?.isActive })
    begin()
  })
  useEffect(() => {
    honour()
    root.dataset.app = 'ready'
    document.dispatchEvent(new Event(APP_READY_EVENT))
  }, [root])
  return ask
}

/** Mirrors whether the page's sound is unlocked onto the root as `data-sound` ("running", "suspended"…). */
export function useSoundState(root: HTMLElement): void {
  const engine = useAudioEngine()
  useEffect(() => {
    const ctx = engine?.ctx
    if (!ctx) return
    const update = () => (root.dataset.sound = ctx.state)
    update()
    ctx.addEventListener('statechange', update)
    return () => ctx.removeEventListener('statechange', update)
  }, [root, engine])
}

/** The second ask: any tap resumes the sound (the engine listens for it); this one says so and goes away. */
export function SoundAsk({ onDone }: { onDone(): void }) {
  const engine = useAudioEngine()
  const t = useTranslator<EarlyBeginKey>(messages)
  const ctx = engine?.ctx
  useEffect(() => {
    if (!ctx) return
    const check = () => ctx.state === 'running' && onDone()
    check()
    ctx.addEventListener('statechange', check)
    return () => ctx.removeEventListener('statechange', check)
  }, [ctx, onDone])
  return (
    <button type="button" className="sound-ask" data-role="sound-ask" onClick={() => engine?.unlock()}>
      {t('soundAsk')}
    </button>
  )
}
