import { useEffect, useState } from 'react'
import { useAppStore } from '../state/app-store'
import { useSettings } from '../state/settings'
import { ExternalLink } from '../actions/external-link'
import type { Letters } from '../content/schema'
import { useStore } from '@nanostores/react'
import { defineMessages, format, useLanguage, useTranslator } from '../i18n/i18n'
import { localize } from '../content/localize'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { ContentProblems } from '../ui/content-problems'
import { LanguageSelect } from '../ui/language-select'
import { GROUP_ORDER, composePostcard, postcardText } from './composer'
import { useComposer } from './composer-store'
import { lettersEn, type LettersKey } from './messages-en'
import './letters.css'

const lettersMessages = defineMessages(
  'letters',
  lettersEn,
  async (lang) => (await import('./messages-translations')).LETTERS[lang],
)
const useLettersT = () => useTranslator<LettersKey>(lettersMessages)

/**
 * Write a letter: why letters matter, how to write so a letter gets through, people to write to, and a postcard
 * composer in Russian with a translation beside it. Everything typed stays on this device.
 */
export function LetterPage({ base }: { base: string }) {
  const t = useLettersT()
  const close = useAppStore((s) => s.closeLetters)
  const [letters, setLetters] = useState<Letters | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    import('../content/load')
      .then((m) => m.loadLetters(base))
      .then(
        (l) => live && setLetters(l),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      )
    return () => {
      live = false
    }
  }, [base])

  return (
    <main className="letter-page" data-role="letter-page">
      <header className="letter-header">
        <button type="button" data-role="letters-back" onClick={close}>
          ← {t('back')}
        </button>
        <h1>{t('pageTitle')}</h1>
        <LanguageSelect className="top-lang" />
      </header>
      {error && <ContentProblems problems={[error]} />}
      <Why />
      <Rules letters={letters} />
      {letters && <Directory letters={letters} />}
      {letters && <Composer letters={letters} />}
    </main>
  )
}

function Why() {
  const t = useLettersT()
  return (
    <section className="letter-why">
      <h2>{t('whyTitle')}</h2>
      <p>{t('whyWatching')}</p>
      <p>{t('whyAbroad')}</p>
      <p>{t('whySupport')}</p>
    </section>
  )
}

function Rules({ letters }: { letters: Letters | null }) {
  const t = useLettersT()
  const lang = useLanguage()
  const route = letters && localize(letters.donbasRoute.text, lang)
  return (
    <section className="letter-rules">
      <h2>{t('rulesTitle')}</h2>
      <ul>
        <li>{t('ruleRussian')}</li>
        <li>{t('ruleNeutral')}</li>
        <li>{t('ruleEnvelope')}</li>
        <li>{t('ruleReply')}</li>
        <li>
          {t('ruleDonbas')}{' '}
          {letters && route && (
            <ExternalLink url={letters.donbasRoute.url} qrLabel={route.text} qrSize={120} lang={route.lang}>
              {route.text}
            </ExternalLink>
          )}
        </li>
      </ul>
    </section>
  )
}

function Directory({ letters }: { letters: Letters }) {
  const t = useLettersT()
  const common = useT()
  const lang = useLanguage()
  const setRecipient = useComposer((s) => s.setRecipient)
  return (
    <section className="letter-directory">
      <h2>{t('directoryTitle')}</h2>
      {letters.demo && <p className="demo-note">{t('demoDirectory')}</p>}
      <ul>
        {letters.recipients.map((r) => {
          const name = localize(r.name, lang)
          const who = localize(r.who, lang)
          const heldAt = localize(r.heldAt, lang)
          return (
            <li key={r.id} className="recipient" data-recipient={r.id}>
              <h3 lang={name.lang}>
                {name.text} {r.demo && <span className="demo-badge">{common('demo')}</span>}
              </h3>
              <p>
                {t('born', { year: r.yearOfBirth })} · <span lang={who.lang}>{who.text}</span>
              </p>
              <p>
                {t('heldAt')}: <span lang={heldAt.lang}>{heldAt.text}</span>
              </p>
              <p className="address" lang="ru">
                {t('address')}: {r.address.join(', ')}
              </p>
              <button
                type="button"
                onClick={() => {
                  setRecipient(r.id)
                  document.getElementById('composer')?.scrollIntoView({ behavior: 'smooth' })
                }}
              >
                {t('writeTo', { name: name.text })}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Composer({ letters }: { letters: Letters }) {
  const t = useLettersT()
  const lang = useLanguage()
  const draft = useComposer()
  // On a shared kiosk the clipboard would hand one visitor's letter to the next.
  const canCopy = useSettings((s) => s.deployment.mode !== 'kiosk')
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const card = composePostcard(letters, draft, lang)
  const today = new Date()
  const { time } = useStore(format)

  const copy = async () => {
    if (!card) return
    try {
      await navigator.clipboard.writeText(postcardText(card))
      setCopyState('copied')
    } catch {
      setCopyState('failed')
    }
  }

  return (
    <section className="composer" id="composer" data-role="composer">
      <h2>{t('composerTitle')}</h2>
      <p className="composer-privacy">{t('nothingLeaves')}</p>
      <label className="composer-field">
        <span>{t('choosePerson')}</span>
        <select
          data-role="recipient"
          value={draft.recipientId ?? ''}
          onChange={(e) => draft.setRecipient(e.target.value || null)}
        >
          <option value="">{t('choosePersonPrompt')}</option>
          {letters.recipients.map((r) => (
            <option key={r.id} value={r.id}>
              {localize(r.name, lang).text}
            </option>
          ))}
        </select>
      </label>

      <h3>{t('pickPhrases')}</h3>
      {GROUP_ORDER.map((group) => (
        <fieldset key={group} className="phrase-group" data-group={group}>
          <legend>{t(`group_${group}`)}</legend>
          {letters.phrases
            .filter((p) => p.group === group)
            .map((p) => (
              <label key={p.id} className="phrase">
                <input
                  type="checkbox"
                  data-phrase={p.id}
                  checked={draft.phraseIds.includes(p.id)}
                  onChange={() => draft.togglePhrase(p.id)}
                />
                <span className="phrase-ru" lang="ru">
                  {p.ru}
                </span>
                <span className="phrase-translation" lang={lang}>
                  {p.translation[lang]}
                </span>
              </label>
            ))}
        </fieldset>
      ))}

      <div className="composer-me">
        <label className="composer-field">
          <span>{t('yourName')}</span>
          <input
            data-role="writer-name"
            value={draft.name}
            autoComplete="off"
            maxLength={60}
            onChange={(e) => draft.setName(e.target.value)}
          />
        </label>
        <label className="composer-field">
          <span>{t('yourCountry')}</span>
          <input
            data-role="writer-country"
            value={draft.country}
            autoComplete="off"
            maxLength={60}
            onChange={(e) => draft.setCountry(e.target.value)}
          />
        </label>
      </div>
      <p aria-live="polite">{t('phrasesChosen', { count: draft.phraseIds.length })}</p>

      <section className="preview" data-role="preview" aria-label={t('preview')}>
        <h3>{t('preview')}</h3>
        {!card ? (
          <p>{t('previewEmpty')}</p>
        ) : (
          <>
            <div className="preview-columns">
              <div className="postcard-russian" lang="ru" data-role="postcard-russian">
                <h4>{t('russianText')}</h4>
                {card.russian.map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </div>
              <div className="postcard-translation" lang={lang} data-role="postcard-translation">
                <h4>{t('translation', { language: LANGUAGE_NAMES[lang] })}</h4>
                {card.translation.map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </div>
            </div>
            <div className="preview-envelope" lang="ru">
              <h4>{t('envelope')}</h4>
              <p>
                <strong>{t('envelopeTo')}:</strong> {card.envelope.to.join(', ')}
              </p>
              {card.envelope.from.length > 0 && (
                <p>
                  <strong>{t('envelopeFrom')}:</strong> {card.envelope.from.join(', ')}
                </p>
              )}
            </div>
            <p className="composer-date">{t('dated', { date: time(today, { dateStyle: 'long' }) })}</p>
            <div className="composer-actions">
              <button type="button" data-role="print" onClick={() => window.print()}>
                {t('print')}
              </button>
              {canCopy && (
                <button type="button" data-role="copy" onClick={() => void copy()}>
                  {t('copy')}
                </button>
              )}
              <button
                type="button"
                onClick={() => {
                  draft.clear()
                  setCopyState('idle')
                }}
              >
                {t('clear')}
              </button>
            </div>
            {copyState !== 'idle' && <p role="status">{copyState === 'copied' ? t('copied') : t('copyFailed')}</p>}
          </>
        )}
      </section>

      {card && (
        <div className="print-sheets" aria-hidden="true">
          <article className="postcard-sheet" lang="ru" data-role="postcard-sheet">
            {card.russian.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
            <p className="postcard-date">{new Intl.DateTimeFormat('ru', { dateStyle: 'long' }).format(today)}</p>
          </article>
          <article className="envelope-sheet" lang="ru" data-role="envelope-sheet">
            <div className="envelope-to">
              {card.envelope.to.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </div>
            {card.envelope.from.length > 0 && (
              <div className="envelope-from">
                {card.envelope.from.map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </div>
            )}
          </article>
        </div>
      )}
    </section>
  )
}
