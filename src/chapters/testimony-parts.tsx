import { useStartedAudioEngine } from '../audio/audio-store'
import type { Testimony } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { useParts } from './use-parts'
import './parts.css'

/** Seconds as the visitor reads a moment: 1:05. */
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`

/**
 * A testimony's parts on its card (under its Parts toggle): each starts the voice from its beginning, from the testimony's spot, with captions;
 * the part playing is marked (`aria-current`). A chapters file that cannot be read is named, and there is nothing to
 * choose: the testimony plays whole.
 */
export function TestimonyParts({ testimony }: { testimony: Testimony }) {
  const engine = useStartedAudioEngine()
  const t = useT()
  const lang = useLanguage()
  const { file, load, playing, start } = useParts(engine, testimony)
  if (!file || !load || load.status === 'loading') return null
  if (load.status === 'error')
    return (
      <p className="notice" role="alert" data-role="parts-error">
        {t('partsProblem', { file: load.file })}
      </p>
    )
  const titleLang = testimony.chapters?.[lang] ? lang : 'en'
  return (
    <nav className="testimony-parts" data-role="parts" aria-label={t('parts')}>
      <ol>
        {load.parts.map((part, i) => (
          <li key={i}>
            <button
              type="button"
              data-part={i}
              aria-current={i === playing ? 'true' : undefined}
              onClick={() => start(part)}
            >
              <span className="part-time">{clock(part.start)}</span> <span lang={titleLang}>{part.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
