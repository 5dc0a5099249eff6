import { useId } from 'react'
import { useDialogFocus } from '../a11y/focus'
import type { Provenance } from '../content/provenance'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { partialDateText } from './dates'
import { useProvenanceT } from './messages'
import { useProvenanceRecord } from './record-store'
import { BASIS_KEYS, KIND_KEYS } from './record-text'
import '../a11y/dialog.css'
import './how-we-know.css'

/**
 * How we know, on screen and at a kiosk: what the room was rebuilt from, what is known and what is memory, who made
 * the model and when, and its changes, read from the cell's provenance record when the dialog opens. Nothing in it
 * leads off the page.
 */
export default function HowWeKnowDialog({ cell, base, onClose }: { cell: Cell; base: string; onClose(): void }) {
  const t = useProvenanceT()
  const lang = useLanguage()
  const id = useId()
  const heading = useDialogFocus(onClose)
  const record = useProvenanceRecord(base, cell)
  const state = !record
    ? 'missing'
    : record.status === 'ready'
      ? 'shown'
      : record.status === 'error'
        ? 'broken'
        : 'loading'
  const name = localize(cell.name, lang)
  return (
    <section
      className="centre-dialog how-we-know"
      data-role="how-we-know"
      data-record={state}
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-busy={state === 'loading'}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('howWeKnowTitle', { cell: name.text })}
      </h2>
      {!record ? (
        <p className="notice" role="status" data-role="record-problem">
          {t('noRecord')}
        </p>
      ) : record.status === 'ready' ? (
        <RoomRecord record={record.value} />
      ) : record.status === 'error' ? (
        <p className="notice" role="alert" data-role="record-problem">
          {t('brokenRecord', { problem: record.error })}
        </p>
      ) : (
        <p role="status">{t('reading')}</p>
      )}
      <button type="button" className="dialog-close" data-role="how-we-know-close" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  )
}

function RoomRecord({ record }: { record: Provenance }) {
  const t = useProvenanceT()
  const lang = useLanguage()
  const text = (value: Parameters<typeof localize>[0]) => {
    const l = localize(value, lang)
    return <span lang={l.lang}>{l.text}</span>
  }
  const { room, published } = record
  return (
    <>
      {record.demo && (
        <p className="demo-record" data-role="record-demo">
          {t('demoRecord')}
        </p>
      )}
      <h3>{t('summary')}</h3>
      <p>{text(room.summary)}</p>
      <h3>{t('sources')}</h3>
      <ul data-role="record-sources">
        {room.sources.map((s, i) => (
          <li key={i} data-kind={s.kind}>
            <strong>{t(KIND_KEYS[s.kind])}</strong>
            {s.date && <> ({partialDateText(s.date, lang)})</>}: {text(s.title)}
            <br />
            {text(s.contributed)}
          </li>
        ))}
      </ul>
      {room.elements && room.elements.length > 0 && (
        <>
          <h3>{t('elements')}</h3>
          <ul data-role="record-elements">
            {room.elements.map((e, i) => (
              <li key={i} data-basis={e.basis}>
                {text(e.name)}: <strong>{t(BASIS_KEYS[e.basis])}</strong>
                {e.note && <> — {text(e.note)}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('made')}</h3>
      <p data-role="record-made">
        {t('madeBy', { who: localize(room.madeBy, lang).text, when: partialDateText(room.made, lang) })}
      </p>
      {published && (
        <p>{t('published', { when: partialDateText(published.at.slice(0, 10), lang), who: published.by })}</p>
      )}
      {room.changes && room.changes.length > 0 && (
        <>
          <h3>{t('changes')}</h3>
          <ul data-role="record-changes">
            {room.changes.map((c, i) => (
              <li key={i}>
                {partialDateText(c.date, lang)}: {text(c.what)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
