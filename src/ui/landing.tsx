import type { ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { LanguageSelect } from './language-select'

/**
 * What this is, the content note, headphones, language, and Begin. The same markup is in index.html,
 * so it shows before any script has run. `children` go above Begin (an exhibition headset's Start in VR).
 */
export function Landing({ onBegin, children }: { onBegin(): void; children?: ReactNode }) {
  const t = useT()
  return (
    <main className="landing" id="landing">
      <h1 className="landing-title">{t('title')}</h1>
      <p className="landing-tagline">{t('tagline')}</p>
      <p className="landing-note">
        <strong>{t('contentNote')}</strong> {t('headphones')}
      </p>
      <LanguageSelect className="landing-lang" />
      {children}
      <button type="button" className="begin" data-role="begin" onClick={onBegin}>
        {t('begin')}
      </button>
    </main>
  )
}
