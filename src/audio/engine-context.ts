import { createContext, useContext } from 'react'
import type { AudioEngine } from './audio-engine'

/** The audio engine exists from the Begin tap on; before it, null. */
export const EngineContext = createContext<AudioEngine | null>(null)

export function useEngine(): AudioEngine | null {
  return useContext(EngineContext)
}
