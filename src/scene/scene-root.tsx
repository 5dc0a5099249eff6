import { useLanguage } from '../i18n/i18n'
import { useEffect, useMemo, type ReactNode } from 'react'
import { Plane, Vector3 } from 'three'
import { useStore } from 'zustand'
import { useAppStore } from '../state/app-store'
import { useStartedAudioEngine } from '../audio/audio-store'
import type { Cell, Manifest, Testimony } from '../content/schema'
import { localize } from '../content/localize'
import { playTestimony } from '../testimonies/play'
import { usePlacementStore } from '../xr/placement-store'
import { useComfort } from '../state/comfort'
import { CellModel } from './cell-model'
import { FrameSystems } from './frame-systems'
import { MarkerButtons, MarkerProjector, type MarkerElements } from './marker-buttons'
import { Markers } from './markers'
import { ScreenLook } from './screen-look'
import { RoomLights } from './room-lights'
import { StageSlot, useContextLost, useStageFailure } from './stage'
import type { XRLayerModule } from '../xr/xr-layer-load'
import { useT } from '../i18n/use-t'
import { DIRECTION_TEXT, useA11yT } from '../a11y/use-a11y-t'
import { directionFrom } from '../look/direction'

const EYE_HEIGHT = 1.6

export interface SceneRootProps {
  cell: Cell
  manifest: Manifest
  base: string
  /** The WebXR layer where the browser offers an immersive session, else null (the runtime's loader fetched it). */
  xr: XRLayerModule | null
  /** Look by turning the phone (permission already granted). */
  motion: boolean
  onModelError(message: string): void
  /** Textures of the room that could not be brought in, by file (the room shows them as plain colours). */
  onTexturesMissing?(files: string[]): void
  /** The room has been drawn for the first time. */
  onRoomDrawn?(): void
  /** 3D cannot be shown here (no WebGL): the page offers the testimonies as a list instead. */
  onUnavailable(): void
}

/** The 3D view of one cell, for every mode: on screen, in a VR headset, and placed in AR. */
export function SceneRoot({
  cell,
  manifest,
  base,
  xr,
  motion,
  onModelError,
  onTexturesMissing,
  onRoomDrawn,
  onUnavailable,
}: SceneRootProps) {
  const engine = useStartedAudioEngine()
  const lang = useLanguage()
  const playing = useStore(engine.player.store, (s) => s.testimonyId)
  // The voice waits for its data (before its first sound, or stalled): its marker says so.
  const waiting = useStore(engine.player.store, (s) => s.status === 'loading')
  const labels = Object.fromEntries(cell.testimonies.map((t) => [t.id, localize(t.title, lang).text]))
  // Heard by screen readers: where the spot is from the start view, and what the testimony speaks of.
  const a11yT = useA11yT()
  const names = Object.fromEntries(
    cell.testimonies.map((t) => {
      const direction = a11yT(DIRECTION_TEXT[directionFrom(t.position, cell.start.position, cell.start.yaw)])
      return [t.id, `${labels[t.id]}, ${direction}. ${localize(t.contentNote, lang).text}`]
    }),
  )
  const eye = Math.min(EYE_HEIGHT, cell.dimensions.height - 0.25)

  const markerElements = useMemo<MarkerElements>(() => new Map(), [])
  const xrMode = useAppStore((s) => s.xrMode)
  // Nothing plays from the safe place, even where a ray still meets a hidden marker.
  const select = (t: Testimony) => {
    if (!useComfort.getState().safePlace) playTestimony(engine, t)
  }
  const failure = useStageFailure()
  const contextLost = useContextLost()
  const t = useT()
  useEffect(() => {
    if (failure) onUnavailable()
  }, [failure, onUnavailable])

  if (failure)
    return (
      <p className="notice" role="alert">
        {t('noWebGL')} ({failure})
      </p>
    )
  return (
    <div className="scene-layer">
      {contextLost && (
        <p className="notice" role="alert" data-role="context-lost">
          {t('webglLost')}
        </p>
      )}
      <StageSlot role="scene" label={localize(cell.name, lang).text} className="scene-slot">
        <PlacedCell>
          <RoomLights height={cell.dimensions.height} light={cell.light} />
          <CutawayModel
            url={base + cell.model}
            height={cell.dimensions.height}
            onError={onModelError}
            onTexturesMissing={onTexturesMissing}
            onDrawn={onRoomDrawn}
          />
          <Markers testimonies={cell.testimonies} activeId={playing} onSelect={select} />
        </PlacedCell>
        {xrMode === 'none' && (
          <>
            <ScreenLook position={cell.start.position} yawDegrees={cell.start.yaw} eyeHeight={eye} motion={motion} />
            <MarkerProjector testimonies={cell.testimonies} elements={markerElements} />
          </>
        )}
        {xr && <xr.CellXR cell={cell} manifest={manifest} />}
        <FrameSystems />
      </StageSlot>
      {xrMode === 'none' && (
        <MarkerButtons
          testimonies={cell.testimonies}
          labels={labels}
          names={names}
          activeId={playing}
          waiting={waiting}
          elements={markerElements}
          onSelect={select}
        />
      )}
    </div>
  )
}

/** A tabletop model in AR is cut open just below its ceiling, so one looks down into the room. */
function CutawayModel({
  url,
  height,
  onError,
  onTexturesMissing,
  onDrawn,
}: {
  url: string
  height: number
  onError(message: string): void
  onTexturesMissing?(files: string[]): void
  onDrawn?(): void
}) {
  const mode = useAppStore((s) => s.xrMode)
  const placement = usePlacementStore((s) => s.placement)
  const cutaway = useMemo(() => {
    if (mode !== 'immersive-ar' || !placement || placement.scale >= 1) return null
    return new Plane(new Vector3(0, -1, 0), placement.position[1] + (height - 0.05) * placement.scale)
  }, [mode, placement, height])
  return (
    <CellModel url={url} cutaway={cutaway} onError={onError} onTexturesMissing={onTexturesMissing} onDrawn={onDrawn} />
  )
}

/** In AR the cell appears only once placed; elsewhere it stands where it was authored. */
function PlacedCell({ children }: { children: ReactNode }) {
  const mode = useAppStore((s) => s.xrMode)
  const placement = usePlacementStore((s) => s.placement)
  // In the safe place the visitor is out of the cell: it stays loaded, unseen, for the way back.
  const away = useComfort((s) => s.safePlace)
  if (mode === 'immersive-ar') {
    if (!placement) return null
    return (
      <group
        name="placed-cell"
        visible={!away}
        position={placement.position}
        rotation-y={placement.yaw}
        scale={placement.scale}
      >
        {children}
      </group>
    )
  }
  return (
    <group name="placed-cell" visible={!away}>
      {children}
    </group>
  )
}
