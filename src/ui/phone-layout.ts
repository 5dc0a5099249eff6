/**
 * The numbers a phone's view inside a cell is held to (PRODUCT.md, "Numbers it is held to"); the stylesheet
 * (src/ui/inside.css) is written to them and the browser tests measure them.
 */

/** The least width and height of anything a thumb taps, in CSS px (WCAG 2.5.5, Apple's and Android's guides). */
export const MIN_TARGET_PX = 44

/** The least share of the screen where a tap reaches the room, with a voice playing and its caption showing. */
export const MIN_ROOM_SHARE = 0.7
