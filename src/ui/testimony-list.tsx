import { useStore } from 'zustand'
import type { AudioEngine } from '../audio/audio-engine'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { playTestimony } from '../testimonies/play'

/** Every testimony as a plain button too: for screen readers, and where 3D cannot be shown. */
export function TestimonyList({ engine, cell }: { engine: AudioEngine; cell: Cell }) {
  const t = useT()
  const lang = useLanguage()
  const playing = useStore(engine.player.store, (s) => s.testimonyId)
  // Every testimony of a cell can be withdrawn (consent): the room stays, and says why it is silent.
  if (cell.testimonies.length === 0)
    return (
      <p className="notice" role="status" data-role="no-testimonies">
        {t('noTestimonies')}
      </p>
    )
  return (
    <details className="testimony-list">
      <summary>{t('testimonies')}</summary>
      <ul>
        {cell.testimonies.map((x) => (
          <li key={x.id}>
            <button
              type="button"
              data-testimony-item={x.id}
              aria-pressed={playing === x.id}
              onClick={() => playTestimony(engine, x)}
            >
              {localize(x.title, lang).text}
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
