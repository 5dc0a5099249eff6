import { useEffect, useRef } from 'react'
import { useAppStore } from '../state/app-store'
import { useComfort } from '../state/comfort'
import { useComfortT } from './use-comfort-t'

/** One tap out of the cell, in every mode: the voice stops and the calm screen opens (XAUR 11a). */
export function SafePlaceButton() {
  const t = useComfortT()
  return (
    <button
      type="button"
      className="safe-place-toggle"
      data-role="safe-place"
      onClick={() => useComfort.getState().setSafePlace(true)}
    >
      {t('safePlaceButton')}
    </button>
  )
}

/**
 * The calm screen: nothing moves, nothing speaks, a general line on where to find support, and the way back into
 * the cell exactly where the visitor was (the cell stays loaded behind it).
 */
export function SafePlace() {
  const t = useComfortT()
  const heading = useRef<HTMLHeadingElement>(null)
  const back = () => useComfort.getState().setSafePlace(false)
  const otherCell = () => {
    useComfort.getState().setSafePlace(false)
    useAppStore.getState().leaveCell()
  }
  useEffect(() => {
    heading.current?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.stopImmediatePropagation()
      back()
    }
    window.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      // Back where the visitor pressed from.
      document.querySelector<HTMLElement>('[data-role="safe-place"]')?.focus()
    }
  }, [])
  return (
    <section
      className="safe-place"
      data-role="safe-place-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby="safe-place-title"
    >
      <h2 id="safe-place-title" ref={heading} tabIndex={-1}>
        {t('safeTitle')}
      </h2>
      <p>{t('safeStopped')}</p>
      <p data-role="safe-support">{t('safeSupport')}</p>
      <div className="safe-place-actions">
        <button type="button" data-role="safe-back" onClick={back}>
          {t('safeBack')}
        </button>
        <button type="button" data-role="safe-cells" onClick={otherCell}>
          {t('safeCells')}
        </button>
      </div>
    </section>
  )
}
