import { useLanguage } from '../i18n/i18n'
import { useEffect, useState } from 'react'
import { useT } from '../i18n/use-t'
import { rememberLanguage } from '../i18n/language'
import { useNoXRSelect } from '../xr/no-xr-select'
import { Landing } from '../ui/landing'
import { useAppStore } from '../state/app-store'
import { useContent } from '../state/content-store'
import { useRuntime } from '../scene/runtime-store'
import { prepareSound, startSound } from '../audio/audio-store'
import { lazyPart } from '../parts/lazy-part'
import { useAddress } from '../links/use-address'
import { useRootState } from './root-state'
import { useSettings } from '../state/settings'
import { safeStorage } from '../state/storage'
import { askForSoundAgain, SoundAsk, useEarlyBegin, useSoundState } from './early-begin'

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
  const runtime = useRuntime((s) => s.loadable)
  useRootState(root)
  useNoXRSelect(root)
  useEffect(() => {
    if (mode === 'visitor') rememberLanguage(safeStorage(), lang)
  }, [lang, mode])
  useLetterHash(phase)
  useAddress(base)

  // The Begin tap is the gesture that unlocks audio (iOS), then the content and the 3D runtime load. The audio code
  // arrives while the landing is read; the tap builds the graph and unlocks it, then shows the next screen.
  useEffect(() => {
    // Built ahead (suspended) so the tap only unlocks it, where the engine allows, and not on a kiosk, silent with no
    // context until touched.
    const prepare = () => prepareSound(base, mode !== 'kiosk')
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(prepare, 0)
      return () => clearTimeout(id)
    }
    const id = requestIdleCallback(prepare, { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }, [base, mode])
  const begin = () => {
    // A tap before the audio code is in: sound starts once it is, and where the tap no longer counts as the gesture
    // that may start sound, the visitor is asked once more (visibly).
    void startSound(base)?.then((started) => {
      if (started && !((navigator as Partial<Navigator>).userActivation?.isActive ?? true)) askForSoundAgain()
    })
    void useContent.getState().load(base)
    void useRuntime.getState().load()
    useAppStore.getState().begin()
  }
  const askSound = useEarlyBegin(root, begin, () => useAppStore.getState().phase === 'landing')
  const [soundStarted, setSoundStarted] = useState(false)
  useSoundState(root)

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
        <Inside base={base} />
      )}
      {askSound && !soundStarted && <SoundAsk onDone={() => setSoundStarted(true)} />}
      {runtime.status === 'ready' && <runtime.value.Stage xr={runtime.value.xr} />}
      {mode === 'kiosk' && <Kiosk />}
      {mode === 'exhibition' && <Exhibition />}
    </>
  )
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
