import { useEffect, useRef } from 'react'
import { useStore } from 'zustand'
import type { AudioEngine } from '../audio/audio-engine'
import { isSpeaking } from '../audio/testimony-player'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { playTestimony } from '../testimonies/play'
import { playbackProblemText } from '../audio/problem-text'
import { escapeCloses } from '../a11y/disclosure-escape'
import { ShareButton } from '../share/share-button'

/** The speaker card and pause / resume / stop for the testimony that is playing. */
export function NowPlaying({ engine, cell }: { engine: AudioEngine; cell: Cell }) {
  const t = useT()
  const lang = useLanguage()
  const playback = useStore(engine.player.store)
  useKeepFocus(playback.testimonyId)
  const testimony = cell.testimonies.find((x) => x.id === playback.testimonyId)
  if (!testimony) return null
  const speaking = isSpeaking(playback.status)
  const label = localize(testimony.speaker.label, lang)
  const bio = localize(testimony.speaker.bio, lang)
  const note = localize(testimony.contentNote, lang)
  const transcript = localize(testimony.transcript, lang)
  const title = localize(testimony.title, lang)
  // the curator chose to publish it without captions in this language: say so, and open the transcript
  const uncaptioned = !testimony.captions[lang]
  return (
    <section className="speaker-card" data-role="speaker-card" aria-label={t('speaker')}>
      <h2 lang={label.lang}>
        <bdi>{label.text}</bdi> {testimony.speaker.demo && <span className="demo-badge">{t('demo')}</span>}
      </h2>
      <p className="speaker-bio" lang={bio.lang}>
        {bio.text}
      </p>
      <p className="speaker-note" lang={note.lang}>
        {note.text}
      </p>
      {playback.error && (
        <p className="notice" role="alert" data-role="audio-error">
          {playbackProblemText(t, playback.error)}
        </p>
      )}
      <div className="player-controls">
        {/* One button that changes its word, so the keyboard focus stays on it between pause and resume; after an
            error it asks the server afresh (the player reloads the recording). */}
        <button
          type="button"
          data-role={speaking ? 'pause' : 'resume'}
          onClick={() => (speaking ? engine.player.pause() : playTestimony(engine, testimony))}
        >
          {speaking ? t('pause') : playback.status === 'error' ? t('retry') : t('resume')}
        </button>
        <button type="button" data-role="stop" onClick={() => engine.player.stop()}>
          {t('stop')}
        </button>
        <ShareButton
          role="share-moment"
          label={t('shareFrom')}
          title={title.text}
          text={t('shareTestimony', { title: title.text, cell: localize(cell.name, lang).text })}
          place={() => ({ kind: 'testimony', cell: cell.id, testimony: testimony.id, at: engine.player.currentTime })}
        />
      </div>
      {uncaptioned && (
        <p className="notice" data-role="no-captions">
          {t('noCaptions')}
        </p>
      )}
      <details ref={escapeCloses} className="transcript" open={uncaptioned || undefined}>
        <summary>{t('transcript')}</summary>
        <p lang={transcript.lang}>{transcript.text}</p>
      </details>
    </section>
  )
}

/**
 * When the card goes (Stop, Escape) with the keyboard focus in it, the focus would fall to the page's body: it goes to
 * the testimony's own button in the list, or its marker, or else the cell's heading.
 */
function useKeepFocus(testimonyId: string | null) {
  const last = useRef<string | null>(null)
  useEffect(() => {
    const prev = last.current
    last.current = testimonyId
    if (testimonyId || !prev) return
    const active = document.activeElement
    if (active && active !== document.body) return
    const shown = (el: HTMLElement | null): el is HTMLElement =>
      !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    const target = [
      `[data-testimony-item="${CSS.escape(prev)}"]`,
      `[data-testimony="${CSS.escape(prev)}"]`,
      '.cell-title',
    ]
      .map((selector) => document.querySelector<HTMLElement>(selector))
      .find(shown)
    target?.focus({ preventScroll: true })
  }, [testimonyId])
}
