/**
 * The numbers a phone's view inside a cell is held to (docs/product.md, "The numbers it is held to"); the stylesheet
 * (src/ui/inside.css) is written to them and the browser tests measure them.
 */

/** The least width and height of anything a thumb taps, in CSS px (WCAG 2.5.5, Apple's and Android's guides). */
export const MIN_TARGET_PX = 44

/** The least share of the screen where a tap reaches the room, with a voice playing and its caption showing. */
export const MIN_ROOM_SHARE = 0.7

/**
 * Screens that get the phone's compact view inside a cell: narrow ones, and any held on its side (a phone in
 * landscape is wide but short). One query decides both the markup (what folds into a menu) and its styles.
 */
export const PHONE_QUERY = '(max-width: 760px), (max-height: 500px)'

/** Calls `changed` with whether `query` matches now and whenever that changes; returns the removal of the listener. */
export function watchMedia(query: string, changed: (matches: boolean) => void): () => void {
  const list = window.matchMedia(query)
  const onChange = () => changed(list.matches)
  list.addEventListener('change', onChange)
  return () => list.removeEventListener('change', onChange)
}
