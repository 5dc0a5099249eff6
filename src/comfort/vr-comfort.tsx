import { useComfortT } from './use-comfort-t'
import type { ComfortKey } from './messages-en'
import { CAPTION_SIZES, useComfort, type CaptionSize } from '../state/comfort'
import { CanvasPanel } from '../xr/canvas-panel'
import { VR_COMFORT, VR_SAFE_PLACE } from '../xr/vr-layout'

const SIZE_KEYS: Record<CaptionSize, ComfortKey> = { 0: 'sizeSmall', 1: 'sizeMedium', 2: 'sizeLarge' }
const ON = { background: 'rgba(18,50,71,0.95)', border: '#7ad3ff' }
const OFF = { background: 'rgba(36,35,31,0.92)', border: undefined }

/** The comfort row of the headset HUD: a break (the safe place), recentre, seated, caption size and place. */
export function VRComfortRow() {
  const t = useComfortT()
  const c = useComfort()
  const button = (name: string, x: number, text: string, onClick: () => void, on = false) => (
    <CanvasPanel
      key={name}
      name={name}
      align="center"
      width={VR_COMFORT.width}
      height={VR_COMFORT.height}
      position={[x, 0, 0]}
      {...(on ? ON : OFF)}
      blocks={[{ text, size: 0.022, weight: 'bold' }]}
      onClick={onClick}
    />
  )
  const nextSize = CAPTION_SIZES[(c.captionSize + 1) % CAPTION_SIZES.length] ?? 0
  const { columns } = VR_COMFORT
  return (
    <group name="vr-comfort" position={[0, VR_COMFORT.y, 0]}>
      {button('vr-button-safe-place', columns.safe, t('safePlaceButton'), () => c.setSafePlace(true))}
      {button('vr-button-recentre', columns.recentre, t('recentre'), () => c.requestRecentre())}
      {button('vr-button-seated', columns.seated, t('seatedShort'), () => c.set({ seated: !c.seated }), c.seated)}
      {button('vr-button-caption-size', columns.size, `${t('captionSize')}: ${t(SIZE_KEYS[c.captionSize])}`, () =>
        c.set({ captionSize: nextSize }),
      )}
      {button(
        'vr-button-caption-place',
        columns.place,
        c.captionPlace === 'speaker' ? t('placeSpeaker') : t('placeFollow'),
        () => c.set({ captionPlace: c.captionPlace === 'speaker' ? 'follow' : 'speaker' }),
        c.captionPlace === 'speaker',
      )}
    </group>
  )
}

/** The safe place in a headset: the cell is gone, the voice stopped; a calm panel and the way back. */
export function VRSafePlace() {
  const t = useComfortT()
  return (
    <group name="vr-safe-place">
      <CanvasPanel
        name="vr-safe-place-text"
        width={VR_SAFE_PLACE.width}
        height={VR_SAFE_PLACE.height}
        position={[0, VR_SAFE_PLACE.y, 0]}
        background="rgba(27,36,33,0.96)"
        blocks={[
          { text: t('safeTitle'), size: 0.05, weight: 'bold' },
          { text: t('safeStopped'), size: 0.034 },
          { text: t('safeSupport'), size: 0.03 },
        ]}
      />
      <CanvasPanel
        name="vr-button-safe-back"
        align="center"
        width={0.36}
        height={0.09}
        position={[0, VR_SAFE_PLACE.backY, 0]}
        background="rgba(18,50,71,0.95)"
        border="#7ad3ff"
        blocks={[{ text: t('safeBack'), size: 0.032, weight: 'bold' }]}
        onClick={() => c().setSafePlace(false)}
      />
    </group>
  )
}

const c = () => useComfort.getState()
