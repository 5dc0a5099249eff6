import { useEffect, useState } from 'react'
import type { Cell, Testimony } from '../content/schema'
import { lazyPart } from '../parts/lazy-part'

const AboutRecording = lazyPart(() => import('./about-recording'), { name: 'AboutRecording' })

/** How long a voice speaks before About this recording is fetched: it never delays the first voice. */
const ABOUT_AFTER_MS = 1500

/** About this recording on the speaker's card, fetched once the voice has been heard for a moment. */
export function RecordingDisclosure({
  cell,
  testimony,
  base,
  speaking,
}: {
  cell: Cell
  testimony: Testimony
  base: string
  speaking: boolean
}) {
  const [wanted, setWanted] = useState(false)
  useEffect(() => {
    if (!speaking || wanted) return
    const timer = setTimeout(() => setWanted(true), ABOUT_AFTER_MS)
    return () => clearTimeout(timer)
  }, [speaking, wanted])
  return wanted ? <AboutRecording cell={cell} testimony={testimony} base={base} /> : null
}
