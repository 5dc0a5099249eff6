import { create } from 'zustand'
import type { BakedLight } from './room-light'

/** The light the model on show carries, once loaded: set by the cell model, read by the room's lights. */
export const useBakedLight = create<{ baked: BakedLight | null; shown: boolean }>()(() => ({
  baked: null,
  shown: false,
}))
