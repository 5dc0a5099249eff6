import { create } from 'zustand'
import type { Language } from '../i18n/languages'
import { DEFAULT_DEPLOYMENT, type Deployment } from './deployment'

/** How this device runs the experience: set once at start from the deployment's address. */
export interface Settings {
  deployment: Deployment
  /** The language every new visitor starts in (the deployment's, else the device's). */
  startLanguage: Language
}

export const useSettings = create<Settings>()(() => ({
  deployment: DEFAULT_DEPLOYMENT,
  startLanguage: 'en',
}))
