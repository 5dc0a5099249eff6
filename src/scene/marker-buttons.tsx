import { useFrame } from '@react-three/fiber'
import { useMemo } from 'react'
import { Vector3 } from 'three'
import type { Testimony } from '../content/schema'

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
  elements,
  onSelect,
}: {
  testimonies: readonly Testimony[]
  labels: Record<string, string>
  /** Accessible names: the label, where the spot is and its content note. */
  names: Record<string, string>
  activeId: string | null
  elements: MarkerElements
  onSelect(testimony: Testimony): void
}) {
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
          className={`marker-button${t.id === activeId ? ' is-active' : ''}`}
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

/** Moves each marker button to where its spot is on screen, every frame, without React and without allocating. */
export function MarkerProjector({
  testimonies,
  elements,
}: {
  testimonies: readonly Testimony[]
  elements: MarkerElements
}) {
  const state = useMemo(() => ({ v: new Vector3(), last: new Map<string, string>() }), [])
  useFrame(({ camera, size }) => {
    for (let i = 0; i < testimonies.length; i++) {
      const t = testimonies[i]
      const el = t && elements.get(t.id)
      if (!t || !el) continue
      const v = state.v.set(t.position[0], t.position[1], t.position[2]).project(camera)
      // Behind the camera or far outside the view: hidden, and so out of the Tab order too.
      const visible = v.z < 1 && Math.abs(v.x) < 1.1 && Math.abs(v.y) < 1.1
      const x = Math.round(((v.x + 1) / 2) * size.width)
      const y = Math.round(((1 - v.y) / 2) * size.height)
      const key = visible ? `${x},${y}` : 'hidden'
      if (state.last.get(t.id) === key) continue
      state.last.set(t.id, key)
      el.style.visibility = visible ? 'visible' : 'hidden'
      if (visible) el.style.transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`
    }
  })
  return null
}
