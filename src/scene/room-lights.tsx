import { useThree } from '@react-three/fiber'
import { useLayoutEffect } from 'react'
import { AmbientLight, HemisphereLight, PointLight } from 'three'
import type { CellLight } from '../content/schema'
import { useSettings } from '../state/settings'
import { useBakedLight } from './baked-light-store'
import { roomLighting } from './room-light'

/**
 * The same three lights for every room, created once: three.js keeps uniforms for each light it has ever drawn
 * (by id, never released), so new lights per visit would grow a kiosk's memory without end.
 */
const fill = new AmbientLight('#ffffff', 0)
const sky = new HemisphereLight('#d8d4cc', '#2a2622', 0.9)
// no shadow map: the room's shadows are baked; this lamp only adds highlights
const lamp = new PointLight('#ffe2b0', 4, 12, 1.4)

/**
 * A room's light: its baked light where the model carries it (roomLighting), with the exposure its content gives;
 * otherwise an even sky light and a lamp just below the ceiling of a room `height` metres high.
 */
export function RoomLights({ height, light }: { height: number; light?: CellLight }) {
  const baked = useBakedLight((s) => s.baked)
  const unlit = useSettings((s) => s.deployment.unlit)
  const gl = useThree((s) => s.gl)
  useLayoutEffect(() => {
    const l = roomLighting(baked, light, height, unlit)
    fill.intensity = l.ambient
    sky.intensity = l.hemisphere
    lamp.intensity = l.lamp
    lamp.decay = baked ? 2 : 1.4
    lamp.position.set(...l.lampPosition)
    gl.toneMappingExposure = l.exposure
    return () => {
      gl.toneMappingExposure = 1
    }
  }, [baked, light, height, unlit, gl])
  return (
    <>
      <primitive object={fill} />
      <primitive object={sky} />
      <primitive object={lamp} />
    </>
  )
}
