import { useT } from '../i18n/use-t'
import { useAppStore } from '../state/app-store'
import { ExternalLink } from './external-link'
import './actions.css'

/** After a headset session, the links the visitor marked in VR, as buttons (opening a tab needs a tap). */
export default function OpenLaterList() {
  const t = useT()
  const links = useAppStore((s) => s.openLater)
  const clear = useAppStore((s) => s.clearOpenLater)
  return (
    <aside className="open-later" data-role="open-later" aria-label={t('openLater')}>
      <p>{t('openLater')}</p>
      {links.map((link) => (
        <ExternalLink key={link.url} url={link.url} qrLabel={link.title} className="button-link">
          {t('open')}: {link.title}
        </ExternalLink>
      ))}
      <button type="button" onClick={clear}>
        {t('dismiss')}
      </button>
    </aside>
  )
}
