import { cloneXRHandGltf, createUpdateXRControllerVisuals, createUpdateXRHandVisuals } from '@pmndrs/xr/internals'
import { useFrame, useThree } from '@react-three/fiber'
import { useXRInputSourceStateContext, useXRSpace, XRSpace } from '@react-three/xr'
import { useEffect, useMemo, useState } from 'react'
import {
  Mesh,
  MeshStandardMaterial,
  Object3D,
  SphereGeometry,
  type Material,
  type SkinnedMesh,
  type Texture,
  type WebGLRenderer,
} from 'three'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { loadModel } from '../models/gltf'
import { controllerModel, handModel, parseBodyModelIndex, type BodyModel, type BodyModelIndex } from './body-models'
import { xrProfilesBase } from './xr-profiles'

/*
 * The controllers and hands a visitor sees in a headset. This module is loaded only once a session shows its first
 * controller or hand; the models come from this site (scripts/content/xr-profiles.mjs), never from the registry's CDN.
 */

// Read once per page: it changes only with a new deployment. A failed read is tried again by the next body.
let indexRequest: Promise<BodyModelIndex> | null = null
function modelIndex(): Promise<BodyModelIndex> {
  if (!indexRequest) {
    const request = fetch(new URL('models.json', xrProfilesBase()))
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`models.json: HTTP ${r.status}`))))
      .then(parseBodyModelIndex)
    request.catch(() => {
      if (indexRequest === request) indexRequest = null
    })
    indexRequest = request
  }
  return indexRequest
}

function dispose(gltf: GLTF) {
  gltf.scene.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh) return
    mesh.geometry.dispose()
    for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) {
      for (const value of Object.values(material as Material & Record<string, unknown>))
        if ((value as Texture | null)?.isTexture) (value as Texture).dispose()
      material.dispose()
    }
  })
}

/**
 * Loaded models, shared by the bodies showing them and disposed when the last one goes (a visitor who puts the
 * controllers down for hand tracking frees them; the browser's cache makes picking them up again quick).
 */
const library = new Map<string, { gltf: Promise<GLTF>; users: number }>()

function acquire(url: string): Promise<GLTF> {
  let entry = library.get(url)
  if (!entry) {
    // the textures are WebP, which the browser decodes itself
    const gltf = loadModel(url)
    entry = { gltf, users: 0 }
    library.set(url, entry)
  }
  entry.users++
  return entry.gltf
}

function release(url: string) {
  const entry = library.get(url)
  if (!entry || --entry.users > 0) return
  library.delete(url)
  entry.gltf.then(dispose, () => undefined)
}

/** A controller whose model cannot be had (offline, a damaged file) is still shown: a plain grip. */
function builtInController(): Object3D {
  // an elongated sphere along the controller's pointing axis: the shapes the markers already use, nothing new to ship
  const grip = new Mesh(new SphereGeometry(0.02, 16, 12), new MeshStandardMaterial({ color: '#4a4a50' }))
  grip.scale.set(1, 1, 3)
  grip.name = 'built-in-controller'
  const model = new Object3D()
  model.add(grip)
  return model
}

// What each body shows once drawn, published on the canvas as data-xr-bodies ("controller-right:<profile>" …).
const shown = new Map<string, string>()
function publish(renderer: WebGLRenderer) {
  const value = [...shown].map(([key, profile]) => `${key}:${profile}`).join(' ')
  if (value) renderer.domElement.dataset.xrBodies = value
  else delete renderer.domElement.dataset.xrBodies
}

/**
 * Publishes what the body shows once the renderer has drawn it, and withdraws it when it goes. Pointer rays pass
 * through bodies: a hand in front of a marker must not block the other hand's ray.
 */
function usePublished(model: Object3D | null, key: string, profile: string) {
  const gl = useThree((s) => s.gl)
  useEffect(() => {
    if (!model) return
    let first: Mesh | undefined
    model.traverse((o) => {
      if (!(o as Mesh).isMesh) return
      o.raycast = () => undefined
      first ??= o as Mesh
    })
    if (!first) return
    const mesh = first
    mesh.onAfterRender = () => {
      mesh.onAfterRender = Object3D.prototype.onAfterRender
      shown.set(key, profile)
      publish(gl)
    }
    return () => {
      mesh.onAfterRender = Object3D.prototype.onAfterRender
      shown.delete(key)
      publish(gl)
    }
  }, [model, key, profile, gl])
}

type Loaded = { model: Object3D; profile: string }

/**
 * The model `choose` picks from the index, cloned for this body (`clone`); `fallback` where it cannot be loaded.
 * Resolves to null until then.
 */
function useBodyModel(
  choose: (index: BodyModelIndex) => BodyModel | null,
  clone: (gltf: GLTF) => Object3D,
  fallback: (() => Object3D) | null,
  deps: readonly unknown[],
): Loaded | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    let live = true
    let url: string | null = null
    let built: Object3D | null = null
    let cloned: Object3D | null = null
    const showFallback = () => {
      if (!live || !fallback) return
      built = fallback()
      setLoaded({ model: built, profile: 'built-in' })
    }
    modelIndex().then((index) => {
      const chosen = live ? choose(index) : null
      if (!chosen) return
      const chosenUrl = new URL(chosen.path, xrProfilesBase()).href
      url = chosenUrl
      acquire(chosenUrl).then((gltf) => {
        if (!live) return
        cloned = clone(gltf)
        setLoaded({ model: cloned, profile: chosen.profile })
      }, showFallback)
    }, showFallback)
    return () => {
      live = false
      if (url) release(url)
      if (built) dispose({ scene: built } as GLTF)
      // a clone shares the loaded geometry and textures, but a skinned hand has a bone texture of its own
      cloned?.traverse((o) => (o as SkinnedMesh).skeleton?.dispose())
      setLoaded(null)
    }
    // `choose`, `clone` and `fallback` are fixed per kind of body; `deps` says what picks the model.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return loaded
}

const cloneController = (gltf: GLTF) => gltf.scene.clone(true)

/** A controller's model in its grip, its buttons and stick moving as the visitor presses them. */
export function ControllerBody() {
  const state = useXRInputSourceStateContext('controller')
  const { profiles, handedness } = state.inputSource
  const loaded = useBodyModel(
    (index) => controllerModel(index, profiles, handedness),
    cloneController,
    builtInController,
    [profiles.join(' '), handedness],
  )
  const model = loaded?.model ?? null
  const update = useMemo(
    () => (model ? createUpdateXRControllerVisuals(model, state.layout, state.gamepad) : null),
    [model, state.layout, state.gamepad],
  )
  useFrame(() => update?.())
  usePublished(model, `controller-${handedness}`, loaded?.profile ?? '')
  return model ? (
    <XRSpace space="grip-space">
      <primitive object={model} />
    </XRSpace>
  ) : null
}

/** A tracked hand: the generic hand model, each joint where the headset sees the visitor's own. */
export function HandBody() {
  const state = useXRInputSourceStateContext('hand')
  const { hand, handedness } = state.inputSource
  const referenceSpace = useXRSpace()
  const loaded = useBodyModel((index) => handModel(index, handedness), cloneXRHandGltf, null, [handedness])
  const model = loaded?.model ?? null
  const update = useMemo(
    () => (model ? createUpdateXRHandVisuals(hand, model, referenceSpace) : null),
    [hand, model, referenceSpace],
  )
  useFrame((_state, _delta, frame: XRFrame | undefined) => update?.(frame))
  usePublished(model, `hand-${handedness}`, loaded?.profile ?? '')
  return model ? <primitive object={model} /> : null
}
