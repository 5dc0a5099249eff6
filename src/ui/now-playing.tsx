import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AudioEngine } from '../audio/audio-engine'
import { useStartedAudioEngine } from '../audio/audio-store'
import { isSpeaking } from '../audio/testimony-player'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { playTestimony } from '../testimonies/play'
import { playbackProblemText } from '../audio/problem-text'
import { escapeCloses } from '../a11y/disclosure-escape'
import { ShareButton } from '../share/share-button'
import { RecordingDisclosure } from '../provenance/recording-disclosure'
import { lazyPart } from '../parts/lazy-part'

// Fetched, with the chapters file, only when the visitor opens a testimony's parts: never on the way to the first voice.
const TestimonyParts = lazyPart(() => import('../chapters/testimony-parts'), { name: 'TestimonyParts' })
// The transcript with its parts' headings: fetched, with the chapters, when the transcript is opened.
const TranscriptParts = lazyPart(() => import('../chapters/transcript-parts'), { name: 'TranscriptParts' })

/**
 * The speaker card and pause / resume / stop for the testimony that is playing. On a phone (`folded`) it is one line,
 * the speaker and the title beside the two buttons, that opens on a tap into the whole card.
 */
export function NowPlaying({ cell, base, folded = false }: { cell: Cell; base: string; folded?: boolean }) {
  const lang = useLanguage()
  const playback = useStore(useStartedAudioEngine().player.store)
  useKeepFocus(playback.testimonyId)
  const testimony = cell.testimonies.find((x) => x.id === playback.testimonyId)
  if (!testimony) return null
  // A new testimony starts folded again (its key), unless it has no captions in this language.
  return (
    <SpeakerCard
      key={testimony.id}
      cell={cell}
      base={base}
      testimony={testimony}
      folded={folded}
      status={playback.status}
      error={playback.error}
      uncaptioned={!testimony.captions[lang]}
    />
  )
}

type Testimony = Cell['testimonies'][number]
type Playback = ReturnType<AudioEngine['player']['store']['getState']>

function SpeakerCard({
  cell,
  base,
  testimony,
  folded,
  status,
  error,
  uncaptioned,
}: {
  cell: Cell
  base: string
  testimony: Testimony
  folded: boolean
  status: Playback['status']
  error: Playback['error']
  /** The curator chose to publish it without captions in this language: say so, and open the transcript. */
  uncaptioned: boolean
}) {
  const engine = useStartedAudioEngine()
  const t = useT()
  const lang = useLanguage()
  const more = useId()
  const [open, setOpen] = useState(uncaptioned)
  const speaking = isSpeaking(status)
  const label = localize(testimony.speaker.label, lang)
  const title = localize(testimony.title, lang)
  const bio = localize(testimony.speaker.bio, lang)
  const note = localize(testimony.contentNote, lang)
  const transcript = localize(testimony.transcript, lang)
  const name = (
    <>
      <bdi lang={label.lang}>{label.text}</bdi>{' '}
      {testimony.speaker.demo && <span className="demo-badge">{t('demo')}</span>}
    </>
  )
  return (
    <section
      className="speaker-card"
      data-role="speaker-card"
      data-folded={folded && !open ? 'true' : undefined}
      data-waiting={status === 'loading' ? 'true' : undefined}
      aria-busy={status === 'loading'}
      aria-label={t('speaker')}
    >
      <div className="player-line">
        <h2>
          {folded ? (
            <button
              type="button"
              className="player-more"
              data-role="player-more"
              aria-expanded={open}
              aria-controls={more}
              onClick={() => setOpen(!open)}
            >
              <span className="player-name">
                {name}
                <span className="player-title" lang={title.lang}>
                  {' · '}
                  {title.text}
                </span>
              </span>
            </button>
          ) : (
            name
          )}
        </h2>
        {/* Silence while the recording's data is awaited is shown, not only heard (then the give-up's error). */}
        {status === 'loading' && (
          <span className="player-wait" data-role="player-wait">
            {t('waitingVoice')}
          </span>
        )}
        <div className="player-controls">
          {/* One button that changes its word, so the keyboard focus stays on it between pause and resume; after an
              error it asks the server afresh (the player reloads the recording). */}
          <button
            type="button"
            data-role={speaking ? 'pause' : 'resume'}
            onClick={() => (speaking ? engine.player.pause() : playTestimony(engine, testimony))}
          >
            {speaking ? t('pause') : status === 'error' ? t('retry') : t('resume')}
          </button>
          <button type="button" data-role="stop" onClick={() => engine.player.stop()}>
            {t('stop')}
          </button>
        </div>
      </div>
      {error && (
        <p className="notice" role="alert" data-role="audio-error">
          {playbackProblemText(t, error)}
        </p>
      )}
      {uncaptioned && (
        <p className="notice" data-role="no-captions">
          {t('noCaptions')}
        </p>
      )}
      <div className="speaker-more" id={more} hidden={folded && !open}>
        <p className="speaker-bio" lang={bio.lang}>
          {bio.text}
        </p>
        <p className="speaker-note" lang={note.lang}>
          {note.text}
        </p>
        {testimony.chapters && <PartsDisclosure testimony={testimony} />}
        <RecordingDisclosure cell={cell} testimony={testimony} base={base} speaking={speaking} />
        <ShareButton
          role="share-moment"
          label={t('shareFrom')}
          title={title.text}
          text={t('shareTestimony', { title: title.text, cell: localize(cell.name, lang).text })}
          place={() => ({ kind: 'testimony', cell: cell.id, testimony: testimony.id, at: engine.player.currentTime })}
        />
        <TranscriptDisclosure testimony={testimony} base={base} open={uncaptioned}>
          <p lang={transcript.lang}>{transcript.text}</p>
        </TranscriptDisclosure>
      </div>
    </section>
  )
}

/** The transcript behind its toggle; with parts, their titles stand as headings in it once it is opened. */
function TranscriptDisclosure({
  testimony,
  base,
  open: openAtFirst,
  children,
}: {
  testimony: Testimony
  base: string
  open: boolean
  children: ReactNode
}) {
  const t = useT()
  const [open, setOpen] = useState(openAtFirst)
  return (
    <details
      ref={escapeCloses}
      className="transcript"
      open={openAtFirst || undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary data-role="transcript-toggle">{t('transcript')}</summary>
      {open && testimony.chapters ? <TranscriptParts testimony={testimony} base={base} /> : children}
    </details>
  )
}

/** A testimony's parts behind one toggle: their code and file are fetched when it is opened, not with the voice. */
function PartsDisclosure({ testimony }: { testimony: Testimony }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <details ref={escapeCloses} className="parts-toggle" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-role="parts-toggle">{t('parts')}</summary>
      {open && <TestimonyParts testimony={testimony} />}
    </details>
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
