import { create } from 'zustand'
import type { DeploymentMode } from './deployment'
import { onStartOver } from './start-over'

/** Caption text sizes: small, medium, large. */
export const CAPTION_SIZES = [0, 1, 2] as const
export type CaptionSize = (typeof CAPTION_SIZES)[number]
/** How much larger each caption size is than the smallest (on screen and on the VR panel). */
export const CAPTION_SCALE: Record<CaptionSize, number> = { 0: 1, 1: 1.3, 2: 1.7 }
/** In a headset, captions follow the head (below the line of sight) or stand fixed below the speaker's spot. */
export type CaptionPlace = 'follow' | 'speaker'
/** Eye height the cell is shown at for a seated visitor, against a standing one, in metres. */
export const STANDING_EYE_M = 1.6
export const SEATED_EYE_M = 1.2

/** What a visitor can set for their comfort; each works on screen and, where it applies, in a headset. */
export interface ComfortPrefs {
  /** Voices reach both ears equally (one-ear hearing). @default false */
  mono: boolean
  /** The room sound's level, apart from the voices: 0 is off, 1 the cell's own level. @default 1 */
  ambient: number
  /** @default 1 (medium) */
  captionSize: CaptionSize
  /** Opacity of the caption backdrop, 0.6 to 1. @default 0.85 */
  captionBackdrop: number
  /** @default 'follow' */
  captionPlace: CaptionPlace
  /** The cell at a seated visitor's eye height in a headset. @default false */
  seated: boolean
}

const DEFAULT_COMFORT: ComfortPrefs = {
  mono: false,
  ambient: 1,
  captionSize: 1,
  captionBackdrop: 0.85,
  captionPlace: 'follow',
  seated: false,
}

interface ComfortState extends ComfortPrefs {
  /** The visitor has stepped out of the cell to the calm screen (the safe place). */
  safePlace: boolean
  /** Counts recentring requests; the headset turns the room to face the visitor on each. */
  recentre: number
  set(patch: Partial<ComfortPrefs>): void
  setSafePlace(open: boolean): void
  requestRecentre(): void
}

export const useComfort = create<ComfortState>()((set) => ({
  ...DEFAULT_COMFORT,
  safePlace: false,
  recentre: 0,
  set: (patch) => set(sanitize(patch)),
  setSafePlace: (safePlace) => set({ safePlace }),
  requestRecentre: () => set((s) => ({ recentre: s.recentre + 1 })),
}))

// A shared device's next visitor starts with the defaults, outside the safe place.
onStartOver(() => useComfort.setState({ ...DEFAULT_COMFORT, safePlace: false }))

const KEY = 'prisonersvoice.comfort'

/** Keeps only known settings with valid values (storage may hold anything, from an older version or by hand). */
function sanitize(raw: unknown): Partial<ComfortPrefs> {
  const out: Partial<ComfortPrefs> = {}
  if (typeof raw !== 'object' || raw === null) return out
  const r = raw as Record<string, unknown>
  if (typeof r.mono === 'boolean') out.mono = r.mono
  if (typeof r.seated === 'boolean') out.seated = r.seated
  if (typeof r.ambient === 'number' && Number.isFinite(r.ambient)) out.ambient = Math.min(1, Math.max(0, r.ambient))
  if (typeof r.captionBackdrop === 'number' && Number.isFinite(r.captionBackdrop))
    out.captionBackdrop = Math.min(1, Math.max(0.6, r.captionBackdrop))
  if ((CAPTION_SIZES as readonly unknown[]).includes(r.captionSize)) out.captionSize = r.captionSize as CaptionSize
  if (r.captionPlace === 'follow' || r.captionPlace === 'speaker') out.captionPlace = r.captionPlace
  return out
}

/**
 * On a visitor's own device the settings are remembered; a kiosk or exhibition headset starts clean for each
 * visitor and writes nothing.
 * @returns the removal of the subscription that writes them
 */
export function rememberComfort(mode: DeploymentMode, storage: Storage | null): () => void {
  if (mode !== 'visitor' || !storage) return () => undefined
  try {
    const saved = storage.getItem(KEY)
    if (saved) useComfort.setState(sanitize(JSON.parse(saved)))
  } catch {
    // A broken entry is ignored: the defaults apply.
  }
  return useComfort.subscribe((s, prev) => {
    const changed = (Object.keys(DEFAULT_COMFORT) as (keyof ComfortPrefs)[]).some((k) => s[k] !== prev[k])
    if (!changed) return
    const prefs: ComfortPrefs = {
      mono: s.mono,
      ambient: s.ambient,
      captionSize: s.captionSize,
      captionBackdrop: s.captionBackdrop,
      captionPlace: s.captionPlace,
      seated: s.seated,
    }
    try {
      storage.setItem(KEY, JSON.stringify(prefs))
    } catch {
      // Private mode or a full storage: the setting still applies to this visit.
    }
  })
}
