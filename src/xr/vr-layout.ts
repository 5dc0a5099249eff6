import type { Language } from '../i18n/languages'

/**
 * Where the VR panels sit, in metres. Plain data, so the HUD and the browser tests that aim a controller at the
 * panels read the same numbers.
 */

/** The panel group stands this far ahead of the head (horizontally) … */
export const HUD_DISTANCE = 0.95
/** … this far below the eyes, like a lectern: pointer rays aimed at the room's markers pass above it … */
export const HUD_DROP = 0.7
/** … and faces a point this far above itself on the visitor's axis, so it tilts back towards the eyes. */
export const HUD_FACE_RISE = 0.4
/** The group follows only once the visitor has turned this far away from it. */
export const HUD_FOLLOW_DISTANCE = 0.35
/** The most time one frame counts for in the HUD's glide, seconds: a slow frame does not make it jump. */
export const HUD_GLIDE_STEP_S = 1 / 30

/** The size of one HUD button. */
export const HUD_BUTTON = { width: 0.25, height: 0.085 } as const

/** The captions panel, above the row of buttons. */
export const HUD_CAPTIONS = { y: 0.2, width: 1.1, height: 0.3 } as const

/** The row of buttons at the group's origin: x of each button's centre. */
export const HUD_BUTTONS = { pause: -0.42, stop: -0.14, actions: 0.14, exit: 0.42 } as const

/** The language buttons: a row under the HUD's buttons, x of each language's button. */
export const VR_LANGUAGES = {
  y: -0.115,
  columns: { uk: -0.42, en: -0.14, de: 0.14, pl: 0.42 } satisfies Record<Language, number>,
  width: 0.25,
  height: 0.075,
} as const

/** The Take action columns above the captions, x of each; the "open later" button `buttonY` under each. */
export const VR_ACTIONS = {
  y: 0.66,
  // The three calls to action, and the cell's own QR code (Share) to take home.
  columns: { petition: -0.51, volunteer: -0.17, letter: 0.17, share: 0.51 },
  width: 0.32,
  height: 0.5,
  buttonY: 0.33,
} as const

/**
 * The world position of the spot (x, y) on the panels when the head is at `head` and looks along −z, with the group
 * already settled in front of it.
 * @example hudPoint([0, 1.6, 0], HUD_BUTTONS.actions, 0) // the "Take action" button
 */
export function hudPoint(head: readonly [number, number, number], x: number, y: number): [number, number, number] {
  const tilt = Math.atan2(HUD_FACE_RISE, HUD_DISTANCE)
  return [head[0] + x, head[1] - HUD_DROP + y * Math.cos(tilt), head[2] - HUD_DISTANCE - y * Math.sin(tilt)]
}

/** The comfort row under the languages: a break (the safe place), recentre, seated, caption size, caption place. */
export const VR_COMFORT = {
  y: -0.205,
  columns: { safe: -0.44, recentre: -0.22, seated: 0, size: 0.22, place: 0.44 },
  width: 0.2,
  height: 0.075,
} as const

/** Captions fixed below the speaker's spot stand this far under it. */
export const SPEAKER_CAPTION_DROP = 0.45

/** The calm panel of the safe place, at the group's origin. */
export const VR_SAFE_PLACE = { y: 0.25, width: 1, height: 0.5, backY: -0.06 } as const

/** The captions panel's height for a caption size (the text grows with it; the bottom edge stays put). */
export function captionPanelHeight(scale: number): number {
  return HUD_CAPTIONS.height * scale
}

/** A testimony's parts: a column right of the HUD's buttons, the first at `top`, each `step` below the one before. */
export const VR_PARTS = { x: 0.78, top: 0.3, step: 0.085, width: 0.34, height: 0.075 } as const
/**
 * How we know in a headset: its button alone in a row under the comfort row, and its panel above the captions, where
 * Take action's panels stand (the two are never open together).
 */
export const VR_HOW_WE_KNOW = {
  button: { x: 0, y: -0.295 },
  panel: { y: 0.8, width: 1.1, height: 0.7 },
} as const

/**
 * Ask in a headset: its button left of How we know's, in the same row; its column left of the HUD's buttons (the
 * parts stand on the right): what it says at `top`, the suggested questions under it, each `step` below the one
 * before.
 */
export const VR_ASK = {
  button: { x: -0.28, y: -0.295 },
  x: -0.88,
  top: 0.3,
  width: 0.48,
  sayHeight: 0.17,
  questionsTop: 0.15,
  step: 0.095,
  height: 0.085,
} as const
