import { useLanguage } from '../i18n/i18n'
import { Component, useEffect, useRef, useState, type ReactNode } from 'react'
import { useAppStore } from '../state/app-store'
import { useContent } from '../state/content-store'
import { useRuntime } from '../scene/runtime-store'
import { prefetchCell } from '../scene/cell-prefetch'
import { useKeepMarkersClear } from '../scene/marker-area'
import { useStartedAudioEngine } from '../audio/audio-store'
import { useCaptionDriver } from '../captions/use-caption-driver'
import type { Cell, Manifest } from '../content/schema'
import { localize } from '../content/localize'
import { useT } from '../i18n/use-t'
import { requestMotionPermission } from '../look/motion-permission'
import { useXRSupport } from '../xr/support'
import { ActionPanel } from '../actions/action-panel'
import { supportsQuickLook } from '../quick-look/quick-look'
import { lazyPart } from '../parts/lazy-part'
import { Captions } from './captions'
import { NowPlaying } from './now-playing'
import { TestimonyList } from './testimony-list'
import { FallbackNotice } from './fallback-notice'
import { LanguageSelect } from './language-select'
import { Announcer } from '../a11y/announcer'
import { useFocusOnOpen } from '../a11y/focus'
import { ComfortButton } from '../comfort/comfort-button'
import { SafePlace, SafePlaceButton } from '../comfort/safe-place'
import { useComfort } from '../state/comfort'
import { useSettings } from '../state/settings'
import { useLinks } from '../links/link-store'
import { playTestimony } from '../testimonies/play'
import { ShareButton } from '../share/share-button'
import { onFirstLook } from '../look/first-look'
import { CellMenu } from './cell-menu'
import { HowWeKnowButton } from '../provenance/how-we-know-button'
import { usePhoneLayout } from './use-phone-layout'
import { AskButton } from '../ask/ask-button'

// Only in a phone's AR session, over the camera.
const ARControls = lazyPart(() => import('../xr/ar-controls'), { name: 'ARControls' })
// Only where Safari opens AR Quick Look (iPhone, iPad, Vision Pro), and with the tap's sheet: loaded there alone.
const ViewInRoom = lazyPart(() => import('../quick-look/view-in-room'), { name: 'ViewInRoom' })

/** Inside a cell: the 3D view, and over it the captions, controls, speaker card and ways out. */
export function CellView({ base }: { base: string }) {
  const cellId = useAppStore((s) => s.cellId)
  const content = useContent((s) => s.loadable)
  if (content.status !== 'ready') return null
  const cell = content.value.cells.find((c) => c.id === cellId)
  if (!cell) return null
  return <CellViewInner key={cell.id} base={base} cell={cell} manifest={content.value.manifest} />
}

function CellViewInner({ base, cell, manifest }: { base: string; cell: Cell; manifest: Manifest }) {
  const engine = useStartedAudioEngine()
  const t = useT()
  const lang = useLanguage()
  const leaveCell = useAppStore((s) => s.leaveCell)
  const xrMode = useAppStore((s) => s.xrMode)
  const xrReady = useAppStore((s) => s.xrReady)
  const runtime = useRuntime((s) => s.loadable)
  const [quickLook] = useState(supportsQuickLook)
  const support = useXRSupport()
  const [modelError, setModelError] = useState<string | null>(null)
  const [texturesMissing, setTexturesMissing] = useState<string[]>([])
  const [motion, setMotion] = useState<'off' | 'on' | 'denied'>('off')
  const [xrError, setXRError] = useState<string | null>(null)
  // 3D can fail three ways: the runtime does not load, WebGL is missing, or rendering throws.
  const [sceneFailed, setSceneFailed] = useState(false)
  const no3d = sceneFailed || runtime.status === 'error'
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusOnOpen(heading)
  const phone = usePhoneLayout()
  // The hint has done its work once the visitor has looked around or tapped.
  const view = useRef<HTMLElement>(null)
  const sceneHost = useRef<HTMLDivElement>(null)
  const header = useRef<HTMLElement>(null)
  const footer = useRef<HTMLElement>(null)
  useKeepMarkersClear(sceneHost, header, footer)
  const [looked, setLooked] = useState(false)
  useEffect(() => {
    const el = view.current
    if (!el || looked) return
    return onFirstLook(el, window, () => setLooked(true))
  }, [looked])

  useCaptionDriver(cell, lang, base)

  // A cell reached without the cards (a kiosk, a headset) asks for what its first frame needs here.
  useEffect(() => prefetchCell(base + cell.model), [cell, base])

  // The room tone waits until the room is on screen (or cannot be), and then for any voice waiting for its data.
  const [roomShown, setRoomShown] = useState(false)
  const soundDue = roomShown || no3d || modelError !== null
  useEffect(() => {
    if (!soundDue) return
    void engine.ambient.start(cell.ambient, base)
    // A link to a testimony plays it now, from its moment: the Begin tap was the one tap it needed.
    const arrival = useLinks.getState().takeArrival(cell.id)
    const linked = arrival && cell.testimonies.find((x) => x.id === arrival.testimony)
    if (linked) playTestimony(engine, linked, arrival.at ?? undefined)
  }, [soundDue, engine, cell, base])

  // The recordings are opened ahead from the moment the cell is entered, the one most likely tapped first before the
  // room's textures and its room tone: the one a link names, else the first (TestimonyPlayer.prepare).
  useEffect(() => {
    const { arrival } = useLinks.getState()
    const likely = cell.testimonies.find((t) => arrival?.cell === cell.id && t.id === arrival.testimony)
    const order = likely ? [likely, ...cell.testimonies.filter((t) => t !== likely)] : cell.testimonies
    engine.player.prepare(order.map((t) => t.audio))
  }, [engine, cell])

  useEffect(
    () => () => {
      engine.player.release()
      engine.ambient.stop()
    },
    [engine, cell],
  )

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An open panel takes Escape first (it closes and marks the key as used).
      if (e.key === 'Escape' && !e.defaultPrevented && engine.player.store.getState().testimonyId) {
        engine.player.stop()
        e.preventDefault()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [engine])

  // Leaving the cell ends an immersive session; the page comes back where the visitor was.
  const leave = () => {
    if (runtime.status === 'ready') runtime.value.xr?.exitXR()
    leaveCell()
  }

  const enter = (mode: 'immersive-vr' | 'immersive-ar') => {
    const xr = runtime.status === 'ready' ? runtime.value.xr : null
    if (!xr) return
    setXRError(null)
    xr.enterXR(mode).catch((e: unknown) => setXRError(e instanceof Error ? e.message : String(e)))
  }

  const toggleMotion = async () => {
    if (motion === 'on') return setMotion('off')
    setMotion((await requestMotionPermission()) ? 'on' : 'denied')
  }
  const coarse = typeof window !== 'undefined' && matchMedia('(pointer: coarse)').matches
  // A kiosk's touchscreen or a shared headset is never turned by hand: only a visitor's own phone is offered it.
  const ownDevice = useSettings((s) => s.deployment.mode === 'visitor')
  const touch = coarse && ownDevice && 'DeviceOrientationEvent' in window
  const safe = useComfort((s) => s.safePlace)

  const name = localize(cell.name, lang)
  const xr = runtime.status === 'ready' && xrReady ? runtime.value.xr : null
  // The other ways of seeing the cell, and the controls a visitor sets once: folded into the menu on a phone.
  const modes = (
    <>
      {support.vr && xrMode === 'none' && xr && (
        <button type="button" data-role="enter-vr" onClick={() => enter('immersive-vr')}>
          {t('enterVR')}
        </button>
      )}
      {support.ar && xrMode === 'none' && xr && (
        <button type="button" data-role="enter-ar" onClick={() => enter('immersive-ar')}>
          {t('enterAR')}
        </button>
      )}
      {cell.quickLook && quickLook && <ViewInRoom cell={cell} base={base} />}
    </>
  )
  const exit = xrMode !== 'none' && runtime.status === 'ready' && (
    <button type="button" data-role="exit-xr" onClick={() => runtime.value.xr?.exitXR()}>
      {t('exitXR')}
    </button>
  )
  const secondary = (
    <>
      {touch && xrMode === 'none' && (
        <button
          type="button"
          data-role="motion-look"
          aria-pressed={motion === 'on'}
          onClick={() => void toggleMotion()}
        >
          {motion === 'on' ? t('motionLookOff') : t('motionLook')}
        </button>
      )}
      <SafePlaceButton />
      <ComfortButton />
      <HowWeKnowButton cell={cell} base={base} />
      <ShareButton
        title={name.text}
        text={t('shareCell', { cell: name.text })}
        place={() => ({ kind: 'cell', cell: cell.id })}
      />
      <LanguageSelect className="top-lang" />
    </>
  )
  return (
    <>
      {safe && <SafePlace />}
      {/* The whole view is the page's main landmark: the 3D view, its header and its footer are all inside it. */}
      <main
        ref={view}
        className="cell-view"
        inert={safe}
        data-room={roomShown ? 'shown' : 'loading'}
        data-layout={phone ? 'phone' : 'wide'}
      >
        <div className="scene-host" ref={sceneHost}>
          <SceneBoundary fallback={<p className="notice">{t('noWebGL')}</p>} onError={() => setSceneFailed(true)}>
            {runtime.status === 'ready' ? (
              <runtime.value.SceneRoot
                cell={cell}
                manifest={manifest}
                base={base}
                xr={runtime.value.xr}
                motion={motion === 'on'}
                onModelError={(message) => setModelError(`${cell.model}: ${message}`)}
                onTexturesMissing={setTexturesMissing}
                onRoomDrawn={() => setRoomShown(true)}
                onUnavailable={() => setSceneFailed(true)}
              />
            ) : runtime.status === 'error' ? (
              <p className="notice" role="alert">
                {t('noWebGL')} ({runtime.error})
              </p>
            ) : (
              <p className="notice">{t('loading3d')}</p>
            )}
          </SceneBoundary>
        </div>

        <header className="hud-top" ref={header} data-no-xr-select>
          <button type="button" className="back" data-role="back" onClick={leave}>
            <span aria-hidden="true">←</span>{' '}
            <span className={phone ? 'visually-hidden' : undefined}>{t('backToCells')}</span>
          </button>
          <h1 className="cell-title" lang={name.lang} ref={heading} tabIndex={-1}>
            <bdi>{name.text}</bdi> {cell.demo && <span className="demo-badge">{t('demo')}</span>}
          </h1>
          {phone ? (
            <>
              {exit}
              <CellMenu>
                {modes}
                {secondary}
              </CellMenu>
              <ActionPanel manifest={manifest} />
            </>
          ) : (
            <div className="hud-modes">
              {modes}
              {exit}
              {secondary}
              <ActionPanel manifest={manifest} />
            </div>
          )}
          {xrMode === 'none' && !looked && (
            <p className="look-hint" data-role="look-hint">
              {no3d ? t('lookHintNo3D') : coarse ? t('lookHintTouch') : t('lookHint')}
            </p>
          )}
        </header>

        <FallbackNotice
          texts={[
            cell.name,
            ...cell.testimonies.flatMap((x) => [x.title, x.speaker.label, x.speaker.bio, x.contentNote, x.transcript]),
          ]}
        />
        {motion === 'denied' && <p className="notice">{t('motionDenied')}</p>}
        {modelError && (
          <p className="notice" role="alert" data-role="model-error">
            {t('modelProblem')} <code>{modelError}</code>
          </p>
        )}
        {texturesMissing.length > 0 && (
          <p className="notice" role="status" data-role="textures-missing">
            {t('texturesMissing')} <code>{texturesMissing.join(', ')}</code>
          </p>
        )}
        {xrError && (
          <p className="notice" role="alert">
            {xrError}
          </p>
        )}

        {/* On a phone Take action is a sheet over the footer; on a wider screen it ends above it. */}
        <footer className="hud-bottom" ref={footer} data-no-xr-select data-keep-clear={phone ? undefined : true}>
          {xrMode === 'immersive-ar' && <ARControls />}
          <Captions />
          <NowPlaying cell={cell} base={base} folded={phone} />
          <TestimonyList cell={cell} />
          <AskButton cell={cell} base={base} />
        </footer>
        <Announcer cell={cell} />
      </main>
    </>
  )
}

/** Without WebGL the page still offers every testimony as a list with captions. */
class SceneBoundary extends Component<
  { fallback: ReactNode; children: ReactNode; onError(): void },
  { failed: boolean }
> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch() {
    this.props.onError()
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
