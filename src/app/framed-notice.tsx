import { useEffect } from 'react'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'

/**
 * In place of the whole interface where another site frames the page (framing.ts): what happened, and a link that
 * opens the same address on its own, in a new tab (a frame may not navigate the page around it without a tap).
 */
export function FramedNotice({ root, href }: { root: HTMLElement; href: string }) {
  const t = useT()
  const lang = useLanguage()
  useEffect(() => {
    root.dataset.lang = lang
    document.documentElement.lang = lang
  }, [root, lang])
  return (
    <main className="landing framed" data-role="framed">
      <h1 className="landing-title">{t('title')}</h1>
      <p>{t('framed')}</p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer" data-role="open-unframed">
          {t('framedOpen')} {t('opensNewTab')}
        </a>
      </p>
    </main>
  )
}
