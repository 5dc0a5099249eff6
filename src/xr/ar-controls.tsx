import { usePlacementStore } from './placement-store'
import { useXRT } from './messages'

/** AR over the camera view: how to place, life size or tabletop, place again. */
export function ARControls() {
  const xt = useXRT()
  const placed = usePlacementStore((s) => s.placement != null)
  const scale = usePlacementStore((s) => s.scale)
  const setScale = usePlacementStore((s) => s.setScale)
  const reset = usePlacementStore((s) => s.reset)
  return (
    <div className="ar-controls" data-role="ar-controls">
      {!placed && <p>{xt('arPlaceHint')}</p>}
      <div role="group" aria-label={xt('arScale')}>
        <button type="button" data-role="ar-life-size" aria-pressed={scale === 'life'} onClick={() => setScale('life')}>
          {xt('arLifeSize')}
        </button>
        <button
          type="button"
          data-role="ar-tabletop"
          aria-pressed={scale === 'tabletop'}
          onClick={() => setScale('tabletop')}
        >
          {xt('arTabletop')}
        </button>
      </div>
      {placed && (
        <button type="button" data-role="ar-place-again" onClick={reset}>
          {xt('arPlaceAgain')}
        </button>
      )}
    </div>
  )
}
