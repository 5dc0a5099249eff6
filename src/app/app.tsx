import { useLanguage } from '../i18n/i18n'
import { useEffect, useRef, useState } from 'react'
import { canPrepareBeforeTap, createAudioEngine, type AudioEngine } from '../audio/audio-engine'
import { useT } from '../i18n/use-t'
import { rememberLanguage } from '../i18n/language'
import { useNoXRSelect } from '../xr/no-xr-select'
import { Landing } from '../ui/landing'
import { useAppStore } from '../state/app-store'
import { useResources } from '../state/resources'
import { useRuntime } from '../scene/runtime-store'
import { lazyPart } from './lazy-part'
import { useRootState } from './root-state'
import { useSettings } from '../state/settings'
import { SoundAsk, useEarlyBegin, useSoundState } from './early-begin'

const Inside = lazyPart(() => import('./inside'), <LoadingContent />)
// Only kiosks load these.
const Attract = lazyPart(() => import('../kiosk/attract'))
const Kiosk = lazyPart(() => import('../kiosk/kiosk'))
// Only exhibition headsets load these.
const Exhibition = lazyPart(() => import('../exhibition/exhibition'))
// The comfort settings are offered on the landing too, without weighing on it.
const Comfort = lazyPart<object>(() => import('../comfort/comfort-button').then((m) => ({ default: m.ComfortButton })))
const StartInVR = lazyPart<{ onBegin(): void }>(() =>
  import('../exhibition/exhibition').then((m) => ({ default: m.StartInVR })),
)

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

  // The Begin tap is the gesture that unlocks audio (iOS), then the content and the 3D runtime load. The graph is
  // built beforehand where browsers allow it, so the tap itself only unlocks the context and shows the next screen.
  const engineRef = useRef<AudioEngine | null>(null)
  useEffect(() => {
    // A kiosk's attract screen stays silent, with no audio context at all, until someone touches it.
    if (mode === 'kiosk' || !canPrepareBeforeTap(navigator)) return
    const prepare = () => (engineRef.current ??= createAudioEngine(document.body, base))
    if (typeof requestIdleCallback !== 'function') return void setTimeout(prepare, 0)
    const id = requestIdleCallback(prepare, { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }, [base, mode])
  const begin = () => {
    if (engineRef.current) engineRef.current.unlock()
    else engineRef.current = createAudioEngine(document.body, base)
    setEngine(engineRef.current)
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
      {runtime.status === 'ready' && <runtime.value.Stage />}
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
