import type { AudioEngine } from '../audio/audio-engine'
import type { XYZ } from '../audio/spatial'
import type { Testimony } from '../content/schema'
import { cellToWorld } from '../xr/placement'
import { usePlacementStore } from '../xr/placement-store'

/** Where a testimony's voice comes from: its spot in the cell, moved with the cell when placed in AR. */
export function testimonyWorldPosition(testimony: Testimony, out: XYZ = { x: 0, y: 0, z: 0 }): XYZ {
  const placement = usePlacementStore.getState().placement
  if (placement) return cellToWorld(placement, testimony.position, out)
  out.x = testimony.position[0]
  out.y = testimony.position[1]
  out.z = testimony.position[2]
  return out
}

/**
 * Plays a testimony from its spot (from `from` seconds in: a shared link's moment, a part's start); the one playing
 * before stops. The one already speaking, chosen again without a moment (its marker or its line in the list, once or
 * fifty times), goes on as it is; with one, it moves there.
 */
export function playTestimony(engine: AudioEngine, testimony: Testimony, from?: number): void {
  engine.player.play(testimony.id, testimony.audio, testimonyWorldPosition(testimony), testimony.duration, from)
}
