import type { CellLight } from '../content/schema'

/** What the content tool wrote into a model whose light it baked (glTF extras `bakedLight` on the scene's root). */
export interface BakedLight {
  /** The vertex colours were divided by this so they fit 0–1: they are shown multiplied by it again. */
  scale: number
}

/** The baked light a loaded model says it carries, or null: read from the root nodes' glTF extras. */
export function bakedLightOf(roots: readonly { userData: Record<string, unknown> }[]): BakedLight | null {
  for (const root of roots) {
    const baked = root.userData.bakedLight as { scale?: unknown } | undefined
    if (baked && typeof baked.scale === 'number' && Number.isFinite(baked.scale) && baked.scale > 0)
      return { scale: baked.scale }
  }
  return null
}

/** The lights a room is drawn with: intensities for the scene's few shared lights, and the picture's exposure. */
export interface RoomLighting {
  /** Ambient light: a baked room's whole light (its vertex colours times this); else a little fill. */
  ambient: number
  /** Sky/ground light of an unbaked room. */
  hemisphere: number
  /** The one real-time light: at the cell's bulb (or under the ceiling), for highlights on wet and worn surfaces. */
  lamp: number
  lampPosition: [number, number, number]
  /** Tone mapping exposure (content's `light.exposure`). */
  exposure: number
}

/** A baked room's real-time lamp, as a share of its baked light: highlights and normal detail, not the lighting. */
const BAKED_LAMP = 0.6

/**
 * How to light a room: a baked model shows its own light (ambient × vertex colours, one weak lamp for highlights);
 * a model without baked light gets the old even sky light and a lamp under the ceiling; `unlit` draws every surface
 * under the same flat light (to compare with). Three's ambient light reaches a surface as intensity / π of its colour.
 */
export function roomLighting(
  baked: BakedLight | null,
  light: CellLight | undefined,
  height: number,
  unlit = false,
): RoomLighting {
  const bulb = light?.sources?.find((s) => s.kind === 'bulb')
  const lampPosition: [number, number, number] = bulb
    ? [bulb.position[0], bulb.position[1] - 0.15, bulb.position[2]]
    : [0, height - 0.35, 0]
  const exposure = light?.exposure ?? 1
  if (unlit) return { ambient: Math.PI, hemisphere: 0, lamp: 0, lampPosition, exposure: 1 }
  if (baked)
    return { ambient: Math.PI * baked.scale, hemisphere: 0, lamp: BAKED_LAMP * baked.scale, lampPosition, exposure }
  return { ambient: 0, hemisphere: 0.9, lamp: 4, lampPosition, exposure }
}
