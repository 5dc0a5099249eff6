import { useEffect } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { useAudioEngine } from '../audio/audio-store'
import type { PlaybackState } from '../audio/testimony-player'
import { useLanguage } from '../i18n/i18n'
import { usePlacementStore } from '../xr/placement-store'
import { useAppStore } from '../state/app-store'
import { useComfort } from '../state/comfort'

/** Before Begin there is no player: nothing plays. */
const noPlayback = createStore<PlaybackState>(() => ({ testimonyId: null, status: 'idle', error: null }))

/**
 * Mirrors the visible state onto the root element as data attributes, for CSS, tests and kiosk integrators:
 * data-phase, data-xr-mode, data-playing, data-lang (and data-cell, data-audio, data-ar-placed, data-ar-scale,
 * data-safe-place).
 */
export function useRootState(root: HTMLElement): void {
  const engine = useAudioEngine()
  const { phase, xrMode, cellId } = useAppStore()
  const lang = useLanguage()
  const placed = usePlacementStore((s) => s.placement != null)
  const scale = usePlacementStore((s) => s.scale)
  const playback = useStore(engine?.player.store ?? noPlayback)
  const safePlace = useComfort((s) => s.safePlace)
  useEffect(() => {
    const d = root.dataset
    d.phase = phase
    d.lang = lang
    d.xrMode = xrMode
    d.cell = cellId ?? ''
    d.playing = playback.status === 'playing' ? (playback.testimonyId ?? '') : ''
    d.audio = playback.status
    d.arPlaced = String(placed)
    d.arScale = scale
    d.safePlace = String(safePlace)
    document.documentElement.lang = lang
  }, [root, phase, lang, xrMode, cellId, playback, placed, scale, safePlace])
}
