import { useFrame } from '@react-three/fiber'
import { useMemo } from 'react'
import { Vector3 } from 'three'
import type { Testimony } from '../content/schema'
import { viewVersion } from './screen-look'
import { useLinks } from '../links/link-store'
import { covered, useMarkerCovers } from './marker-area'

/** The page's buttons over the 3D markers, by testimony id; filled by MarkerButtons, moved by MarkerProjector. */
export type MarkerElements = Map<string, HTMLElement>

/**
 * On screen, every marker is also a real button over its 3D spot: reachable with Tab, announced by screen readers,
 * and pressed with Enter. (In a headset the page is invisible and controller rays select the 3D markers.)
 */
export function MarkerButtons({
  testimonies,
  labels,
  names,
  activeId,
  waiting,
  elements,
  onSelect,
}: {
  testimonies: readonly Testimony[]
  labels: Record<string, string>
  /** Accessible names: the label, where the spot is and its content note. */
  names: Record<string, string>
  activeId: string | null
  /** The active testimony waits for its recording's data. */
  waiting: boolean
  elements: MarkerElements
  onSelect(testimony: Testimony): void
}) {
  const invited = useLinks((s) => s.invited)
  return (
    <div className="marker-layer">
      {testimonies.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el) elements.set(t.id, el)
            else elements.delete(t.id)
          }}
          type="button"
          className={`marker-button${t.id === activeId ? (waiting ? ' is-active is-waiting' : ' is-active') : t.id === invited ? ' is-invited' : ''}`}
          aria-busy={t.id === activeId && waiting}
          data-testimony={t.id}
          aria-pressed={t.id === activeId}
          aria-label={names[t.id]}
          title={labels[t.id]}
          style={{ visibility: 'hidden' }}
          onClick={() => onSelect(t)}
        >
          <span className="marker-dot" aria-hidden="true" />
          <span className="marker-label">{labels[t.id]}</span>
        </button>
      ))}
    </div>
  )
}

/** Nearer an edge than this, a marker button is measured and kept whole on screen. */
const EDGE_PX = 160
/** Where a hidden button is noted as being, and where none was written yet: no real pixel positions (and within
 * V8's small integers, so reading them back allocates nothing). */
const HIDDEN = -1_000_000
const UNWRITTEN = -2_000_000

/** Moves each marker button to where its spot is on screen, every frame, without React and without allocating. */
export function MarkerProjector({
  testimonies,
  elements,
}: {
  testimonies: readonly Testimony[]
  elements: MarkerElements
}) {
  // The last pixel position written for each marker (x, y), as integers: an unchanged frame touches nothing.
  const state = useMemo(
    () => ({
      v: new Vector3(),
      last: new Int32Array(testimonies.length * 2).fill(UNWRITTEN),
      // The view version, canvas size and the page's covers projected last: a still view projects nothing.
      seen: new Float64Array([-1, 0, 0, -1]),
    }),
    [testimonies],
  )
  useFrame(({ camera, size }) => {
    const version = viewVersion()
    const covers = useMarkerCovers.getState()
    const { seen } = state
    if (seen[0] === version && seen[1] === size.width && seen[2] === size.height && seen[3] === covers.version) return
    seen[0] = version
    seen[1] = size.width
    seen[2] = size.height
    seen[3] = covers.version
    // The view was turned in this frame's earlier callbacks; the renderer brings the camera's matrices up to date
    // only as it draws, after them.
    camera.updateMatrixWorld()
    for (let i = 0; i < testimonies.length; i++) {
      const t = testimonies[i]
      const el = t && elements.get(t.id)
      if (!t || !el) {
        // Its button is not on the page yet: projected again next frame.
        seen[0] = -1
        continue
      }
      const v = state.v.set(t.position[0], t.position[1], t.position[2]).project(camera)
      // Behind the camera or far outside the view: hidden, and so out of the Tab order too.
      let visible = v.z < 1 && Math.abs(v.x) < 1.1 && Math.abs(v.y) < 1.1
      // Kept whole on screen: a spot at the very edge pins its button to the edge rather than cutting it in half.
      let x = ((v.x + 1) / 2) * size.width
      let y = ((1 - v.y) / 2) * size.height
      // The button's size is read only near an edge or a part of the page over the room, so most frames force no
      // layout.
      if (
        visible &&
        (Math.min(x, size.width - x) < EDGE_PX ||
          Math.min(y, size.height - y) < EDGE_PX ||
          covered(covers, x - EDGE_PX, y - EDGE_PX, x + EDGE_PX, y + EDGE_PX))
      ) {
        // Whole pixels to spare: the button is centred on the spot by translate(-50%), half a pixel on odd sizes.
        const halfW = Math.min(Math.ceil(el.offsetWidth / 2) + 1, size.width / 2)
        const halfH = Math.min(Math.ceil(el.offsetHeight / 2) + 1, size.height / 2)
        x = Math.min(size.width - halfW, Math.max(halfW, x))
        y = Math.min(size.height - halfH, Math.max(halfH, y))
        // Under the header or a part of the footer (a caption's box, the open card): out of sight, so hidden, rather
        // than a button under the page that still takes taps.
        if (covered(covers, x - halfW, y - halfH, x + halfW, y + halfH)) visible = false
      }
      x = visible ? Math.round(x) : HIDDEN
      y = visible ? Math.round(y) : HIDDEN
      if (state.last[i * 2] === x && state.last[i * 2 + 1] === y) continue
      state.last[i * 2] = x
      state.last[i * 2 + 1] = y
      el.style.visibility = visible ? 'visible' : 'hidden'
      if (visible) el.style.transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`
    }
  })
  return null
}
