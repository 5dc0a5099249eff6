import { create } from 'zustand'

/** How a deployment runs the experience (a kiosk, for one, turns links into QR codes). */
export interface Settings {
  /** Show external links only as QR codes: no new tabs or windows. */
  linksAsQrOnly: boolean
}

export const useSettings = create<Settings>()(() => ({ linksAsQrOnly: false }))
