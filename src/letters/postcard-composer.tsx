import { useId, useMemo, useState } from 'react'
import { localize } from '../content/localize'
import { receivesLetters, type Letters } from './schema'
import { formatDate, useLanguage } from '../i18n/i18n'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { useSettings } from '../state/settings'
import { censorWarnings, type CensorRule } from './censor'
import { GROUP_ORDER, composePostcard, postcardText, senderNameRu } from './composer'
import { useComposer } from './composer-store'
import { countryInRussian, countryOptions, toRussianCyrillic } from './sender'
import type { LettersKey } from './messages-en'
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
          {letters.recipients.filter(receivesLetters).map((r) => (
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

      <OwnWords />
      <Sender />
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
            <p className="composer-date">{t('dated', { date: formatDate(today, { dateStyle: 'long' }) })}</p>
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

/**
 * The writer's name and country: the name as typed and in Cyrillic (transliterated, correctable), the country chosen
 * from a list and written in Russian, so that no Latin script reaches the postcard or the envelope.
 */
function Sender() {
  const t = useLettersT()
  const lang = useLanguage()
  const name = useComposer((s) => s.name)
  const nameRu = useComposer((s) => s.nameRu)
  const countryCode = useComposer((s) => s.countryCode)
  const { setName, setNameRu, setCountry } = useComposer.getState()
  const countries = useMemo(() => countryOptions(lang), [lang])
  const hintId = useId()
  const cyrillic = senderNameRu({ name, nameRu })
  return (
    <div className="composer-me">
      <WriterField label={t('yourName')} role="writer-name" value={name} onChange={setName} />
      <label className="composer-field">
        <span>{t('nameCyrillic')}</span>
        <input
          data-role="writer-name-ru"
          lang="ru"
          value={nameRu ?? cyrillic}
          autoComplete="off"
          maxLength={60}
          aria-describedby={hintId}
          // Emptied, or back to what the transliteration writes: it follows the name again.
          onChange={(e) =>
            setNameRu(e.target.value === '' || e.target.value === toRussianCyrillic(name) ? null : e.target.value)
          }
        />
        <small id={hintId}>{t('nameCyrillicHint')}</small>
      </label>
      <label className="composer-field">
        <span>{t('yourCountry')}</span>
        <select data-role="writer-country" value={countryCode} onChange={(e) => setCountry(e.target.value)}>
          <option value="">{t('countryPrompt')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {countryCode && (
          <small lang="ru" data-role="writer-country-ru">
            {t('countryInRussian', { country: countryInRussian(countryCode) })}
          </small>
        )}
      </label>
      <CensorWarnings text={cyrillic} role="name-warnings" />
    </div>
  )
}

/** The writer's own words, checked as they type against what censors stop letters for. */
function OwnWords() {
  const t = useLettersT()
  const text = useComposer((s) => s.ownWords)
  const setOwnWords = useComposer((s) => s.setOwnWords)
  const hintId = useId()
  const warningsId = useId()
  return (
    <div className="composer-own">
      <label className="composer-field composer-own-field">
        <span>{t('ownWords')}</span>
        <textarea
          data-role="own-words"
          lang="ru"
          rows={3}
          maxLength={400}
          value={text}
          autoComplete="off"
          aria-describedby={`${hintId} ${warningsId}`}
          onChange={(e) => setOwnWords(e.target.value)}
        />
        <small id={hintId}>{t('ownWordsHint')}</small>
      </label>
      <CensorWarnings text={text} role="own-words-warnings" id={warningsId} />
    </div>
  )
}

const WARNING_TEXT: Record<CensorRule, LettersKey> = {
  latin: 'warn_latin',
  abbreviation: 'warn_abbreviation',
  digits: 'warn_digits',
  war: 'warn_war',
  politics: 'warn_politics',
  case: 'warn_case',
}

/** Warnings beside the text they are about: visible, announced politely, never blocking. */
function CensorWarnings({ text, role, id }: { text: string; role: string; id?: string }) {
  const t = useLettersT()
  const warnings = censorWarnings(text)
  return (
    <div
      id={id}
      className="censor-warnings"
      data-role={role}
      data-warnings={warnings.map((w) => w.rule).join(' ')}
      aria-live="polite"
    >
      {warnings.length > 0 && (
        <>
          <p className="censor-warnings-title">{t('warningsTitle')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.rule} data-rule={w.rule}>
                {t(WARNING_TEXT[w.rule], { found: w.found.join(', ') })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
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
