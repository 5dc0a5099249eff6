import { create } from 'zustand'

/** `attract` is a kiosk's idle screen; everyone else starts on `landing`. */
export type Phase = 'attract' | 'landing' | 'cells' | 'cell' | 'letter'
type XRMode = 'none' | 'immersive-vr' | 'immersive-ar'

/** A link the visitor chose in a headset, to open once they have left VR (a new tab needs a tap on the page). */
interface PendingLink {
  title: string
  url: string
}

export interface AppState {
  phase: Phase
  /** The cell the visitor is in (phase "cell"), kept while they visit the letter page. */
  cellId: string | null
  /** Where the letter page's Back button returns to. */
  returnTo: Phase
  xrMode: XRMode
  /** Whether the XR layer is joined to the drawn canvas, so a session can start (Enter VR is offered only then). */
  xrReady: boolean
  actionsOpen: boolean
  /** The list of the cell's testimonies; it and Take action are never open together (they would overlap). */
  testimoniesOpen: boolean
  openLater: PendingLink[]
  begin(): void
  enterCell(id: string): void
  leaveCell(): void
  openLetters(): void
  closeLetters(): void
  setXRMode(mode: XRMode): void
  setXRReady(ready: boolean): void
  setActionsOpen(open: boolean): void
  setTestimoniesOpen(open: boolean): void
  toggleOpenLater(link: PendingLink): void
  clearOpenLater(): void
  /** Back to the start for the next visitor: the given first phase, nothing open, nothing pending. */
  startOver(phase: Phase): void
}

export const useAppStore = create<AppState>()((set) => ({
  phase: 'landing',
  cellId: null,
  returnTo: 'landing',
  xrMode: 'none',
  xrReady: false,
  actionsOpen: false,
  testimoniesOpen: false,
  openLater: [],
  begin: () => set({ phase: 'cells' }),
  enterCell: (id) => set({ phase: 'cell', cellId: id, actionsOpen: false, testimoniesOpen: false }),
  leaveCell: () => set({ phase: 'cells', cellId: null, actionsOpen: false, testimoniesOpen: false }),
  openLetters: () =>
    set((s) => ({ phase: 'letter', returnTo: s.phase === 'letter' ? s.returnTo : s.phase, actionsOpen: false })),
  closeLetters: () => set((s) => ({ phase: s.returnTo === 'cell' && !s.cellId ? 'cells' : s.returnTo })),
  setXRMode: (xrMode) => set({ xrMode }),
  setXRReady: (xrReady) => set({ xrReady }),
  setActionsOpen: (actionsOpen) => set(actionsOpen ? { actionsOpen, testimoniesOpen: false } : { actionsOpen }),
  setTestimoniesOpen: (testimoniesOpen) =>
    set(testimoniesOpen ? { testimoniesOpen, actionsOpen: false } : { testimoniesOpen }),
  toggleOpenLater: (link) =>
    set((s) => ({
      openLater: s.openLater.some((l) => l.url === link.url)
        ? s.openLater.filter((l) => l.url !== link.url)
        : [...s.openLater, link],
    })),
  clearOpenLater: () => set({ openLater: [] }),
  startOver: (phase) =>
    set({ phase, cellId: null, returnTo: phase, actionsOpen: false, testimoniesOpen: false, openLater: [] }),
}))
