import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Quaternion, Vector3 } from 'three'
import { useStartedAudioEngine } from '../audio/audio-store'
import { captionsDue, followCaptionsAgain, useCaptionStore } from '../captions/caption-store'
import { viewVersion } from './screen-look'

/**
 * Per-frame work outside React, in order: the ears follow the camera or headset, then captions follow the voice.
 * Runs in the XR frame loop too, where the page's own requestAnimationFrame may be paused.
 */
export function FrameSystems() {
  const engine = useStartedAudioEngine()
  const v = useMemo(
    () => ({
      pos: new Vector3(),
      q: new Quaternion(),
      fwd: new Vector3(),
      up: new Vector3(),
      last: new Float64Array(7),
      seen: new Int32Array([-1]),
      /** The testimony the captions were last followed for. */
      captionsOf: null as string | null,
    }),
    [],
  )
  useFrame(({ camera, gl, clock }) => {
    const presenting = gl.xr.isPresenting
    // On screen the camera moves only with the view (screen-look.tsx): a still view is not read at all.
    const still = !presenting && v.seen[0] === viewVersion()
    v.seen[0] = presenting ? -1 : viewVersion()
    const eye = presenting ? gl.xr.getCamera() : camera
    if (!still) {
      eye.getWorldPosition(v.pos)
      eye.getWorldQuaternion(v.q)
    }
    // The ears move only when the head does: an idle view sets no audio parameters (each write queues an event).
    if (!still && !samePose(v.last, v.pos, v.q)) {
      v.fwd.set(0, 0, -1).applyQuaternion(v.q)
      v.up.set(0, 1, 0).applyQuaternion(v.q)
      engine.setListener(v.pos, v.fwd, v.up)
    }

    // Captions follow the voice: its time is read only when a cue may change (caption-store.ts, captionsDue).
    const speaking = engine.player.store.getState().testimonyId
    if (speaking !== v.captionsOf) {
      v.captionsOf = speaking
      followCaptionsAgain()
    }
    if (speaking && captionsDue(clock.oldTime))
      useCaptionStore.getState().follow(engine.player.currentTime, clock.oldTime, engine.player.element.playbackRate)
  })
  // A voice that jumps (a new start, a seek, a rate change) is read again at once.
  useEffect(() => {
    const el = engine.player.element
    const jumps = ['seeked', 'playing', 'ratechange', 'emptied', 'loadedmetadata'] as const
    for (const type of jumps) el.addEventListener(type, followCaptionsAgain)
    return () => {
      for (const type of jumps) el.removeEventListener(type, followCaptionsAgain)
    }
  }, [engine])
  return null
}

/** Whether position and orientation equal the pose noted in `last`; notes them if not. */
function samePose(last: Float64Array, p: Vector3, q: Quaternion): boolean {
  if (
    last[0] === p.x &&
    last[1] === p.y &&
    last[2] === p.z &&
    last[3] === q.x &&
    last[4] === q.y &&
    last[5] === q.z &&
    last[6] === q.w
  )
    return true
  last[0] = p.x
  last[1] = p.y
  last[2] = p.z
  last[3] = q.x
  last[4] = q.y
  last[5] = q.z
  last[6] = q.w
  return false
}
