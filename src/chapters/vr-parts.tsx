import { useStartedAudioEngine } from '../audio/audio-store'
import type { Testimony } from '../content/schema'
import { useT } from '../i18n/use-t'
import { CanvasPanel } from '../xr/canvas-panel'
import { VR_PARTS } from '../xr/vr-layout'
import { useParts } from './use-parts'

/**
 * A testimony's parts in a headset: a column of buttons beside the HUD, the part playing marked; a ray or a pinch
 * starts one. A chapters file that cannot be read is named in the column's place.
 */
export function VRParts({ testimony }: { testimony: Testimony }) {
  const engine = useStartedAudioEngine()
  const t = useT()
  const { load, playing, start } = useParts(engine, testimony)
  if (!load || load.status === 'loading') return null
  if (load.status === 'error')
    return (
      <CanvasPanel
        name="vr-parts-error"
        width={VR_PARTS.width}
        height={VR_PARTS.step * 2}
        position={[VR_PARTS.x, VR_PARTS.top - VR_PARTS.step / 2, 0]}
        blocks={[{ text: t('partsProblem', { file: load.file }), size: 0.022 }]}
      />
    )
  return (
    <group name="vr-parts" position={[VR_PARTS.x, VR_PARTS.top, 0]}>
      {load.parts.map((part, i) => (
        <CanvasPanel
          key={i}
          name={`vr-part-${i}`}
          width={VR_PARTS.width}
          height={VR_PARTS.height}
          position={[0, -i * VR_PARTS.step, 0]}
          background={i === playing ? 'rgba(18,50,71,0.95)' : 'rgba(36,35,31,0.92)'}
          border={i === playing ? '#7ad3ff' : undefined}
          blocks={[{ text: `${i === playing ? '▶ ' : ''}${part.title}`, size: 0.026, weight: 'bold' }]}
          onClick={() => start(part)}
        />
      ))}
    </group>
  )
}
