import { useEffect, useId, useState, type FormEvent } from 'react'
import { useDialogFocus } from '../a11y/focus'
import { useStartedAudioEngine } from '../audio/audio-store'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { useSettings } from '../state/settings'
import { playTestimony } from '../testimonies/play'
import { askKey, useAsk } from './load'
import { answeredQuestions, ASK_SUGGESTIONS, findAnswer, suggestions, type AskPart, type Suggestion } from './match'
import { useAskT } from './messages'
import { askAnswered } from './outcome'
import './ask.css'

/** How near its end (s) the part counts as over: the audio's time is reported about four times a second. */
const PART_END_SLACK_S = 0.05

/** An answer is its part alone until the visitor asks for the whole testimony (`whole`); `ended`: the part is over. */
type Shown =
  | { kind: 'idle' }
  | { kind: 'answer'; part: AskPart; whole: boolean; ended: boolean }
  | { kind: 'none'; instead: Suggestion[] }

/**
 * Ask, on screen and at a kiosk: suggested questions that reach every testimony of the cell, and (where a visitor
 * can type: not at a kiosk) a field for their own. The best part plays from its speaker's spot with captions; the
 * panel says whose voice and which part, and offers the whole testimony. With no answer good enough, it says so and
 * offers three questions that have one. Loaded, with its search library and index, on its first opening.
 */
export default function AskPanel({ cell, base, onClose }: { cell: Cell; base: string; onClose(): void }) {
  const t = useAskT()
  const lang = useLanguage()
  const engine = useStartedAudioEngine()
  const id = useId()
  const kiosk = useSettings((s) => s.deployment.mode === 'kiosk')
  const load = useAsk((s) => s.cells[askKey(cell.id, lang)] ?? null)
  useEffect(() => useAsk.getState().load(cell, lang, base), [cell, lang, base])
  const heading = useDialogFocus(onClose)
  const [typed, setTyped] = useState('')
  const [said, setSaid] = useState<{ lang: string; shown: Shown }>({ lang, shown: { kind: 'idle' } })
  // a new language is a new index: what was shown was in the old one
  const shown: Shown = said.lang === lang ? said.shown : { kind: 'idle' }
  const setShown = (next: Shown) => setSaid({ lang, shown: next })

  const ready = load?.status === 'ready' ? load.value : null
  const play = (part: AskPart, from: number) => {
    const testimony = cell.testimonies.find((x) => x.id === part.testimony)
    if (testimony) playTestimony(engine, testimony, from)
  }
  const answerWith = (part: AskPart) => {
    setShown({ kind: 'answer', part, whole: false, ended: false })
    play(part, part.start)
  }
  const pick = (s: Suggestion) => {
    askAnswered({ result: 'answered', how: 'suggested', cell: cell.id, testimony: s.part.testimony, lang })
    answerWith(s.part)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const question = typed.trim()
    if (!ready || !question) return
    const found = findAnswer(ready.index, question, cell.id)
    askAnswered({
      result: found.kind === 'answer' ? 'answered' : 'no-answer',
      how: 'typed',
      cell: cell.id,
      testimony: found.kind === 'answer' ? found.part.testimony : undefined,
      lang,
      typed: question,
    })
    if (found.kind === 'answer') answerWith(found.part)
    else setShown({ kind: 'none', instead: answeredQuestions(ready.offered, question) })
  }

  // The part that answers ends where it ends: the voice pauses there (Resume, or the whole testimony, goes on).
  const partOnly = shown.kind === 'answer' && !shown.whole && !shown.ended ? shown.part : null
  useEffect(() => {
    if (!partOnly) return
    const { element, store } = engine.player
    const ended = () =>
      setSaid((said) =>
        said.shown.kind === 'answer' && said.shown.part === partOnly
          ? { ...said, shown: { ...said.shown, ended: true } }
          : said,
      )
    const atEnd = () => {
      const s = store.getState()
      if (s.testimonyId !== partOnly.testimony || s.status !== 'playing') return
      if (element.currentTime < partOnly.end - PART_END_SLACK_S) return
      engine.player.pause()
      ended()
    }
    // The last part ends with the recording.
    const atRecordingEnd = () => store.getState().testimonyId === partOnly.testimony && ended()
    element.addEventListener('timeupdate', atEnd)
    element.addEventListener('ended', atRecordingEnd)
    return () => {
      element.removeEventListener('timeupdate', atEnd)
      element.removeEventListener('ended', atRecordingEnd)
    }
  }, [engine, partOnly])

  const offered = ready ? suggestions(ready.offered, ASK_SUGGESTIONS) : []
  const state =
    !load || load.status === 'loading'
      ? 'loading'
      : load.status === 'error'
        ? 'error'
        : shown.kind === 'idle'
          ? 'ready'
          : shown.kind
  return (
    <section
      className="ask-panel"
      data-role="ask-panel"
      data-ask={state}
      data-ask-part={shown.kind === 'answer' ? `${shown.part.testimony}#${shown.part.part}` : undefined}
      data-ask-ended={shown.kind === 'answer' && shown.ended ? '' : undefined}
      role="region"
      aria-labelledby={`${id}-title`}
      aria-busy={state === 'loading'}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('title')}
      </h2>
      <p className="ask-intro">{t('intro')}</p>
      {load?.status === 'error' ? (
        <p className="notice" role="alert" data-role="ask-problem">
          {t('problem', { file: load.file })}
        </p>
      ) : !ready ? (
        <p role="status">{t('reading')}</p>
      ) : (
        <>
          <div role="status" className="ask-result" data-role="ask-result">
            {shown.kind === 'answer' && (
              <Answer
                cell={cell}
                part={shown.part}
                ended={shown.ended}
                onWhole={() => {
                  setShown({ ...shown, whole: true, ended: false })
                  play(shown.part, 0)
                }}
              />
            )}
            {shown.kind === 'none' && <p data-role="ask-no-answer">{t('noAnswer')}</p>}
          </div>
          {shown.kind === 'none' && <Questions list={shown.instead} role="ask-instead" onPick={pick} />}
          <h3 className="ask-sub">{t('suggested')}</h3>
          <Questions list={offered} role="ask-suggestions" onPick={pick} />
          {!kiosk && (
            <form className="ask-form" onSubmit={submit} data-role="ask-form">
              <label htmlFor={`${id}-q`}>{t('yourQuestion')}</label>
              <input
                id={`${id}-q`}
                type="text"
                data-role="ask-input"
                value={typed}
                maxLength={160}
                autoComplete="off"
                spellCheck
                onChange={(e) => setTyped(e.currentTarget.value)}
                aria-describedby={`${id}-private`}
              />
              <button type="submit" data-role="ask-submit">
                {t('askIt')}
              </button>
              <p id={`${id}-private`} className="ask-private">
                {t('private')}
              </p>
            </form>
          )}
        </>
      )}
      <button type="button" data-role="ask-close" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  )
}

function Questions({ list, role, onPick }: { list: Suggestion[]; role: string; onPick(s: Suggestion): void }) {
  return (
    <ul className="ask-questions" data-role={role}>
      {list.map((s) => (
        <li key={`${s.part.testimony}#${s.part.part}#${s.text}`}>
          <button type="button" data-ask-question={`${s.part.testimony}#${s.part.part}`} onClick={() => onPick(s)}>
            {s.text}
          </button>
        </li>
      ))}
    </ul>
  )
}

/** Whose voice it is and which part, with the way to the whole testimony. */
function Answer({ cell, part, ended, onWhole }: { cell: Cell; part: AskPart; ended: boolean; onWhole(): void }) {
  const t = useAskT()
  const lang = useLanguage()
  const testimony = cell.testimonies.find((x) => x.id === part.testimony)
  if (!testimony) return null
  return (
    <>
      <p data-role="ask-answer">
        {t('answer', {
          speaker: localize(testimony.speaker.label, lang).text,
          part: part.title,
          testimony: localize(testimony.title, lang).text,
        })}
      </p>
      {ended && <p data-role="ask-part-ended">{t('partEnded')}</p>}
      <button type="button" data-role="ask-whole" onClick={onWhole}>
        {t('wholeTestimony')}
      </button>
    </>
  )
}
