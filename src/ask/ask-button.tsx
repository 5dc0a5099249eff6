import { useState } from 'react'
import { useFocusReturn } from '../a11y/focus'
import type { Cell } from '../content/schema'
import { useT } from '../i18n/use-t'
import { lazyPart } from '../parts/lazy-part'

// The panel, its search library (MiniSearch) and the cell's questions load on the first opening: never on the way to
// the first voice.
const AskPanel = lazyPart(() => import('./ask-panel'))

/** Ask, beside the testimony list: shown where the cell has questions; the focus comes back here when it closes. */
export function AskButton({ cell, base }: { cell: Cell; base: string }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const button = useFocusReturn(open)
  if (!cell.testimonies.some((x) => x.questions && x.chapters)) return null
  return (
    <>
      <button
        ref={button}
        type="button"
        className="ask-open"
        data-role="ask-open"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('ask')}
      </button>
      {open && <AskPanel cell={cell} base={base} onClose={() => setOpen(false)} />}
    </>
  )
}
