import { useLayoutEffect, type RefObject } from 'react'
import { create } from 'zustand'

/** At most this many boxes of the page lie over the room (the header and the footer's parts). */
const MAX_COVERS = 8

/**
 * The boxes of the page that lie over the room (the header; the footer's caption, player or card and testimony
 * list), in CSS px of the scene's own box, as left, top, right, bottom each. A marker whose button would lie under
 * one is hidden, as one out of view is, rather than lying under a caption's box and still taking taps there.
 */
interface MarkerCovers {
  boxes: Float64Array
  count: number
  /** Counts the changes, so that a frame compares one number. */
  version: number
}

/** Written when the header or footer change size (never per frame); read by the marker projector every frame. */
export const useMarkerCovers = create<MarkerCovers>()(() => ({
  boxes: new Float64Array(MAX_COVERS * 4),
  count: 0,
  version: 0,
}))

/** Whether the box from (left, top) to (right, bottom) overlaps a cover, in the scene's CSS px. */
export function covered(covers: MarkerCovers, left: number, top: number, right: number, bottom: number): boolean {
  const b = covers.boxes
  for (let i = 0; i < covers.count; i++) {
    const o = i * 4
    if (left < b[o + 2]! && right > b[o]! && top < b[o + 3]! && bottom > b[o + 1]!) return true
  }
  return false
}

/**
 * Keeps the covers up to date: `header` whole and each part of `footer`, measured in `scene`'s box, as they change
 * size (the hint goes, a caption wraps, the card opens) and as the window does.
 */
export function useKeepMarkersClear(
  scene: RefObject<HTMLElement | null>,
  header: RefObject<HTMLElement | null>,
  footer: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const host = scene.current
    if (!host) return
    const measure = () => {
      const origin = host.getBoundingClientRect()
      const parts = [header.current, ...(footer.current ? [...footer.current.children] : [])]
      const boxes = new Float64Array(MAX_COVERS * 4)
      let count = 0
      for (const part of parts) {
        if (!part || count === MAX_COVERS) continue
        const r = part.getBoundingClientRect()
        if (r.width < 1 || r.height < 1) continue
        boxes.set([r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top], count * 4)
        count++
      }
      const now = useMarkerCovers.getState()
      if (count === now.count && boxes.every((v, i) => v === now.boxes[i])) return
      useMarkerCovers.setState({ boxes, count, version: now.version + 1 })
    }
    measure()
    const resized = new ResizeObserver(measure)
    resized.observe(host)
    if (header.current) resized.observe(header.current)
    // The footer's parts come and go (a caption, the card): its own size changes with them, and so do theirs.
    const watchParts = () => {
      if (footer.current) for (const part of footer.current.children) resized.observe(part)
      measure()
    }
    const added = new MutationObserver(watchParts)
    if (footer.current) {
      resized.observe(footer.current)
      added.observe(footer.current, { childList: true })
      watchParts()
    }
    window.addEventListener('resize', measure)
    return () => {
      resized.disconnect()
      added.disconnect()
      window.removeEventListener('resize', measure)
      useMarkerCovers.setState({ count: 0, version: useMarkerCovers.getState().version + 1 })
    }
  }, [scene, header, footer])
}
