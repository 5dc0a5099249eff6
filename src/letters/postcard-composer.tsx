import { useStore } from '@nanostores/react'
import { useState } from 'react'
import { localize } from '../content/localize'
import type { Letters } from '../content/schema'
import { format, useLanguage } from '../i18n/i18n'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { useSettings } from '../state/settings'
import { GROUP_ORDER, composePostcard, postcardText } from './composer'
import { useComposer } from './composer-store'
import { useLettersT } from './use-letters-t'

/**
 * The postcard composer: a person from the directory, simple phrases in Russian with their translation, a preview,
 * print or copy. Everything typed stays on this device.
 */
export function Composer({ letters }: { letters: Letters }) {
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
        <WriterField label={t('yourName')} role="writer-name" value={draft.name} onChange={draft.setName} />
        <WriterField label={t('yourCountry')} role="writer-country" value={draft.country} onChange={draft.setCountry} />
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

/** One line about the writer: kept in memory only, never suggested by the browser's autofill. */
function WriterField(props: { label: string; role: string; value: string; onChange(value: string): void }) {
  return (
    <label className="composer-field">
      <span>{props.label}</span>
      <input
        data-role={props.role}
        value={props.value}
        autoComplete="off"
        maxLength={60}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  )
}
