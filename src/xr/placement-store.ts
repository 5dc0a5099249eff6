import { create } from 'zustand'
import { onStartOver } from '../state/start-over'
import type { Placement, PlacementScale } from './placement'

interface PlacementState {
  /** Where the cell stands in AR; null until the visitor places it. On screen and in VR the cell is not moved. */
  placement: Placement | null
  scale: PlacementScale
  place(placement: Placement): void
  reset(): void
  setScale(scale: PlacementScale): void
}

export const usePlacementStore = create<PlacementState>()((set) => ({
  placement: null,
  scale: 'life',
  place: (placement) => set({ placement }),
  reset: () => set({ placement: null }),
  setScale: (scale) => set({ scale, placement: null }),
}))

onStartOver(() => usePlacementStore.getState().reset())
