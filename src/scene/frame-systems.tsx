import { useFrame } from '@react-three/fiber'
import { useMemo } from 'react'
import { Quaternion, Vector3 } from 'three'
import { useStartedAudioEngine } from '../audio/audio-store'
import { viewVersion } from './screen-look'

/**
 * Per-frame work outside React: the ears follow the camera or headset. (Captions follow the voice by its own time,
 * captions/follow-voice.ts, not by frames.)
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
    }),
    [],
  )
  useFrame(({ camera, gl }) => {
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
  })
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
