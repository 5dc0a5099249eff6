import { useCursor } from '@react-three/drei/web/useCursor'
import { useFrame, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, useRef, useState } from 'react'
import { MeshBasicMaterial, RingGeometry, SphereGeometry, type Group } from 'three'
import type { Testimony } from '../content/schema'
import { useReducedMotion } from '../a11y/reduced-motion'
import { useAimed } from '../state/aimed'
import { useDecorativeMotion } from './draw-on-change'

export interface MarkerProps {
  testimonies: readonly Testimony[]
  activeId: string | null
  onSelect(testimony: Testimony): void
}

/** A glowing spot where each testimony waits; selectable by mouse, touch and XR pointers (see MarkerButtons). */
export function Markers({ testimonies, activeId, onSelect }: MarkerProps) {
  const shared = useMemo(
    () => ({
      sphere: new SphereGeometry(0.08, 24, 16),
      ring: new RingGeometry(0.11, 0.14, 40),
      idle: new MeshBasicMaterial({ color: '#ffd27a', transparent: true, opacity: 0.9, toneMapped: false }),
      hover: new MeshBasicMaterial({ color: '#fff2cc', transparent: true, opacity: 1, toneMapped: false }),
      active: new MeshBasicMaterial({ color: '#7ad3ff', transparent: true, opacity: 0.95, toneMapped: false }),
      halo: new MeshBasicMaterial({
        color: '#ffd27a',
        transparent: true,
        opacity: 0.35,
        toneMapped: false,
        depthWrite: false,
      }),
    }),
    [],
  )
  useEffect(() => () => Object.values(shared).forEach((r) => r.dispose()), [shared])
  return (
    <>
      {testimonies.map((t) => (
        <Marker key={t.id} testimony={t} active={t.id === activeId} onSelect={onSelect} shared={shared} />
      ))}
    </>
  )
}

function Marker({
  testimony,
  active,
  onSelect,
  shared,
}: {
  testimony: Testimony
  active: boolean
  onSelect(t: Testimony): void
  shared: {
    sphere: SphereGeometry
    ring: RingGeometry
    idle: MeshBasicMaterial
    hover: MeshBasicMaterial
    active: MeshBasicMaterial
    halo: MeshBasicMaterial
  }
}) {
  const pulse = useRef<Group>(null)
  const [hovered, setHovered] = useState(false)
  // With reduced motion asked for, the active marker holds still: its colour alone says it is playing.
  const still = useReducedMotion()
  useCursor(hovered)
  useEffect(() => () => useAimed.getState().leave(testimony.id), [testimony.id])
  useDecorativeMotion(active && !still)
  useFrame(({ clock }) => {
    const g = pulse.current
    if (!g) return
    const s = active && !still ? 1 + 0.18 * Math.sin(clock.elapsedTime * 5) : hovered ? 1.15 : 1
    g.scale.setScalar(s)
  })
  const select = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    onSelect(testimony)
  }
  return (
    <group position={testimony.position}>
      <group ref={pulse}>
        <mesh
          name={`marker-${testimony.id}`}
          geometry={shared.sphere}
          material={active ? shared.active : hovered ? shared.hover : shared.idle}
          onClick={select}
          onPointerOver={() => {
            setHovered(true)
            useAimed.getState().aim(testimony.id)
          }}
          onPointerOut={() => {
            setHovered(false)
            useAimed.getState().leave(testimony.id)
          }}
          userData={{ testimonyId: testimony.id }}
        >
          {/* A larger invisible target makes the spot easy to hit with a wobbly controller ray. */}
          <mesh scale={2.4} geometry={shared.sphere} visible={false} />
        </mesh>
        <mesh geometry={shared.ring} material={shared.halo} rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.12, 0]} />
      </group>
    </group>
  )
}
