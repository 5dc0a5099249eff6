import { useCallback, useRef } from 'react'
import { lazyPart } from '../parts/lazy-part'
import { useAppStore } from '../state/app-store'
import type { Manifest } from '../content/schema'
import { useT } from '../i18n/use-t'

// The panel and its links load on the first opening: the way to the first voice carries only the button.
const ActionSheet = lazyPart(() => import('./action-sheet'))
const OpenLaterList = lazyPart(() => import('./open-later'))

/**
 * Take action, reachable from every phase: the button, and the panel it opens (action-sheet.tsx) with the petition,
 * volunteering and writing a letter. Without a readable manifest (`null`), its links are named as unavailable.
 */
export function ActionPanel({ manifest }: { manifest: Manifest | null }) {
  const t = useT()
  const open = useAppStore((s) => s.actionsOpen)
  const setOpen = useAppStore((s) => s.setActionsOpen)
  const toggle = useRef<HTMLButtonElement>(null)
  const close = useCallback(() => setOpen(false), [setOpen])
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="action-toggle"
        data-role="take-action"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('takeAction')}
      </button>
      {open && <ActionSheet manifest={manifest} toggle={toggle} onClose={close} />}
    </>
  )
}

/** After a headset session, the links the visitor marked in VR (open-later.tsx), on the page's own screen. */
export function OpenLater() {
  const count = useAppStore((s) => s.openLater.length)
  const xrMode = useAppStore((s) => s.xrMode)
  if (xrMode !== 'none' || count === 0) return null
  return <OpenLaterList />
}
