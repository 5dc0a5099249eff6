import { useEffect, useRef } from 'react'
import { useLanguage } from '../i18n/i18n'
import { prefetchCell, whenIdle } from '../scene/cell-prefetch'
import { useAppStore } from '../state/app-store'
import { useContent } from '../state/content-store'
import { localize } from '../content/localize'
import { useT } from '../i18n/use-t'
import { ContentProblems } from './content-problems'
import { FallbackNotice } from './fallback-notice'
import { useFocusOnOpen } from '../a11y/focus'
import { useLinks } from '../links/link-store'

/** A card per reconstructed place of detention: where, who was held there, when. */
export function CellChoice() {
  const t = useT()
  const lang = useLanguage()
  const enterCell = useAppStore((s) => s.enterCell)
  const content = useContent((s) => s.loadable)
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusOnOpen(heading, content.status === 'ready')
  const base = import.meta.env.BASE_URL
  const notice = useLinks((s) => s.notice)
  const firstModel = content.status === 'ready' ? content.value.cells[0]?.model : undefined

  // While the visitor reads the cards: the 3D runtime and the first cell's model, once the cards answer taps.
  useEffect(() => (firstModel ? whenIdle(() => prefetchCell(base + firstModel)) : undefined), [firstModel, base])

  if (content.status === 'error')
    // The top bar (Comfort, language, Take action and Write a letter) stays above this (app/inside.tsx).
    return (
      <main className="cell-choice">
        <h1 ref={heading} tabIndex={-1}>
          {t('chooseCell')}
        </h1>
        <ContentProblems
          problems={[content.error]}
          retry={content.retry}
          onRetry={() => void useContent.getState().load(base)}
        />
      </main>
    )
  if (content.status !== 'ready') return <p className="loading">{t('loadingContent')}</p>
  const { cells, errors } = content.value
  return (
    <main className="cell-choice">
      <h1 ref={heading} tabIndex={-1}>
        {t('chooseCell')}
      </h1>
      {notice && (
        <p className="notice" role="status" data-role="link-notice">
          {t(notice)}
        </p>
      )}
      <FallbackNotice texts={cells.flatMap((c) => [c.name, c.place, c.dates, c.heldHere, c.description])} />
      {cells.length === 0 && <p>{t('noCells')}</p>}
      <ul className="cell-cards">
        {cells.map((cell) => {
          const name = localize(cell.name, lang)
          return (
            <li key={cell.id} className="cell-card" data-cell-card={cell.id}>
              <h2 lang={name.lang}>
                <bdi>{name.text}</bdi> {cell.demo && <span className="demo-badge">{t('demo')}</span>}
              </h2>
              <p className="cell-place" lang={localize(cell.place, lang).lang}>
                <bdi>{localize(cell.place, lang).text}</bdi> · <bdi>{localize(cell.dates, lang).text}</bdi>
              </p>
              <p className="cell-held" lang={localize(cell.heldHere, lang).lang}>
                {localize(cell.heldHere, lang).text}
              </p>
              <p className="cell-description" lang={localize(cell.description, lang).lang}>
                {localize(cell.description, lang).text}
              </p>
              <p className="cell-count">{t('testimonyCount', { count: cell.testimonies.length })}</p>
              <button
                type="button"
                data-enter-cell={cell.id}
                onClick={() => {
                  prefetchCell(base + cell.model)
                  enterCell(cell.id)
                }}
              >
                {t('enterCell')}
              </button>
            </li>
          )
        })}
      </ul>
      {errors.length > 0 && <ContentProblems problems={errors.map((e) => e.message)} />}
    </main>
  )
}
