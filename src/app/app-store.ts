import { create } from 'zustand'
import type { Language } from '../content/schema'

export type Phase = 'landing' | 'cells' | 'cell'
export type XRMode = 'none' | 'immersive-vr' | 'immersive-ar'

export interface AppState {
  phase: Phase
  lang: Language
  /** The cell the visitor is in (phase "cell"). */
  cellId: string | null
  xrMode: XRMode
  actionsOpen: boolean
  setLang(lang: Language): void
  begin(): void
  enterCell(id: string): void
  leaveCell(): void
  setXRMode(mode: XRMode): void
  setActionsOpen(open: boolean): void
}

export const useAppStore = create<AppState>()((set) => ({
  phase: 'landing',
  lang: 'en',
  cellId: null,
  xrMode: 'none',
  actionsOpen: false,
  setLang: (lang) => set({ lang }),
  begin: () => set({ phase: 'cells' }),
  enterCell: (id) => set({ phase: 'cell', cellId: id, actionsOpen: false }),
  leaveCell: () => set({ phase: 'cells', cellId: null, actionsOpen: false }),
  setXRMode: (xrMode) => set({ xrMode }),
  setActionsOpen: (actionsOpen) => set({ actionsOpen }),
}))
