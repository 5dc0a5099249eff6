import { useState } from 'react'
import { useFocusReturn } from '../a11y/focus'
import type { Cell } from '../content/schema'
import { useT } from '../i18n/use-t'
import { lazyPart } from '../parts/lazy-part'

// The dialog, its text and the record's schema load on the first opening: never on the way to the first voice.
const HowWeKnowDialog = lazyPart(() => import('./how-we-know-dialog'))

/** "How we know": opens what the cell was rebuilt from; the focus comes back here when it closes. */
export function HowWeKnowButton({ cell, base }: { cell: Cell; base: string }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const button = useFocusReturn(open)
  return (
    <>
      <button
        ref={button}
        type="button"
        data-role="how-we-know-open"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('howWeKnow')}
      </button>
      {open && <HowWeKnowDialog cell={cell} base={base} onClose={() => setOpen(false)} />}
    </>
  )
}
