import { useLanguage } from '../i18n/i18n'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Vector3, type Group } from 'three'
import { useStore } from 'zustand'
import { useAppStore } from '../state/app-store'
import { useSettings } from '../state/settings'
import { useStartedAudioEngine } from '../audio/audio-store'
import { isSpeaking } from '../audio/testimony-player'
import { useCaptionStore } from '../captions/caption-store'
import type { Cell, Manifest } from '../content/schema'
import { localize } from '../content/localize'
import { useT } from '../i18n/use-t'
import { CanvasPanel } from '../xr/canvas-panel'
import { HudButton } from '../xr/hud-button'
import { VRHowWeKnow } from '../provenance/vr-how-we-know'
import { VRAsk } from '../ask/vr-ask'
import { VRActions } from '../actions/vr-actions'
import { VRParts } from '../chapters/vr-parts'
import { VRLanguages } from './vr-languages'
import { VRComfortRow, VRSafePlace } from '../comfort/vr-comfort'
import { CAPTION_SCALE, useComfort } from '../state/comfort'
import {
  captionPanelHeight,
  SPEAKER_CAPTION_DROP,
  HUD_BUTTONS,
  HUD_CAPTIONS,
  HUD_DISTANCE,
  HUD_DROP,
  HUD_FACE_RISE,
  HUD_FOLLOW_DISTANCE,
  HUD_GLIDE_STEP_S,
} from '../xr/vr-layout'
import { xrStore } from '../xr/xr-store'
import { useReducedMotion } from '../a11y/reduced-motion'
import { useAimed } from '../state/aimed'
import { playbackProblemText } from '../audio/problem-text'
import { useComfortT } from '../comfort/use-comfort-t'
import { placeAddress } from '../share/place-address'
import { useShareT } from '../share/messages'
import { useXRT } from '../xr/messages'

/**
 * In a headset the page is invisible, so captions, the speaker, playback controls and the calls to action
 * are panels that drift gently to stay below the line of sight (never locked to the head).
 */
export function VRHud({ cell, manifest }: { cell: Cell; manifest: Manifest }) {
  const engine = useStartedAudioEngine()
  const lang = useLanguage()
  const actionsOpen = useAppStore((s) => s.actionsOpen)
  const setActionsOpen = useAppStore((s) => s.setActionsOpen)
  const playback = useStore(engine.player.store)
  const caption = useCaptionStore((s) => s.text)
  const guided = useSettings((s) => s.deployment.mode === 'exhibition' && s.deployment.guided)
  const t = useT()
  const xt = useXRT()
  const st = useShareT()
  const safePlace = useComfort((s) => s.safePlace)
  const captionSize = useComfort((s) => s.captionSize)
  const backdrop = useComfort((s) => s.captionBackdrop)
  const captionPlace = useComfort((s) => s.captionPlace)
  const seated = useComfort((s) => s.seated)
  const recentre = useComfort((s) => s.recentre)

  const testimony = cell.testimonies.find((x) => x.id === playback.testimonyId)
  // With nothing playing, the marker the ray is over: its title and content note, read before choosing it.
  const aimedId = useAimed((s) => s.id)
  const aimed = testimony ? undefined : cell.testimonies.find((x) => x.id === aimedId)
  const ct = useComfortT()
  const domElement = useThree((s) => s.gl.domElement)
  const still = useReducedMotion()
  const group = useRef<Group>(null)
  const captions = useRef<Group>(null)
  const v = useMemo(
    () => ({
      head: new Vector3(),
      dir: new Vector3(),
      target: new Vector3(),
      at: new Vector3(),
      first: true,
      shown: [NaN, NaN, NaN, NaN],
    }),
    [],
  )
  // The visitor moved their own view (seated, recentred): the panels come straight to the new place, no drift.
  useEffect(() => {
    v.first = true
  }, [seated, recentre, safePlace, v])
  // Captions stand below the speaker's spot when the visitor chose so and someone speaks; else with the HUD.
  const atSpeaker = captionPlace === 'speaker' && testimony != null && !safePlace
  const scale = CAPTION_SCALE[captionSize]
  const captionHeight = captionPanelHeight(scale)
  useFrame(({ gl }, delta) => {
    const g = group.current
    if (!g) return
    const cam = gl.xr.getCamera()
    cam.getWorldPosition(v.head)
    cam.getWorldDirection(v.dir)
    v.dir.y = 0
    if (v.dir.lengthSq() < 1e-6) v.dir.set(0, 0, -1)
    v.dir.normalize()
    v.target.copy(v.head).addScaledVector(v.dir, HUD_DISTANCE)
    v.target.y = v.head.y - HUD_DROP
    if (v.first) {
      g.position.copy(v.target)
      v.first = false
    } else if (still && g.position.distanceTo(v.target) > HUD_FOLLOW_DISTANCE) {
      // Reduced motion: no glide; the panels reappear in front of the visitor in one step.
      g.position.copy(v.target)
    } else if (g.position.distanceTo(v.target) > HUD_FOLLOW_DISTANCE) {
      // Follow only once the visitor has turned away, slowly: movement they did not make is uncomfortable.
      // A frame held up (a hitch, a busy headset) moves them no further than a 30 fps frame would: never a jump.
      g.position.lerp(v.target, 1 - Math.exp(-Math.min(delta, HUD_GLIDE_STEP_S) * 1.5))
    }
    g.lookAt(v.head.x, g.position.y + HUD_FACE_RISE, v.head.z)

    const c = captions.current
    if (!c) return
    if (atSpeaker && testimony) {
      // In VR the cell stands where it was authored: its spots are world positions.
      const [x, y, z] = testimony.position
      c.position.set(x, y - SPEAKER_CAPTION_DROP, z)
      c.lookAt(v.head.x, c.position.y, v.head.z)
    } else {
      // With the HUD: its bottom edge stays put as the text grows.
      c.position.set(0, HUD_CAPTIONS.y - HUD_CAPTIONS.height / 2 + captionHeight / 2, 0)
      c.position.applyMatrix4(g.matrixWorld)
      c.quaternion.copy(g.quaternion)
    }
    // Where the captions are and how tall, on the canvas (centimetres) for tests; written on change only.
    c.getWorldPosition(v.at)
    const s = v.shown
    const x = Math.round(v.at.x * 100)
    const y = Math.round(v.at.y * 100)
    const z = Math.round(v.at.z * 100)
    const h = Math.round(captionHeight * 100)
    if (x !== s[0] || y !== s[1] || z !== s[2] || h !== s[3]) {
      s[0] = x
      s[1] = y
      s[2] = z
      s[3] = h
      gl.domElement.dataset.vrCaptions = `${x},${y},${z},${h}`
    }
  })
  const speaking = isSpeaking(playback.status)
  const header = testimony
    ? `${localize(testimony.speaker.label, lang).text}${testimony.speaker.demo ? ` · ${t('demo')}` : ''}`
    : aimed
      ? localize(aimed.title, lang).text
      : localize(cell.name, lang).text
  // A voice waiting for its data says so where the visitor looks, before the give-up's error.
  const shownHeader = testimony && playback.status === 'loading' ? `${header} · ${t('waitingVoice')}` : header
  const hint = guided ? `${xt('vrHint')}\n${xt('guidedOrder')}` : xt('vrHint')
  const body = playback.error
    ? playbackProblemText(t, playback.error)
    : testimony
      ? caption || '…'
      : aimed
        ? `${ct('noteBeforePlay')}: ${localize(aimed.contentNote, lang).text}`
        : hint
  // What the captions panel says, on the canvas for tests (the panel itself is a texture).
  const shownText = `${shownHeader}\n${body}`
  useEffect(() => {
    domElement.dataset.vrText = shownText
  }, [domElement, shownText])
  useEffect(() => () => void delete domElement.dataset.vrText, [domElement])

  const exit = () => void xrStore.getState().session?.end()

  if (safePlace)
    return (
      <group ref={group} name="vr-hud">
        <VRSafePlace />
      </group>
    )

  return (
    <>
      <group ref={captions} name="vr-captions-anchor">
        <CanvasPanel
          name="vr-captions"
          width={HUD_CAPTIONS.width}
          height={captionHeight}
          background={`rgba(12,12,14,${backdrop})`}
          blocks={[
            { text: shownHeader, size: 0.036 * scale, weight: 'bold', color: '#ffd27a' },
            { text: body, size: 0.046 * scale },
          ]}
        />
      </group>
      <group ref={group} name="vr-hud">
        <group position={[0, 0, 0]}>
          {testimony && (
            <HudButton
              name={speaking ? 'vr-button-pause' : 'vr-button-resume'}
              x={HUD_BUTTONS.pause}
              label={speaking ? t('pause') : t('resume')}
              onClick={() => (speaking ? engine.player.pause() : engine.player.resume())}
            />
          )}
          {testimony && (
            <HudButton
              name="vr-button-stop"
              x={HUD_BUTTONS.stop}
              label={t('stop')}
              onClick={() => engine.player.stop()}
            />
          )}
          <HudButton
            name="vr-button-actions"
            x={HUD_BUTTONS.actions}
            background="rgba(140,28,28,0.92)"
            label={t('takeAction')}
            onClick={() => setActionsOpen(!actionsOpen)}
          />
          <HudButton name="vr-button-exit" x={HUD_BUTTONS.exit} label={t('exitXR')} onClick={exit} />
        </group>
        {testimony?.chapters && <VRParts testimony={testimony} />}
        <VRLanguages />
        <VRComfortRow />
        <VRHowWeKnow cell={cell} />
        <VRAsk cell={cell} />
        {actionsOpen && (
          <VRActions
            manifest={manifest}
            share={{
              url: placeAddress({ kind: 'cell', cell: cell.id }, lang, manifest.publicUrl),
              hint: st('shareQr'),
            }}
          />
        )}
      </group>
    </>
  )
}
