import { useLayoutEffect } from 'react'
import { HemisphereLight, PointLight } from 'three'

/**
 * The same two lights for every room, created once: three.js keeps uniforms for each light it has ever drawn
 * (by id, never released), so new lights per visit would grow a kiosk's memory without end.
 */
const sky = new HemisphereLight('#d8d4cc', '#2a2622', 0.9)
const lamp = new PointLight('#ffffff', 4, 12, 1.4)

/** Room light, and a lamp just below the ceiling of a room `height` metres high. */
export function RoomLights({ height }: { height: number }) {
  useLayoutEffect(() => {
    lamp.position.set(0, height - 0.35, 0)
  }, [height])
  return (
    <>
      <primitive object={sky} />
      <primitive object={lamp} />
    </>
  )
}
