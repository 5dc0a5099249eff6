import { create } from 'zustand'

/**
 * The testimony marker a pointer or controller ray is over, not yet chosen: a headset shows its content note before
 * it plays, as the page's list does beside each testimony.
 */
export const useAimed = create<{
  id: string | null
  aim(id: string): void
  /** Only the marker that is aimed at clears it (the ray may already be over the next one). */
  leave(id: string): void
}>()((set) => ({
  id: null,
  aim: (id) => set({ id }),
  leave: (id) => set((s) => (s.id === id ? { id: null } : s)),
}))
