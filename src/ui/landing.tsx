import type { ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { useLanguage } from '../i18n/i18n'
import { LanguageSelect } from './language-select'
import { useLinks } from '../links/link-store'
import { formatMoment } from '../links/address'
import { useSettings } from '../state/settings'

/**
 * What this is, the content note, headphones, language, and Begin. The same markup is in index.html,
 * so it shows before any script has run. `children` go above Begin (an exhibition headset's Start in VR).
 */
export function Landing({ onBegin, children }: { onBegin(): void; children?: ReactNode }) {
  const t = useT()
  const lang = useLanguage()
  const line = useLinks((s) => (s.pending ? s.landingLine : null))
  const at = useLinks((s) => (s.pending?.kind === 'testimony' ? s.pending.at : null))
  // Said only where the site counts (build/counting.ts writes the same sentence into index.html).
  const counting = useSettings((s) => s.deployment.counting)
  return (
    <main className="landing" id="landing">
      <h1 className="landing-title">{t('title')}</h1>
      <p className="landing-tagline">{t('tagline')}</p>
      <p className="landing-note">
        <strong>{t('contentNote')}</strong> {t('headphones')}
      </p>
      {line && (
        // Where the link leads, as the page the build wrote for it says (the same element, kept over the render).
        <p className="landing-link" data-role="link-target" lang={line.lang}>
          {line.text}
          {at !== null && <span lang={lang}> · {t('linkFrom', { at: formatMoment(at) })}</span>}
        </p>
      )}
      {counting && (
        <p className="landing-counting" data-role="counting-note">
          {t('countingNote')}
        </p>
      )}
      <LanguageSelect className="landing-lang" />
      {children}
      <button type="button" className="begin" data-role="begin" onClick={onBegin}>
        {t('begin')}
      </button>
    </main>
  )
}
