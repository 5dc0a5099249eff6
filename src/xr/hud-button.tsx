import { CanvasPanel } from './canvas-panel'
import { HUD_BUTTON } from './vr-layout'

/**
 * One button of the headset's HUD: a label centred on a panel of the HUD's button size.
 * @example <HudButton name="vr-button-stop" x={HUD_BUTTONS.stop} label={t('stop')} onClick={stop} />
 */
export function HudButton({
  name,
  x,
  y = 0,
  label,
  onClick,
  background,
  border,
}: {
  /** The mesh's name, which tests and the scene's inspector read. */
  name: string
  /** Where the button's centre stands in its row, metres. */
  x: number
  /** @default 0 */
  y?: number
  label: string
  onClick(): void
  background?: string
  border?: string
}) {
  return (
    <CanvasPanel
      name={name}
      align="center"
      width={HUD_BUTTON.width}
      height={HUD_BUTTON.height}
      position={[x, y, 0]}
      background={background}
      border={border}
      blocks={[{ text: label, size: 0.032, weight: 'bold' }]}
      onClick={onClick}
    />
  )
}
