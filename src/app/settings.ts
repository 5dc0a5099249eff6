import { create } from 'zustand'
import type { Language } from '../i18n/languages'
import { DEFAULT_DEPLOYMENT, type Deployment } from './deployment'

/** How this device runs the experience: set once at start from the deployment's address. */
export interface Settings {
  deployment: Deployment
  /** Show external links only as QR codes: no new tabs or windows (kiosks, exhibition headsets, `?links=qr`). */
  linksAsQrOnly: boolean
  /** The language every new visitor starts in (the deployment's, else the device's). */
  startLanguage: Language
}

export const useSettings = create<Settings>()(() => ({
  deployment: DEFAULT_DEPLOYMENT,
  linksAsQrOnly: false,
  startLanguage: 'en',
}))
