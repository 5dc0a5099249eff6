import { escapeCloses } from '../a11y/disclosure-escape'
import { localize } from '../content/localize'
import type { Cell, Testimony } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { partialDateText } from './dates'
import { useProvenanceT } from './messages'
import { useProvenanceRecord } from './record-store'
import { EDIT_KEYS, PLACE_KEYS, languageName, listText, plainVoiceKey } from './record-text'
import './about-recording.css'

/**
 * About this recording, on the speaker's card: when and in what language it was recorded, who transcribed and
 * translated it, what was done to the audio and what the speaker agreed to. A voice that is synthetic or altered says
 * so outside the disclosure, where it is seen without opening anything.
 */
export function AboutRecording({ cell, testimony, base }: { cell: Cell; testimony: Testimony; base: string }) {
  const t = useProvenanceT()
  const lang = useLanguage()
  const record = useProvenanceRecord(base, cell)
  const recording = record?.status === 'ready' ? record.value.testimonies[testimony.id] : undefined
  // A demo speaker's voice is synthetic by the content's own rule (schema.ts), before the record arrives.
  const plain =
    (recording && plainVoiceKey(recording.audioEdits)) ??
    (testimony.speaker.consent === 'demo-synthetic' ? 'plainSynthetic' : null)
  const scope = testimony.consentScope
  const row = (label: string, value: string, lang?: string) => (
    <>
      <dt>{label}</dt>
      <dd lang={lang}>{value}</dd>
    </>
  )
  return (
    <>
      {plain && (
        <p className="voice-plain" data-role="voice-plain">
          {t(plain)}
        </p>
      )}
      <details ref={escapeCloses} className="about-recording" data-role="about-recording">
        <summary>{t('aboutRecording')}</summary>
        {recording ? (
          <dl>
            {row(t('recorded'), partialDateText(recording.recorded, lang))}
            {row(t('language'), languageName(testimony.spokenLanguage, lang))}
            {row(t('transcribedBy'), localize(recording.transcribedBy, lang).text)}
            {recording.translatedBy && row(t('translatedBy'), localize(recording.translatedBy, lang).text)}
            {row(
              t('audio'),
              recording.audioEdits.length
                ? listText(
                    recording.audioEdits.map((e) => t(EDIT_KEYS[e])),
                    lang,
                  )
                : t('audioUntouched'),
            )}
          </dl>
        ) : record?.status === 'error' ? (
          <p className="notice" data-role="record-problem">
            {t('brokenRecord', { problem: record.error })}
          </p>
        ) : record?.status === 'ready' || !record ? (
          <p data-role="record-problem">{t('noRecording')}</p>
        ) : (
          <p role="status">{t('reading')}</p>
        )}
        <h3>{t('agreed')}</h3>
        {recording && <p lang={localize(recording.agreed, lang).lang}>{localize(recording.agreed, lang).text}</p>}
        {scope && (
          <>
            <p data-role="consent-scope">
              {t('shownIn', {
                places: listText(
                  scope.where.map((w) => t(PLACE_KEYS[w])),
                  lang,
                ),
              })}
              , {scope.until ? t('until', { day: partialDateText(scope.until, lang) }) : t('untilWithdrawn')}.
            </p>
            {/* Text, never a link: a kiosk leads nowhere, and a screen reader still reads the address. */}
            <p data-role="withdraw-contact">{t('withdraw', { contact: scope.withdrawContact })}</p>
          </>
        )}
      </details>
    </>
  )
}
