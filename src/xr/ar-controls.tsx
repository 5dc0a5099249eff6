import { useT } from '../i18n/use-t'
import { usePlacementStore } from './placement-store'

/** AR over the camera view: how to place, life size or tabletop, place again. */
export function ARControls() {
  const t = useT()
  const placed = usePlacementStore((s) => s.placement != null)
  const scale = usePlacementStore((s) => s.scale)
  const setScale = usePlacementStore((s) => s.setScale)
  const reset = usePlacementStore((s) => s.reset)
  return (
    <div className="ar-controls" data-role="ar-controls">
      {!placed && <p>{t('arPlaceHint')}</p>}
      <div role="group" aria-label={t('arScale')}>
        <button type="button" data-role="ar-life-size" aria-pressed={scale === 'life'} onClick={() => setScale('life')}>
          {t('arLifeSize')}
        </button>
        <button
          type="button"
          data-role="ar-tabletop"
          aria-pressed={scale === 'tabletop'}
          onClick={() => setScale('tabletop')}
        >
          {t('arTabletop')}
        </button>
      </div>
      {placed && (
        <button type="button" data-role="ar-place-again" onClick={reset}>
          {t('arPlaceAgain')}
        </button>
      )}
    </div>
  )
}
