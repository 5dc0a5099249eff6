import { useLayoutEffect, type RefObject } from 'react'
import { create } from 'zustand'

/**
 * The band of the scene, in CSS px from its top, where the markers' buttons stand clear of the page's header and
 * footer (captions, the player, the testimony list): a marker whose spot lies under them is pinned to the band's edge,
 * as one at the screen's edge is, rather than hidden under a caption's box and still taking taps there.
 */
interface MarkerArea {
  top: number
  /** Infinity where nothing lies below the room. */
  bottom: number
}

const WHOLE: MarkerArea = { top: 0, bottom: Number.POSITIVE_INFINITY }

/** Written when the header or footer change size (never per frame); read by the marker projector every frame. */
export const useMarkerArea = create<MarkerArea>()(() => WHOLE)

/**
 * Keeps the markers' band between the bottom of `above` and the top of `below`, measured in `scene`'s box, as they
 * change size (the hint goes, a caption wraps, the card opens) and as the window does.
 */
export function useKeepMarkersClear(
  scene: RefObject<HTMLElement | null>,
  above: RefObject<HTMLElement | null>,
  below: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const host = scene.current
    if (!host) return
    const measure = () => {
      const box = host.getBoundingClientRect()
      const top = above.current ? Math.max(0, Math.round(above.current.getBoundingClientRect().bottom - box.top)) : 0
      const bottom = below.current
        ? Math.round(below.current.getBoundingClientRect().top - box.top)
        : Number.POSITIVE_INFINITY
      const now = useMarkerArea.getState()
      if (now.top !== top || now.bottom !== bottom) useMarkerArea.setState({ top, bottom })
    }
    measure()
    const resized = new ResizeObserver(measure)
    for (const el of [host, above.current, below.current]) if (el) resized.observe(el)
    window.addEventListener('resize', measure)
    return () => {
      resized.disconnect()
      window.removeEventListener('resize', measure)
      useMarkerArea.setState(WHOLE)
    }
  }, [scene, above, below])
}
