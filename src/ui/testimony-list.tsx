import { useStore } from 'zustand'
import { escapeCloses } from '../a11y/disclosure-escape'
import { useStartedAudioEngine } from '../audio/audio-store'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { useAppStore } from '../state/app-store'
import { playTestimony } from '../testimonies/play'
import { useComfortT } from '../comfort/use-comfort-t'

/** Every testimony as a plain button too: for screen readers, and where 3D cannot be shown. */
export function TestimonyList({ cell }: { cell: Cell }) {
  const engine = useStartedAudioEngine()
  const t = useT()
  const ct = useComfortT()
  const lang = useLanguage()
  const playing = useStore(engine.player.store, (s) => s.testimonyId)
  // One panel at a time: on a phone the list and Take action would cover each other's buttons.
  const open = useAppStore((s) => s.testimoniesOpen)
  const setOpen = useAppStore((s) => s.setTestimoniesOpen)
  // Every testimony of a cell can be withdrawn (consent): the room stays, and says why it is silent.
  if (cell.testimonies.length === 0)
    return (
      <p className="notice" role="status" data-role="no-testimonies">
        {t('noTestimonies')}
      </p>
    )
  return (
    <details ref={escapeCloses} className="testimony-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('testimonies')}</summary>
      <ul>
        {cell.testimonies.map((x) => {
          const note = localize(x.contentNote, lang)
          return (
            <li key={x.id}>
              <button
                type="button"
                data-testimony-item={x.id}
                aria-pressed={playing === x.id}
                aria-describedby={`note-${x.id}`}
                onClick={() => playTestimony(engine, x)}
              >
                {localize(x.title, lang).text}
              </button>
              {/* Read before it plays, not only on the landing. */}
              <p className="testimony-note" id={`note-${x.id}`} data-role="content-note" lang={note.lang}>
                <strong>{ct('noteBeforePlay')}:</strong> {note.text}
              </p>
            </li>
          )
        })}
      </ul>
    </details>
  )
}
