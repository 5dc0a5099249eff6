import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import { Vector3, type Group } from 'three'
import { useStore } from 'zustand'
import { useAppStore } from '../app/app-store'
import type { AudioEngine } from '../audio/audio-engine'
import { useCaptionStore } from '../captions/caption-store'
import type { Cell, Manifest } from '../content/schema'
import { localize, translate } from '../i18n/language'
import { CanvasPanel } from '../scene/canvas-panel'
import { xrStore } from './xr-store'

const BUTTON: [number, number] = [0.25, 0.085]

/**
 * In a headset the page is invisible, so captions, the speaker, playback controls and the calls to action
 * are panels that drift gently to stay below the line of sight (never locked to the head).
 */
export function VRHud({ engine, cell, manifest }: { engine: AudioEngine; cell: Cell; manifest: Manifest }) {
  const lang = useAppStore((s) => s.lang)
  const actionsOpen = useAppStore((s) => s.actionsOpen)
  const setActionsOpen = useAppStore((s) => s.setActionsOpen)
  const playback = useStore(engine.player.store)
  const caption = useCaptionStore((s) => s.text)
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key)

  const group = useRef<Group>(null)
  const v = useMemo(() => ({ head: new Vector3(), dir: new Vector3(), target: new Vector3(), first: true }), [])
  useFrame(({ gl }, delta) => {
    const g = group.current
    if (!g) return
    const cam = gl.xr.getCamera()
    cam.getWorldPosition(v.head)
    cam.getWorldDirection(v.dir)
    v.dir.y = 0
    if (v.dir.lengthSq() < 1e-6) v.dir.set(0, 0, -1)
    v.dir.normalize()
    // Low and close, like a lectern: pointer rays aimed at the room's markers pass above it.
    v.target.copy(v.head).addScaledVector(v.dir, 0.95)
    v.target.y = v.head.y - 0.7
    if (v.first) {
      g.position.copy(v.target)
      v.first = false
    } else if (g.position.distanceTo(v.target) > 0.35) {
      // Follow only once the visitor has turned away, slowly: movement they did not make is uncomfortable.
      g.position.lerp(v.target, 1 - Math.exp(-delta * 1.5))
    }
    g.lookAt(v.head.x, g.position.y + 0.4, v.head.z)
  })

  const testimony = cell.testimonies.find((x) => x.id === playback.testimonyId)
  const speaking = playback.status === 'playing' || playback.status === 'loading'
  const header = testimony
    ? `${localize(testimony.speaker.label, lang).text}${testimony.speaker.demo ? ` · ${t('demo')}` : ''}`
    : localize(cell.name, lang).text
  const body = playback.error
    ? playback.error
    : testimony
      ? caption || '…'
      : t('lookHint').split('.')[1]?.trim() || t('lookHint')

  const petition = manifest.actions.petition
  const volunteer = manifest.actions.volunteer
  const exit = () => void xrStore.getState().session?.end()

  return (
    <group ref={group} name="vr-hud">
      <CanvasPanel
        name="vr-captions"
        width={1.1}
        height={0.3}
        position={[0, 0.2, 0]}
        blocks={[
          { text: header, size: 0.036, weight: 'bold', color: '#ffd27a' },
          { text: body, size: 0.046 },
        ]}
      />
      <group position={[0, 0, 0]}>
        {testimony && (
          <CanvasPanel
            name={speaking ? 'vr-button-pause' : 'vr-button-resume'}
            width={BUTTON[0]}
            height={BUTTON[1]}
            position={[-0.42, 0, 0]}
            blocks={[{ text: speaking ? t('pause') : t('resume'), size: 0.04, weight: 'bold' }]}
            onClick={() => (speaking ? engine.player.pause() : engine.player.resume())}
          />
        )}
        {testimony && (
          <CanvasPanel
            name="vr-button-stop"
            width={BUTTON[0]}
            height={BUTTON[1]}
            position={[-0.14, 0, 0]}
            blocks={[{ text: t('stop'), size: 0.04, weight: 'bold' }]}
            onClick={() => engine.player.stop()}
          />
        )}
        <CanvasPanel
          name="vr-button-actions"
          width={BUTTON[0]}
          height={BUTTON[1]}
          position={[0.14, 0, 0]}
          background="rgba(140,28,28,0.92)"
          blocks={[{ text: t('takeAction'), size: 0.04, weight: 'bold' }]}
          onClick={() => setActionsOpen(!actionsOpen)}
        />
        <CanvasPanel
          name="vr-button-exit"
          width={BUTTON[0]}
          height={BUTTON[1]}
          position={[0.42, 0, 0]}
          blocks={[{ text: t('exitXR'), size: 0.04, weight: 'bold' }]}
          onClick={exit}
        />
      </group>
      {actionsOpen && (
        <CanvasPanel
          name="vr-actions"
          width={1.1}
          height={0.52}
          position={[0, 0.58, -0.02]}
          border="#c43c3c"
          blocks={[
            { text: localize(petition.title, lang).text, size: 0.042, weight: 'bold', color: '#ffd27a' },
            { text: localize(petition.description, lang).text, size: 0.03 },
            { text: petition.url, size: 0.032, color: '#9fd8ff' },
            { text: localize(volunteer.title, lang).text, size: 0.042, weight: 'bold', color: '#ffd27a' },
            { text: localize(volunteer.description, lang).text, size: 0.03 },
            { text: volunteer.url, size: 0.032, color: '#9fd8ff' },
            { text: t('scanWithPhone'), size: 0.026, color: '#bbbbbb' },
          ]}
          onClick={() => setActionsOpen(false)}
        />
      )}
    </group>
  )
}
