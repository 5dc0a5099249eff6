import { useLanguage } from '../i18n/i18n'
import { useEffect, useRef, useState } from 'react'
import type { AudioEngine } from '../audio/audio-engine'
import { useT } from '../i18n/use-t'
import { rememberLanguage } from '../i18n/language'
import { useNoXRSelect } from '../xr/no-xr-select'
import { Landing } from '../ui/landing'
import { useAppStore } from '../state/app-store'
import { useResources } from '../state/resources'
import { useRuntime } from '../scene/runtime-store'
import { lazyPart } from '../parts/lazy-part'
import { useAddress } from '../links/use-address'
import { useRootState } from './root-state'
import { useSettings } from '../state/settings'
import { askForSoundAgain, SoundAsk, useEarlyBegin, useSoundState } from './early-begin'

type AudioModule = typeof import('../audio/audio-engine')
/** The audio graph and howler come in their own chunk, right after the landing is up: the landing carries none of it. */
const loadAudio = (): Promise<AudioModule> => import('../audio/audio-engine')

const Inside = lazyPart(() => import('./inside'), { fallback: <LoadingContent /> })
// Only kiosks load these.
const Attract = lazyPart(() => import('../kiosk/attract'))
const Kiosk = lazyPart(() => import('../kiosk/kiosk'))
// Only exhibition headsets load these.
const Exhibition = lazyPart(() => import('../exhibition/exhibition'))
// The comfort settings are offered on the landing too, without weighing on it.
const Comfort = lazyPart(() => import('../comfort/comfort-button'), { name: 'ComfortButton' })
const StartInVR = lazyPart(() => import('../exhibition/exhibition'), { name: 'StartInVR' })

/** The whole experience: landing → choose a cell → inside it; Take action is always one tap away. */
export function App({ root, base }: { root: HTMLElement; base: string }) {
  const phase = useAppStore((s) => s.phase)
  const lang = useLanguage()
  const mode = useSettings((s) => s.deployment.mode)
  const runtime = useRuntime((s) => s.runtime)
  const [engine, setEngine] = useState<AudioEngine | null>(null)
  useRootState(root, engine)
  useNoXRSelect(root)
  useEffect(() => {
    if (mode === 'visitor') rememberLanguage(safeStorage(), lang)
  }, [lang, mode])
  useLetterHash(phase)
  useAddress(base, engine)

  // The Begin tap is the gesture that unlocks audio (iOS), then the content and the 3D runtime load. The audio code
  // arrives while the landing is read; the tap builds the graph and unlocks it, then shows the next screen.
  const audioRef = useRef<AudioModule | null>(null)
  const engineRef = useRef<AudioEngine | null>(null)
  useEffect(() => {
    let live = true
    const prepare = () =>
      void loadAudio().then(
        (audio) => {
          if (!live) return
          audioRef.current = audio
          // Built ahead (suspended) so the tap only unlocks it, where the engine allows (not in WebKit), and not on a
          // kiosk, silent with no context until touched.
          if (mode !== 'kiosk' && audio.canPrepareBeforeTap(navigator))
            engineRef.current ??= audio.createAudioEngine(document.body, base)
        },
        (e: unknown) => console.warn(`The sound could not be loaded: ${String(e)}`),
      )
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(prepare, 0)
      return () => void ((live = false), clearTimeout(id))
    }
    const id = requestIdleCallback(prepare, { timeout: 2000 })
    return () => void ((live = false), cancelIdleCallback(id))
  }, [base, mode])
  const startSound = (audio: AudioModule) => {
    if (engineRef.current) engineRef.current.unlock()
    else engineRef.current = audio.createAudioEngine(document.body, base)
    setEngine(engineRef.current)
  }
  const begin = () => {
    if (audioRef.current) startSound(audioRef.current)
    else
      // A tap before the audio code is in: sound starts once it is, and where the tap no longer counts as the
      // gesture that may start sound, the visitor is asked once more (visibly).
      void loadAudio().then(
        (audio) => {
          audioRef.current = audio
          const gesture = (navigator as Partial<Navigator>).userActivation?.isActive ?? true
          startSound(audio)
          if (!gesture) askForSoundAgain()
        },
        (e: unknown) => console.warn(`The sound could not be loaded: ${String(e)}`),
      )
    useResources.getState().load(base)
    useRuntime.getState().load()
    useAppStore.getState().begin()
  }
  const askSound = useEarlyBegin(root, begin, () => useAppStore.getState().phase === 'landing')
  const [soundStarted, setSoundStarted] = useState(false)
  useSoundState(root, engine)

  return (
    <>
      {phase === 'attract' ? (
        <Attract onBegin={begin} />
      ) : phase === 'landing' ? (
        <Landing onBegin={begin}>
          {mode === 'exhibition' && <StartInVR onBegin={begin} />}
          <Comfort />
        </Landing>
      ) : (
        <Inside engine={engine} base={base} />
      )}
      {askSound && !soundStarted && <SoundAsk engine={engine} onDone={() => setSoundStarted(true)} />}
      {runtime.status === 'ready' && <runtime.value.Stage xr={runtime.value.xr} />}
      {mode === 'kiosk' && <Kiosk engine={engine} />}
      {mode === 'exhibition' && <Exhibition engine={engine} />}
    </>
  )
}

export function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The letter page has its own address (`#letter`), so a QR code or a shared link can open it directly. */
function useLetterHash(phase: string) {
  useEffect(() => {
    const hash = phase === 'letter' ? '#letter' : ''
    if (location.hash !== hash) history.replaceState(null, '', location.pathname + location.search + hash)
  }, [phase])
}

function LoadingContent() {
  const t = useT()
  return <p className="loading">{t('loadingContent')}</p>
}
