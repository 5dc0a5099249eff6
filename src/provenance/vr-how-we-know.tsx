import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { useAppStore } from '../state/app-store'
import { CanvasPanel } from '../xr/canvas-panel'
import { HudButton } from '../xr/hud-button'
import { VR_HOW_WE_KNOW } from '../xr/vr-layout'
import { useProvenanceT } from './messages'
import { useProvenanceRecord } from './record-store'
import { roomLines } from './record-text'

/**
 * How we know in a headset: a HUD button that opens the cell's record as a panel above the captions (Take action's
 * place: opening one closes the other). What the panel says is published on the canvas as `data-vr-how-we-know`.
 */
export function VRHowWeKnow({ cell }: { cell: Cell }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const actionsOpen = useAppStore((s) => s.actionsOpen)
  const setActionsOpen = useAppStore((s) => s.setActionsOpen)
  const shown = open && !actionsOpen
  return (
    <>
      <HudButton
        name="vr-button-how-we-know"
        x={VR_HOW_WE_KNOW.button.x}
        y={VR_HOW_WE_KNOW.button.y}
        label={t('howWeKnow')}
        border={shown ? '#7ad3ff' : undefined}
        onClick={() => {
          if (!shown) setActionsOpen(false)
          setOpen(!shown)
        }}
      />
      {shown && <RecordPanel cell={cell} onClose={() => setOpen(false)} />}
    </>
  )
}

function RecordPanel({ cell, onClose }: { cell: Cell; onClose(): void }) {
  const t = useProvenanceT()
  const lang = useLanguage()
  const record = useProvenanceRecord(import.meta.env.BASE_URL, cell)
  const title = t('howWeKnowTitle', { cell: localize(cell.name, lang).text })
  const body = !record
    ? t('noRecord')
    : record.status === 'ready'
      ? roomLines(record.value, t, lang).join('\n')
      : record.status === 'error'
        ? t('brokenRecord', { problem: record.error })
        : t('reading')
  const domElement = useThree((s) => s.gl.domElement)
  const text = `${title}\n${body}`
  useEffect(() => {
    domElement.dataset.vrHowWeKnow = text
  }, [domElement, text])
  useEffect(() => () => void delete domElement.dataset.vrHowWeKnow, [domElement])
  const { panel } = VR_HOW_WE_KNOW
  return (
    <CanvasPanel
      name="vr-how-we-know"
      width={panel.width}
      height={panel.height}
      position={[0, panel.y, -0.02]}
      background="rgba(20,19,22,0.95)"
      border="#7ad3ff"
      blocks={[
        { text: title, size: 0.032, weight: 'bold', color: '#ffd27a' },
        { text: body, size: 0.021 },
        { text: t('close'), size: 0.024, weight: 'bold', color: '#7ad3ff' },
      ]}
      onClick={onClose}
    />
  )
}
