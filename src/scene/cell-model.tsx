import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import type { Material, Mesh, Object3D, Plane } from 'three'
import { loadModel } from '../models/gltf'
import { useSettings } from '../state/settings'
import { useBakedLight } from './baked-light-store'
import { Ktx2Textures } from './ktx2'
import { forEachMaterial, forEachTexture } from './materials'
import { bakedLightOf } from './room-light'

/** Frees a loaded model's GPU resources (a kiosk enters cells thousands of times). */
function dispose(root: Object3D) {
  forEachMaterial(root, (material, mesh) => {
    mesh.geometry.dispose()
    forEachTexture(material, (texture) => texture.dispose())
    material.dispose()
  })
}

/**
 * The reconstructed room, at real scale, as authored (metres, origin at the floor's centre).
 * A file that cannot be loaded is reported through `onError`; the markers and voices keep working without it.
 * `cutaway` clips everything above a world-space plane: a tabletop model is seen from above, through its ceiling.
 */
export function CellModel({
  url,
  cutaway = null,
  onError,
  onTexturesMissing,
  onDrawn,
}: {
  url: string
  cutaway?: Plane | null
  onError(message: string): void
  /** Textures that could not be brought in, by file: their surfaces keep a plain colour. */
  onTexturesMissing?(files: string[]): void
  /** Once, when the frame that first shows the room has been drawn. */
  onDrawn?(): void
}) {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const unlit = useSettings((s) => s.deployment.unlit)
  const [scene, setScene] = useState<Object3D | null>(null)
  const textures = useRef<Ktx2Textures | null>(null)
  // the scene whose first frame has been drawn: from then on this model has no frame callback at all
  const [drawnScene, setDrawnScene] = useState<Object3D | null>(null)
  // Told just after the room's first frame. The textures beside the model are put in place from then on (those
  // already in were put in before it), so they never delay the first sight of it.
  const roomDrawn = (shown: Object3D) => {
    setDrawnScene(shown)
    const waiting = textures.current
    if (waiting?.beside) {
      // the model it belongs to is still the one shown (a new url or a closed cell replaces or clears it)
      const live = () => textures.current === waiting
      const canvas = gl.domElement
      canvas.dataset.roomTextures = 'arriving'
      const missed = (files: string[]) => {
        if (!live()) return
        canvas.dataset.roomTextures = files.length ? 'missing' : 'in'
        invalidate()
        if (files.length) onTexturesMissing?.(files)
      }
      // a loader that cannot be fetched leaves every texture in its colour
      waiting
        .bringIn(shown, live, invalidate)
        .then(missed, (e: unknown) => missed([e instanceof Error ? e.message : String(e)]))
    }
    onDrawn?.()
  }

  useEffect(() => {
    let live = true
    let loaded: Object3D | null = null
    const waiting = new Ktx2Textures(gl)
    textures.current = waiting
    delete gl.domElement.dataset.roomTextures
    loadModel(url, waiting.plugin).then(
      (gltf) => {
        loaded = gltf.scene
        if (!live) return dispose(loaded)
        // Markers and pointer rays must not be blocked by the room's own surfaces.
        loaded.traverse((o) => {
          if ((o as Mesh).isMesh) o.raycast = () => undefined
        })
        const baked = bakedLightOf([loaded, ...loaded.children])
        // `?unlit`: the same view without the baked light, to compare with
        if (baked && unlit)
          forEachMaterial(loaded, (m) => ((m as Material & { vertexColors: boolean }).vertexColors = false))
        useBakedLight.setState({ baked: unlit ? null : baked, shown: true })
        waiting.applyArrived(loaded)
        setScene(loaded)
      },
      (e: unknown) => live && onError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      live = false
      textures.current = null
      if (loaded) dispose(loaded)
      useBakedLight.setState({ baked: null, shown: false })
      setScene(null)
    }
    // onError is a notification; a new callback identity must not reload the model.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, gl, unlit])

  useEffect(() => {
    if (!scene) return
    if (cutaway) gl.localClippingEnabled = true
    const planes = cutaway ? [cutaway] : null
    forEachMaterial(scene, (material) => {
      material.clippingPlanes = planes
      material.needsUpdate = true
    })
  }, [scene, gl, cutaway])

  if (!scene) return null
  return (
    <>
      <primitive object={scene} />
      {drawnScene !== scene && <AfterFirstFrame key={scene.uuid} then={() => roomDrawn(scene)} />}
    </>
  )
}

/**
 * Calls `then` once, just after the first frame it is part of has been drawn (frame callbacks run before the frame is
 * drawn); renders nothing. Unmounted once it has told, so it costs no frame after that.
 */
function AfterFirstFrame({ then }: { then(): void }) {
  const told = useRef(false)
  useFrame(() => {
    if (told.current) return
    told.current = true
    setTimeout(then, 0)
  })
  return null
}
