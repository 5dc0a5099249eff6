import { Component, lazy, Suspense, useState, type ReactNode } from 'react'
import type { Cell } from '../content/schema'
import { useT } from '../i18n/use-t'
import { HudButton } from '../xr/hud-button'
import { VR_ASK } from '../xr/vr-layout'

// The panel, its search library and the cell's questions load on the first opening, as on screen: never on the way
// to the first voice, nor with the headset's layer.
const VRAskPanel = lazy(() => import('./vr-ask-panel'))

/** A panel whose code could not be fetched leaves the HUD working without it (the testimonies play from their spots). */
class WithoutPanel extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}

/**
 * Ask in a headset: a HUD button, where the cell has questions, that opens the suggested questions as a column left
 * of the HUD (nothing to type in a headset). What the column says is published on the canvas as `data-vr-ask`.
 */
export function VRAsk({ cell }: { cell: Cell }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  if (!cell.testimonies.some((x) => x.questions && x.chapters)) return null
  return (
    <>
      <HudButton
        name="vr-button-ask"
        x={VR_ASK.button.x}
        y={VR_ASK.button.y}
        label={t('ask')}
        border={open ? '#7ad3ff' : undefined}
        onClick={() => setOpen(!open)}
      />
      {open && (
        <WithoutPanel>
          <Suspense fallback={null}>
            <VRAskPanel cell={cell} base={import.meta.env.BASE_URL} />
          </Suspense>
        </WithoutPanel>
      )}
    </>
  )
}
