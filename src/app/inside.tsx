import { ActionPanel, OpenLater } from '../actions/action-panel'
import { useAudioEngine } from '../audio/audio-store'
import { useT } from '../i18n/use-t'
import { CellChoice } from '../ui/cell-choice'
import { CellView } from '../ui/cell-view'
import { LanguageSelect } from '../ui/language-select'
import { ComfortButton } from '../comfort/comfort-button'
import { useAppStore } from '../state/app-store'
import { lazyPart } from '../parts/lazy-part'
import { useContent } from '../state/content-store'
import '../ui/inside.css'
import '../a11y/a11y.css'

// Where its code cannot arrive, Back returns to the cells or the cell, with Take action.
const LetterPage = lazyPart(() => import('../letters/letter-page'), {
  name: 'LetterPage',
  fallback: <p className="loading">…</p>,
  back: () => useAppStore.getState().closeLetters(),
})

/** Everything after the landing: loaded with the Begin tap, so the landing page stays light. */
export default function Inside({ base }: { base: string }) {
  const phase = useAppStore((s) => s.phase)
  // A cell opens once the Begin tap has started the sound (a tap before the audio code came waits for it).
  const sound = useAudioEngine() !== null
  return (
    <>
      <DemoBanner />
      {phase === 'cells' && (
        <>
          <TopActions />
          <CellChoice />
        </>
      )}
      {phase === 'cell' && sound && <CellView base={base} />}
      {phase === 'letter' && <LetterPage base={base} />}
      {phase !== 'letter' && <OpenLater />}
    </>
  )
}

/** Demo content says so on every screen. */
function DemoBanner() {
  const t = useT()
  const content = useContent((s) => s.loadable)
  if (content.status !== 'ready' || !content.value.manifest.demo) return null
  return (
    // A landmark of its own, so navigating by landmarks does not skip it.
    <aside className="demo-banner" data-role="demo-banner" aria-label={t('demo')}>
      <p>{t('demoBanner')}</p>
    </aside>
  )
}

/** Comfort, language and Take action; also where the manifest cannot be read (Take action then has fewer links). */
function TopActions() {
  const content = useContent((s) => s.loadable)
  if (content.status !== 'ready' && content.status !== 'error') return null
  return (
    <header className="top-actions">
      <ComfortButton />
      <LanguageSelect className="top-lang" />
      <ActionPanel manifest={content.status === 'ready' ? content.value.manifest : null} />
    </header>
  )
}
