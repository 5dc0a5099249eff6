import { create } from 'zustand'
import type { Place } from './address'
import type { LinkNotice } from './link-target'

/** A testimony a link asked for, in the cell it leads to. */
interface Arrival {
  cell: string
  testimony: string
  /** Seconds into the recording; null: its beginning. */
  at: number | null
}

interface LinkState {
  /** Where the page's address leads, until the content is in to resolve it (after Begin). */
  pending: Place | null
  /** What the static page said the link leads to (written by the build), shown on the landing while it leads there. */
  landingLine: { text: string; lang: string } | null
  /** The linked testimony, played from its moment once the cell's sound is due. */
  arrival: Arrival | null
  /** The linked testimony's marker invites the next tap until that testimony speaks. */
  invited: string | null
  /** Shown on the cell choice when a link led to something that is not here. */
  notice: LinkNotice | null
  /** Takes the arrival for `cell`, once: the cell plays it when its sound is due. */
  takeArrival(cell: string): Arrival | null
}

export const useLinks = create<LinkState>()((set, get) => ({
  pending: null,
  landingLine: null,
  arrival: null,
  invited: null,
  notice: null,
  takeArrival(cell) {
    const { arrival } = get()
    if (!arrival || arrival.cell !== cell) return null
    set({ arrival: null })
    return arrival
  },
}))
