/**
 * Where the language buttons sit in the VR panel group, in metres: a row under the HUD's buttons, the languages in
 * `LANGUAGES` order. Plain data, so the browser tests aim the controller where the panels really are.
 */
export const VR_LANGUAGES = { y: -0.115, columns: [-0.42, -0.14, 0.14, 0.42], width: 0.25, height: 0.075 } as const
