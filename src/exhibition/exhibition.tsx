import { useLanguage } from '../i18n/i18n'
import { useEffect } from 'react'
import { create } from 'zustand'
import { useAppStore } from '../state/app-store'
import { useContent } from '../state/content-store'
import { useRuntime } from '../scene/runtime-store'
import { useSettings } from '../state/settings'
import { useAudioEngine } from '../audio/audio-store'
import { isolate, localize } from '../content/localize'
import { startOver } from '../state/start-over'
import { followGuidedOrder, nextTestimony } from '../testimonies/guided-order'
import { playTestimony } from '../testimonies/play'
import { useXRSupport } from '../xr/support'
import { AbsenceWatch } from './absence'
import { chooseStartCell } from './start-cell'
import './exhibition.css'
import { useExhibitionT } from './messages'

/** Why the last one-tap start could not enter VR (shown on the page the visitor is left on). */
const useStartProblem = create<{ problem: string | null }>(() => ({ problem: null }))

/**
 * The exhibition landing's primary button: one tap begins (the gesture that unlocks audio), opens the deployment's
 * cell and enters VR. Shown once the content and the 3D runtime are there and the browser offers immersive VR.
 * @public app.tsx loads it by name (lazyPart's `name`), which knip does not follow.
 */
export function StartInVR({ onBegin }: { onBegin(): void }) {
  const et = useExhibitionT()
  const lang = useLanguage()
  const content = useContent((s) => s.loadable)
  const runtime = useRuntime((s) => s.loadable)
  const { cell: wanted, problems } = useSettings((s) => s.deployment)
  const support = useXRSupport()
  const { cell, unknown } = chooseStartCell(content.status === 'ready' ? content.value.cells : [], wanted)

  const start = () => {
    const xr = runtime.status === 'ready' ? runtime.value.xr : null
    if (!xr || !cell) return
    useStartProblem.setState({ problem: null })
    // Asked for first, inside the tap itself: browsers refuse immersive sessions outside a user gesture.
    const session = xr.requestVRSession()
    onBegin()
    useAppStore.getState().enterCell(cell.id)
    session.catch((e: unknown) =>
      useStartProblem.setState({ problem: et('vrFailed', { reason: e instanceof Error ? e.message : String(e) }) }),
    )
  }

  return (
    <>
      {unknown && cell && (
        <p className="notice exhibition-notice" role="alert" data-role="unknown-cell">
          {et('unknownCell', { cell: unknown, first: isolate(localize(cell.name, lang).text) })}
        </p>
      )}
      {problems.length > 0 && (
        <p className="notice exhibition-notice" role="alert" data-role="deployment-problems">
          {problems.join(' · ')}
        </p>
      )}
      {support.vr && cell && runtime.status === 'ready' && runtime.value.xr && (
        <button type="button" className="start-vr" data-role="start-vr" onClick={start}>
          {et('startInVR')}
        </button>
      )}
    </>
  )
}

/**
 * Runs shared exhibition headsets: when one is taken off (hidden beyond the grace time, or its session ended)
 * everything starts over for the next visitor; with `guided`, a cell's testimonies play one after another.
 */
export default function Exhibition() {
  const engine = useAudioEngine()
  const runtime = useRuntime((s) => s.loadable)
  const content = useContent((s) => s.loadable)
  const cellId = useAppStore((s) => s.cellId)
  const { hiddenSeconds, guided } = useSettings((s) => s.deployment)
  const start = useSettings((s) => s.startLanguage)
  const problem = useStartProblem((s) => s.problem)
  const ready = runtime.status === 'ready'
  // Null where the browser offers no immersive session: the page's own visibility still counts.
  const xr = ready ? runtime.value.xr : null
  const cell = content.status === 'ready' ? (content.value.cells.find((c) => c.id === cellId) ?? null) : null

  useEffect(() => {
    if (!ready) return
    const watch = new AbsenceWatch({
      graceMs: hiddenSeconds * 1000,
      onGone: () =>
        startOver({
          phase: 'landing',
          lang: start,
          endSession: () => {
            xr?.exitXR()
            xr?.cancelVRSession()
          },
        }),
    })
    const update = () =>
      watch.update({
        session: xr?.xrStore.getState().session?.visibilityState ?? null,
        page: document.visibilityState,
      })
    update()
    const unsubscribe = xr?.xrStore.subscribe((s, prev) => {
      if (s.session !== prev.session || s.visibilityState !== prev.visibilityState) update()
    })
    document.addEventListener('visibilitychange', update)
    return () => {
      unsubscribe?.()
      document.removeEventListener('visibilitychange', update)
      watch.dispose()
    }
  }, [ready, xr, engine, hiddenSeconds, start])

  // Guided: when a testimony ends, the next in the cell's order follows after a short pause.
  useEffect(() => {
    if (!guided || !engine || !cell) return
    return followGuidedOrder({ player: engine.player.store, cell, play: (t) => playTestimony(engine, t) })
  }, [guided, engine, cell])

  // Guided: the room opens with its first testimony when the visitor arrives in VR.
  useEffect(() => {
    if (!guided || !engine || !cell || !xr) return
    return xr.xrStore.subscribe((s, prev) => {
      if (!s.session || prev.session || s.mode !== 'immersive-vr') return
      if (engine.player.store.getState().testimonyId !== null) return
      const first = nextTestimony(cell, null)
      if (first) playTestimony(engine, first)
    })
  }, [guided, engine, cell, xr])

  if (!problem) return null
  return (
    <p className="notice exhibition-problem" role="alert" data-role="vr-problem">
      {problem}
    </p>
  )
}
