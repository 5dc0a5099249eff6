import { useFrame } from '@react-three/fiber'
import { useReducedMotion } from '../a11y/reduced-motion'
import { useEffect, useRef, useState } from 'react'
import type { Cell } from '../content/schema'
import { CellModel } from './cell-model'
import { RoomLights } from './room-lights'
import { StageSlot } from './stage'

/** How long the attract screen stays in each cell before moving to the next. */
const SECONDS_PER_CELL = 30
/** One slow look from side to side takes this long; about 3° a second at most, a comfortable pace to watch. */
const SWAY_PERIOD = 48
const SWAY_DEGREES = 35
const EYE_HEIGHT = 1.6

/**
 * A kiosk's idle screen behind the title: the cells one after another, the camera turning slowly inside each.
 * With reduced motion asked for, nothing moves: the cell on screen stays, seen from its start.
 */
export function AttractScene({ cells, base }: { cells: readonly Cell[]; base: string }) {
  const [index, setIndex] = useState(0)
  const still = useReducedMotion()

  useEffect(() => {
    // A slideshow is motion too: with reduced motion asked for, the cell on screen stays.
    if (cells.length < 2 || still) return
    const id = setInterval(() => setIndex((i) => (i + 1) % cells.length), SECONDS_PER_CELL * 1000)
    return () => clearInterval(id)
  }, [cells.length, still])

  const cell = cells[index % cells.length]
  if (!cell) return null
  return (
    <StageSlot role="attract-scene" label="" className="attract-slot">
      <RoomLights height={cell.dimensions.height} light={cell.light} />
      <CellModel key={cell.id} url={base + cell.model} onError={(m) => console.warn(`${cell.model}: ${m}`)} />
      <AttractCamera cell={cell} still={still} />
    </StageSlot>
  )
}

function AttractCamera({ cell, still }: { cell: Cell; still: boolean }) {
  const [x, , z] = cell.start.position
  const eye = Math.min(EYE_HEIGHT, cell.dimensions.height - 0.25)
  const yaw = (cell.start.yaw * Math.PI) / 180
  const sway = (SWAY_DEGREES * Math.PI) / 180
  const since = useRef<number | null>(null)
  useEffect(() => {
    since.current = null
  }, [cell])
  useFrame(({ camera, clock }) => {
    const now = clock.elapsedTime
    since.current ??= now
    const t = still ? 0 : now - since.current
    camera.position.set(x, eye, z)
    camera.rotation.set(-0.08, yaw + sway * Math.sin((2 * Math.PI * t) / SWAY_PERIOD), 0, 'YXZ')
  })
  return null
}
