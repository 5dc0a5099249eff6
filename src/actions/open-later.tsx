import { useAppStore } from '../state/app-store'
import { ExternalLink } from './external-link'
import './actions.css'
import { useActionsT } from './messages'

/** After a headset session, the links the visitor marked in VR, as buttons (opening a tab needs a tap). */
export default function OpenLaterList() {
  const at = useActionsT()
  const links = useAppStore((s) => s.openLater)
  const clear = useAppStore((s) => s.clearOpenLater)
  return (
    <aside className="open-later" data-role="open-later" aria-label={at('openLater')}>
      <p>{at('openLater')}</p>
      {links.map((link) => (
        <ExternalLink key={link.url} url={link.url} qrLabel={link.title} className="button-link">
          {at('open')}: {link.title}
        </ExternalLink>
      ))}
      <button type="button" onClick={clear}>
        {at('dismiss')}
      </button>
    </aside>
  )
}
