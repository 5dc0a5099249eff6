import { useLayoutEffect, useRef, type RefObject } from 'react'
import { usePanelFocus } from '../a11y/focus'
import { useLanguage } from '../i18n/i18n'
import { useAppStore } from '../state/app-store'
import { ACTION_ROLES, type ActionLink, type ActionRole, type Manifest } from '../content/schema'
import { localize } from '../content/localize'
import { useT } from '../i18n/use-t'
import { ExternalLink } from './external-link'
import { useActionsT } from './messages'
import './actions.css'

/**
 * Take action's panel, loaded on its first opening (action-panel.tsx): the petition, volunteering and writing a
 * letter. Links leave in a new tab without a referrer; with "links as QR codes only" (kiosks) they are QR codes
 * instead. Without a readable manifest (`null`), its links are named as unavailable and Write a letter still works.
 */
export default function ActionSheet({
  manifest,
  toggle,
  onClose,
}: {
  manifest: Manifest | null
  /** The button that opened it: the panel hangs below it, and the focus goes back to it. */
  toggle: RefObject<HTMLButtonElement | null>
  onClose(): void
}) {
  const t = useT()
  const at = useActionsT()
  const openLetters = useAppStore((s) => s.openLetters)
  const panel = useRef<HTMLElement>(null)
  useBelow(panel, toggle)
  usePanelFocus(true, panel, toggle, onClose)
  return (
    <aside ref={panel} className="action-panel" data-role="action-panel" aria-label={t('takeAction')}>
      {/* The links scroll; the letter's button and Close stay in reach below them, however short the screen. */}
      <div className="action-body">
        {ACTION_ROLES.map((role) => {
          if (!manifest) return <UnavailableItem key={role} role={role} />
          const link = manifest.actions[role]
          return link && <ActionItem key={role} link={link} role={role} />
        })}
        <section className="action-item">
          <h2>{t('writeLetter')}</h2>
          <p>{at('writeLetterWhy')}</p>
        </section>
      </div>
      <div className="action-foot">
        <button type="button" data-role="write-letter" onClick={openLetters}>
          {t('writeLetter')}
        </button>
        <button type="button" className="close" data-role="close-actions" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </aside>
  )
}

/** Least height the panel keeps, even where it then has to reach over what it should keep clear of. */
const MIN_PANEL_HEIGHT = 200

/**
 * The panel hangs just below its button and ends above whatever the page marks `data-keep-clear` (the cell's
 * captions, speaker card and testimony list), so it covers neither its own button nor theirs.
 */
function useBelow(panel: RefObject<HTMLElement | null>, anchor: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = panel.current
    const button = anchor.current
    if (!el || !button) return
    const clear = [...document.querySelectorAll<HTMLElement>('[data-keep-clear]')]
    const place = () => {
      const top = Math.round(button.getBoundingClientRect().bottom + 8)
      let bottom = window.innerHeight - 12
      for (const c of clear) {
        const box = c.getBoundingClientRect()
        if (box.height > 0 && box.top > top) bottom = Math.min(bottom, box.top - 8)
      }
      el.style.top = `${top}px`
      el.style.maxHeight = `${Math.max(MIN_PANEL_HEIGHT, bottom - top)}px`
    }
    place()
    const resized = new ResizeObserver(place)
    for (const c of clear) resized.observe(c)
    window.addEventListener('resize', place)
    return () => {
      resized.disconnect()
      window.removeEventListener('resize', place)
    }
  }, [panel, anchor])
}

function ActionItem({ link, role }: { link: ActionLink; role: string }) {
  const t = useT()
  const at = useActionsT()
  const lang = useLanguage()
  const title = localize(link.title, lang)
  const description = localize(link.description, lang)
  const pageLang = pageLanguage(link, title.lang, lang)
  return (
    <section className="action-item" data-action-item={role}>
      <h2>
        <span lang={title.lang}>{title.text}</span>
        {pageLang && <PageLanguage lang={pageLang} />}
      </h2>
      <p lang={description.lang}>{description.text}</p>
      <ExternalLink url={link.url} qrLabel={`${title.text}: ${at('scanQr')}`} action={role}>
        {title.text} <span className="visually-hidden">{t('opensNewTab')}</span>
      </ExternalLink>
    </section>
  )
}

/** A call to action whose link comes with the manifest, which could not be read: named, and why it is missing. */
function UnavailableItem({ role }: { role: ActionRole }) {
  const t = useActionsT()
  return (
    <section className="action-item" data-action-item={role} data-unavailable="">
      <h2>{t(role)}</h2>
      <p data-role="action-unavailable">{t('unavailable')}</p>
    </section>
  )
}

/** The language of the page a link opens, where it is not the visitor's: from the content, else its title's. */
function pageLanguage(link: ActionLink, shownIn: string, visitor: string): string | null {
  const page = link.lang ?? shownIn
  return page.split('-')[0]?.toLowerCase() === visitor ? null : page
}

/** "(in English)" in the visitor's language, beside a link whose page is in another one. */
function PageLanguage({ lang }: { lang: string }) {
  const t = useActionsT()
  const visitor = useLanguage()
  const language = new Intl.DisplayNames([visitor], { type: 'language', fallback: 'code' }).of(lang) ?? lang
  return (
    <span className="page-language" data-role="page-language" data-page-lang={lang}>
      {' '}
      {t('pageLanguage', { language })}
    </span>
  )
}
