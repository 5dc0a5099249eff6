import type { XYZ } from '../audio/spatial'

export type PlacementScale = 'life' | 'tabletop'

/** A tabletop model is 1:15: a 4 m cell becomes about 27 cm across. */
export const TABLETOP_SCALE = 1 / 15

export interface Placement {
  /** Where the cell's floor centre goes, in world metres. */
  position: [number, number, number]
  /** Rotation about +y, in radians, turning the cell's front (+z) towards the visitor. */
  yaw: number
  scale: number
}

/** A hit surface counts as floor or table when its normal is within 25° of straight up. */
export function isHorizontalUp(normalY: number): boolean {
  return normalY >= Math.cos((25 * Math.PI) / 180)
}

/**
 * Where to put a cell for a hit-test result seen from the visitor's position.
 * Life size: the front wall stands on the reticle and the room extends away, so one walks forward into it.
 * Tabletop: the model's centre sits on the reticle.
 */
export function placeCell(hit: XYZ, viewer: XYZ, depth: number, mode: PlacementScale): Placement {
  const dx = viewer.x - hit.x
  const dz = viewer.z - hit.z
  const yaw = Math.hypot(dx, dz) < 1e-6 ? 0 : Math.atan2(dx, dz)
  if (mode === 'tabletop') return { position: [hit.x, hit.y, hit.z], yaw, scale: TABLETOP_SCALE }
  const half = depth / 2
  return {
    position: [hit.x - Math.sin(yaw) * half, hit.y, hit.z - Math.cos(yaw) * half],
    yaw,
    scale: 1,
  }
}

/** Transforms a point in the cell's frame to world space under a placement (no allocation: writes `out`). */
export function cellToWorld<T extends XYZ>(placement: Placement, local: readonly [number, number, number], out: T): T {
  const s = placement.scale
  const c = Math.cos(placement.yaw)
  const n = Math.sin(placement.yaw)
  const x = local[0] * s
  const z = local[2] * s
  out.x = placement.position[0] + c * x + n * z
  out.y = placement.position[1] + local[1] * s
  out.z = placement.position[2] - n * x + c * z
  return out
}
