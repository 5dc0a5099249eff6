import type { Vector3 } from 'three'

/** A point in world space: a Vector3, or any object with its x, y and z (the maths itself needs no three.js). */
type XYZ = Pick<Vector3, 'x' | 'y' | 'z'>

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

/** A surface more than this above the lowest floor seen is furniture (a 0.75 m desk), not the floor. */
const FLOOR_TOLERANCE_M = 0.25

/**
 * The floor is at least this far below the eyes: a seated visitor's eyes are about 1.2 m up, a desk is only
 * 0.4–0.9 m below a standing visitor's.
 */
const MIN_FLOOR_BELOW_EYE_M = 1

/**
 * Remembers the lowest horizontal surface seen during one placement, so life-size placement accepts only the
 * floor: a desk or bed seen first is refused until the floor itself is under the reticle. Tabletop accepts any
 * horizontal surface.
 */
export class FloorTracker {
  private lowest = Number.POSITIVE_INFINITY

  /** Forgets what was seen (a new placement, or a new room). */
  reset(): void {
    this.lowest = Number.POSITIVE_INFINITY
  }

  /** The lowest horizontal surface seen so far, in world metres; null before any. */
  get floorY(): number | null {
    return Number.isFinite(this.lowest) ? this.lowest : null
  }

  /**
   * Notes a horizontal hit and says whether a cell may be placed on it.
   * @param hitY the hit's height in world metres
   * @param eyeY the visitor's eye height in the same space
   */
  accepts(hitY: number, eyeY: number, mode: PlacementScale): boolean {
    if (eyeY - hitY >= MIN_FLOOR_BELOW_EYE_M) this.lowest = Math.min(this.lowest, hitY)
    if (mode === 'tabletop') return true
    if (eyeY - hitY < MIN_FLOOR_BELOW_EYE_M) return false
    return hitY <= this.lowest + FLOOR_TOLERANCE_M
  }
}
