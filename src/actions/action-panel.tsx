import { useAppStore } from '../app/app-store'
import type { ActionLink, Manifest } from '../content/schema'
import { localize } from '../i18n/language'
import { useT } from '../i18n/use-t'

/** Petition and volunteering, reachable from every phase; links leave in a new tab and carry no referrer. */
export function ActionPanel({ manifest }: { manifest: Manifest }) {
  const t = useT()
  const open = useAppStore((s) => s.actionsOpen)
  const setOpen = useAppStore((s) => s.setActionsOpen)
  return (
    <>
      <button
        type="button"
        className="action-toggle"
        data-role="take-action"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('takeAction')}
      </button>
      {open && (
        <aside className="action-panel" data-role="action-panel" aria-label={t('takeAction')}>
          <ActionItem link={manifest.actions.petition} role="petition" />
          <ActionItem link={manifest.actions.volunteer} role="volunteer" />
          <button type="button" className="close" onClick={() => setOpen(false)}>
            {t('close')}
          </button>
        </aside>
      )}
    </>
  )
}

function ActionItem({ link, role }: { link: ActionLink; role: string }) {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const title = localize(link.title, lang)
  const description = localize(link.description, lang)
  return (
    <section className="action-item">
      <h2 lang={title.lang}>{title.text}</h2>
      <p lang={description.lang}>{description.text}</p>
      <a href={link.url} target="_blank" rel="noopener noreferrer" data-action={role}>
        {title.text} <span className="visually-hidden">{t('opensNewTab')}</span>
      </a>
    </section>
  )
}
